import assert from 'node:assert/strict';
import { test } from 'node:test';
import { objcExtractor } from '../../../src/graph/extractors/objc/objcExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `// Camera controller.
#import <UIKit/UIKit.h>
#import "CameraController.h"
#include <stdio.h>
@import AVFoundation;

/// Controls the camera.
@interface CameraController : UIViewController
- (void)capture;
+ (instancetype)shared;
@end

@implementation CameraController
/// Captures a photo.
- (void)capture {
}
+ (instancetype)shared { return nil; }
@end

@protocol CameraDelegate <NSObject>
- (void)didCapture;
@end

void helperFunction(int x) {}
`;

test('objc: declared symbols with kinds, exported flags and containers', async () => {
  const facts = await extractText(objcExtractor, 'Camera/CameraController.m', source);
  assert.equal(facts.language, 'objc');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'CameraController class exported',
    'CameraController.capture method exported',
    'CameraController.shared method exported',
    'CameraDelegate protocol exported',
    'CameraDelegate.didCapture method exported',
    'helperFunction function exported',
  ]);
});

test('objc: imports', async () => {
  const facts = await extractText(objcExtractor, 'Camera/CameraController.m', source);
  assert.deepEqual(importList(facts), [
    'include CameraController.h',
    'include UIKit/UIKit.h system',
    'include stdio.h system',
    'qualified AVFoundation',
  ]);
});

test('objc: doc comments on declarations and the file', async () => {
  const facts = await extractText(objcExtractor, 'Camera/CameraController.m', source);
  assert.equal(docOf(facts, 'CameraController'), 'Controls the camera.');
  assert.equal(docOf(facts, 'capture'), 'Captures a photo.');
  assert.deepEqual(facts.docComments, ['Camera controller.']);
});

test('objc: plain // comments above interfaces, methods and functions are docs, as in C', async () => {
  const text = `#import <Metal/Metal.h>

// Wraps one compiled Metal pipeline.
@interface GGMLMetalPipeline : NSObject
// Threads per threadgroup the pipeline allows.
- (NSUInteger)maxThreads;
@end

// Compiles a kernel library from source at run time.
id<MTLLibrary> ggml_metal_library_compile(id<MTLDevice> device, NSString * src) {
    return nil;
}
`;
  const facts = await extractText(objcExtractor, 'ggml-metal/ggml-metal-device.m', text);
  assert.equal(docOf(facts, 'GGMLMetalPipeline'), 'Wraps one compiled Metal pipeline.');
  assert.equal(docOf(facts, 'maxThreads'), 'Threads per threadgroup the pipeline allows.');
  assert.equal(docOf(facts, 'ggml_metal_library_compile'), 'Compiles a kernel library from source at run time.');
});

test('objc: a category adds methods to a class declared elsewhere and declares no class', async () => {
  const facts = await extractText(objcExtractor, 'Source/Additions/GSCategories.m', `@interface NSString (GSCategories)
- (NSString*) stringByDeletingSuffix: (NSString*)aString;
@end

@implementation NSString (GSCategories)
- (NSString*) stringByDeletingSuffix: (NSString*)aString { return nil; }
@end

@interface GSSocksParser : NSObject
- (void) parse;
@end
`);
  assert.deepEqual(symbolList(facts), ['GSSocksParser class exported', 'GSSocksParser.parse method exported', 'NSString.stringByDeletingSuffix: method exported']);
});

test("objc: Apple's annotation macros do not hide the header's declarations and docs", async () => {
  const facts = await extractText(objcExtractor, 'ios/RNSContainer.h', `#import <UIKit/UIKit.h>

NS_ASSUME_NONNULL_BEGIN

/**
 * A navigation container that hosts items.
 */
@protocol RNSContainer <NSObject>
- (nullable UIScrollView *)resolveCurrentContentScrollView;
@end

/// Hosts the split view.
API_AVAILABLE(ios(14.0), macos(11.0))
NS_SWIFT_NAME(SplitHost)
@interface RNSSplitHostController : UISplitViewController <RNSContainer>
- (instancetype)init NS_UNAVAILABLE;
/// Shows the column.
- (void)showColumn:(NSInteger)column animated:(BOOL)animated NS_SWIFT_NAME(show(column:animated:));
@end

typedef NS_ENUM(NSInteger, RNSSplitBehavior) {
  RNSSplitBehaviorAutomatic,
};

/// Options of a split.
typedef NSString * RNSSplitOption NS_STRING_ENUM;
typedef NSInteger RNSSplitStyle NS_TYPED_EXTENSIBLE_ENUM;

NS_ASSUME_NONNULL_END
`);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'RNSContainer protocol exported',
    'RNSContainer.resolveCurrentContentScrollView method exported',
    'RNSSplitBehavior enum exported',
    'RNSSplitHostController class exported',
    'RNSSplitHostController.init method exported',
    'RNSSplitHostController.showColumn:animated: method exported',
    'RNSSplitStyle type exported', // an `…_ENUM` annotation without arguments is blanked like the others
  ]);
  assert.equal(docOf(facts, 'RNSContainer'), 'A navigation container that hosts items.');
  assert.equal(docOf(facts, 'RNSSplitHostController'), 'Hosts the split view.');
  assert.equal(docOf(facts, 'showColumn:animated:'), 'Shows the column.');
});

test("objc: a protocol's @required and @optional methods are its methods, with their docs", async () => {
  const facts = await extractText(objcExtractor, 'Core/SDImageCoder.h', `@protocol SDImageCoder <NSObject>

@required
#pragma mark - Decoding
/** Returns YES if this coder can decode some data. */
- (BOOL)canDecodeFromData:(nullable NSData *)data;

@optional
/** Encodes the image. */
- (nullable NSData *)encodedDataWithImage:(nullable UIImage *)image;
@end
`);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), ['SDImageCoder protocol exported', 'SDImageCoder.canDecodeFromData: method exported', 'SDImageCoder.encodedDataWithImage: method exported']);
  assert.equal(docOf(facts, 'canDecodeFromData:'), 'Returns YES if this coder can decode some data.');
});

test('objc: the classes and methods of Objective-C++ that the grammar cannot parse are read from the lines', async () => {
  const facts = await extractText(objcExtractor, 'ios/RNSScreenStack.mm', `#import "RNSScreenStack.h"
#include <atomic>

namespace react = facebook::react;

@implementation RNSScreenStackView {
  std::atomic<bool> _invalidated;
  react::LayoutMetrics _metrics;
}

/// Pops the top screen.
- (void)popScreenAnimated:(BOOL)animated
               completion:(void (^)(void))completion
{
  auto props = std::static_pointer_cast<const react::RNSScreenStackProps>(_props);
  if (props->animated) { [self pop]; }
}

+ (react::ComponentDescriptorProvider)componentDescriptorProvider
{
  return react::concreteComponentDescriptorProvider<react::RNSScreenStackComponentDescriptor>();
}
@end

@interface UIView (RNSScreenStack)
- (void)rns_markDirty;
@end
`);
  assert.equal(facts.hasErrors, true);
  const names = symbolList(facts);
  for (const expected of ['RNSScreenStackView class exported', 'RNSScreenStackView.popScreenAnimated:completion: method exported', 'RNSScreenStackView.componentDescriptorProvider method exported', 'UIView.rns_markDirty method exported']) {
    assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
  }
  assert.ok(!names.includes('UIView class exported'), 'a category declares no class');
  assert.equal(docOf(facts, 'popScreenAnimated:completion:'), 'Pops the top screen.');
});
