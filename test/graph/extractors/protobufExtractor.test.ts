import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { protobufExtractor } from '../../../src/graph/extractors/protobuf/protobufExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

// memos' proto/api/v1 in small: a licence, a package, imports, a service with options in braces, nested messages.
const schema = `// Copyright 2024 The Memos Authors. Licensed under the MIT License.

// The memo API.

syntax = "proto3";

package memos.api.v1;

import "api/v1/common.proto";
import public "google/protobuf/timestamp.proto";

service MemoService {
  // ListMemos lists memos with pagination and filter.
  rpc ListMemos(ListMemosRequest) returns (ListMemosResponse) {
    option (google.api.http) = {get: "/api/v1/memos"};
  }
  rpc DeleteMemo(DeleteMemoRequest) returns (google.protobuf.Empty);
}

message Memo {
  // The visibility of a memo.
  enum Visibility {
    VISIBILITY_UNSPECIFIED = 0;
    PRIVATE = 1;
  }
  message Property {
    bool has_link = 1; // "{" in a comment opens nothing
  }
  string content = 1;
}

enum State {
  STATE_UNSPECIFIED = 0;
}
`;

test('protobuf: messages, enums and services with their containers, rpc methods, docs, the package and imports', async () => {
  assert.equal(extractorFor('proto/api/v1/memo_service.proto', schema), protobufExtractor);
  const facts = await extractText(protobufExtractor, 'proto/api/v1/memo_service.proto', schema);
  assert.deepEqual(symbolList(facts), [
    'Memo class exported',
    'Memo.Property class exported',
    'Memo.Visibility enum exported',
    'MemoService interface exported',
    'MemoService.DeleteMemo method exported',
    'MemoService.ListMemos method exported',
    'State enum exported',
  ]);
  assert.equal(docOf(facts, 'ListMemos'), 'ListMemos lists memos with pagination and filter.');
  assert.equal(docOf(facts, 'Visibility'), 'The visibility of a memo.');
  assert.equal(facts.packageName, 'memos.api.v1');
  assert.deepEqual(importList(facts), ['include api/v1/common.proto', 'include google/protobuf/timestamp.proto']);
  // the licence opens no file doc, the sentence after it does
  assert.deepEqual(facts.docComments, ['The memo API.']);
});
