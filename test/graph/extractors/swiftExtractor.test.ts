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
    'APIClient.send method exported',
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
  ]);
});

test('swift: doc comments on declarations and the file', async () => {
  const facts = await extractText(swiftExtractor, 'Sources/Networking/APIClient.swift', source);
  assert.equal(docOf(facts, 'APIClient'), 'A network client.');
  assert.equal(docOf(facts, 'send'), 'Sends a request.');
  assert.deepEqual(facts.docComments, ['Networking layer for the app.']);
});
