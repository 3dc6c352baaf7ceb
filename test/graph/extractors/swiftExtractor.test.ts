import assert from 'node:assert/strict';
import { test } from 'node:test';
import { swiftExtractor } from '../../../src/graph/extractors/swift/swiftExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `// Networking layer for the app.
import Foundation
import UIKit

/// A network client.
public class APIClient {
    /// Sends a request.
    public func send(_ request: Request) -> Response {
        return Response()
    }
    private func log() {}
}

struct Request {
    let url: String
}

protocol Cancellable {
    func cancel()
}

enum HTTPMethod {
    case get, post
}

extension APIClient: Cancellable {
    func cancel() {}
}

func makeClient() -> APIClient { return APIClient() }

typealias Handler = (Response) -> Void
let defaultTimeout = 30
`;

test('swift: declared symbols with kinds, exported flags and containers', async () => {
  const facts = await extractText(swiftExtractor, 'Sources/Networking/APIClient.swift', source);
  assert.equal(facts.language, 'swift');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'APIClient class exported',
    'APIClient.cancel method exported',
    'APIClient.log method',
    'APIClient.send(_:) method exported',
    'Cancellable protocol exported',
    'Cancellable.cancel method exported',
    'HTTPMethod enum exported',
    'Handler type exported',
    'Request struct exported',
    'defaultTimeout constant exported',
    'makeClient function exported',
  ]);
});

test('swift: imports', async () => {
  const facts = await extractText(swiftExtractor, 'Sources/Networking/APIClient.swift', source);
  assert.deepEqual(importList(facts), [
    'qualified Foundation',
    'qualified UIKit',
    // a type the file names and does not declare: one of its target's, if a file is named after it
    'type Response',
  ]);
});

test('swift: doc comments on declarations and the file', async () => {
  const facts = await extractText(swiftExtractor, 'Sources/Networking/APIClient.swift', source);
  assert.equal(docOf(facts, 'APIClient'), 'A network client.');
  assert.equal(docOf(facts, 'send(_:)'), 'Sends a request.');
  assert.deepEqual(facts.docComments, ['Networking layer for the app.']);
});

test('swift: argument labels tell overloads apart; computed, overridden, public and documented member properties and labelled initializers are API', async () => {
  const facts = await extractText(swiftExtractor, 'ios/AppDelegates/ExpoAppDelegate.swift', `import UIKit

open class ExpoAppDelegate: UIResponder, UIApplicationDelegate {
  /// Forwards silent push notifications to the subscribers.
  open func application(_ application: UIApplication, didReceiveRemoteNotification userInfo: [AnyHashable: Any]) {}
  open func application(_ application: UIApplication, didRegisterForRemoteNotificationsWithDeviceToken token: Data) {}
  init(subscribers: [AppDelegateSubscriber]) {}
  init() {}
  override var preferredStatusBarStyle: UIStatusBarStyle { .lightContent }
  public let window: UIWindow? = nil
  /// How many subscribers answered.
  var answered = 0
  var counter = 0
  private var cache: [String: Int] = [:]
}

extension AVCaptureDevice {
  /// The maximum supported torch strength level for this device.
  var maxTorchStrength: Double { return 1.0 }
}
`);
  assert.deepEqual(symbolList(facts), [
    'AVCaptureDevice.maxTorchStrength property exported',
    'ExpoAppDelegate class exported',
    'ExpoAppDelegate.answered property exported',
    'ExpoAppDelegate.application(_:didReceiveRemoteNotification:) method exported',
    'ExpoAppDelegate.application(_:didRegisterForRemoteNotificationsWithDeviceToken:) method exported',
    'ExpoAppDelegate.init(subscribers:) method exported',
    'ExpoAppDelegate.preferredStatusBarStyle property exported',
    'ExpoAppDelegate.window property exported',
  ]);
  assert.equal(docOf(facts, 'maxTorchStrength'), 'The maximum supported torch strength level for this device.');
  assert.equal(docOf(facts, 'application(_:didReceiveRemoteNotification:)'), 'Forwards silent push notifications to the subscribers.');
});

test("swift: Xcode's header line naming the file is no doc, nor is the licence below it", async () => {
  // Alamofire's cards read "Validation.swift."
  const text = [
    '//',
    '//  Validation.swift',
    '//',
    '//  Copyright (c) 2014-2018 Alamofire Software Foundation (http://alamofire.org/)',
    '//',
    '//  Permission is hereby granted, free of charge, to any person obtaining a copy',
    '//  of this software and associated documentation files (the "Software"), to deal',
    '//',
    '',
    'import Foundation',
    '',
    'extension Request {}',
  ].join('\n');
  const facts = await extractText(swiftExtractor, 'Source/Validation.swift', text);
  assert.deepEqual(facts.docComments, []);
});

test("swift: the Swift projects' short header, naming its licence only as a file, is no doc", async () => {
  // 15 of swift-argument-parser's 25 cards opened with "This source file is part of the … open source project."
  const text = [
    '//===----------------------------------------------------------------------===//',
    '//',
    '// This source file is part of the Swift Argument Parser open source project',
    '//',
    '// See https://swift.org/LICENSE.txt for license information',
    '//',
    '//===----------------------------------------------------------------------===//',
    '',
    'import ArgumentParser',
    '',
    '/// Rolls dice and prints the sum.',
    'struct Roll: ParsableCommand {}',
  ].join('\n');
  const facts = await extractText(swiftExtractor, 'Examples/roll/main.swift', text);
  assert.ok(!facts.docComments.some((d) => /source file|LICENSE/u.test(d)), JSON.stringify(facts.docComments));
});

test("swift: Swift 5.10's nonisolated(unsafe) names nothing", async () => {
  const text = 'public enum ImageTransition {\n    case fade(TimeInterval)\n}\nnonisolated(unsafe) let animatedImageDataKey = malloc(1)!\n';
  const facts = await extractText(swiftExtractor, 'Sources/Image/ImageTransition.swift', text);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), ['ImageTransition enum exported', 'animatedImageDataKey constant exported']);
});

test('swift: Swift 6 syntax (#Preview, unsafe, isolated deinit, typed throws, sending, package, regex literals) loses no declaration', async () => {
  // CotEditor 7.0: 139 of its 442 Swift files outside tests had failed to parse on these
  const code = `package import Foundation

/// Finds text in a document.
package struct TextFind: Sendable {
    /// Parses a sort pattern.
    public func parse(_ value: String) throws(ParseError) -> Int {
        let shebang = value.firstMatch(of: /^#!\\s*(?<first>\\S+)/)
        do throws(ParseError) { try check() } catch { }
        return unsafe value.withCString { strlen($0) }
    }

    static func makeTokenizer() -> sending Tokenizer { Tokenizer() }
}

final class Watcher {
    isolated deinit { }
    func stop() { }
}

#Preview("Empty", traits: .fixedLayout(width: 240, height: 300)) {
    let text = "{ not a brace }"
    TextFindView(find: TextFind())
}

public enum Mode { case regex }
`;
  const facts = await extractText(swiftExtractor, 'Packages/TextFind/Sources/TextFind/TextFind.swift', code);
  assert.equal(facts.hasErrors ?? false, false);
  assert.deepEqual(symbolList(facts), [
    'Mode enum exported', 'TextFind struct exported', 'TextFind.makeTokenizer method exported', 'TextFind.parse(_:) method exported',
    'Watcher class exported', 'Watcher.stop method exported',
  ]);
  assert.equal(docOf(facts, 'TextFind'), 'Finds text in a document.');
});
