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
id<MTLLibrary> ggml_metal_library_compile(id<MTLDevice> device, NSString * src);
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
