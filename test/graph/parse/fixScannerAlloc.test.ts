import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fixScannerAlloc } from '../../../src/graph/parse/fixScannerAlloc.ts';

const require = createRequire(import.meta.url);
const grammar = (name: string): Uint8Array => readFileSync(require.resolve(`tree-sitter-wasms/out/tree-sitter-${name}.wasm`));

describe('fixScannerAlloc: a scanner state allocated with calloc(0, size)', () => {
  it("rewrites tree-sitter-swift's calloc(0, 4) to calloc(1, 4), one byte and nothing else", () => {
    const swift = grammar('swift');
    const fixed = fixScannerAlloc(swift);
    const changed = [...fixed.keys()].filter((i) => fixed[i] !== swift[i]);
    assert.equal(fixed.length, swift.length);
    assert.equal(changed.length, 1);
    const at = changed[0]!;
    assert.deepEqual([...swift.subarray(at - 1, at + 3)], [0x41, 0, 0x41, 4], 'i32.const 0; i32.const 4 before');
    assert.deepEqual([...fixed.subarray(at - 1, at + 3)], [0x41, 1, 0x41, 4], 'i32.const 1; i32.const 4 after');
    assert.equal(fixScannerAlloc(fixed), fixed, 'a fixed grammar is left as it is');
  });

  it('leaves grammars whose scanner allocates otherwise, or that have none, as they are', () => {
    for (const name of ['python', 'lua', 'ruby', 'json']) {
      const wasm = grammar(name);
      assert.equal(fixScannerAlloc(wasm), wasm, name);
    }
  });

  it('passes bytes it cannot read through unchanged', () => {
    const swift = grammar('swift');
    for (const bytes of [new Uint8Array(0), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), swift.subarray(0, 5000)]) {
      assert.equal(fixScannerAlloc(bytes), bytes);
    }
  });
});
