import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';
import { deserializeLexicalIndex, serializeLexicalIndex } from '../../src/index/serializeLexicalIndex.ts';
import { fixtureGraph } from './lexicalFixture.ts';

describe('serializeLexicalIndex', () => {
  it('round-trips through a buffer and answers identically', async () => {
    const graph = fixtureGraph();
    const index = buildLexicalIndex(graph, lexicalDefaults);
    // Copy at an odd offset: a file read gives no alignment guarantee for the typed arrays inside.
    const bytes = serializeLexicalIndex(index, graph.fingerprint);
    const unaligned = new Uint8Array(bytes.length + 3).subarray(3);
    unaligned.set(bytes);
    const restored = deserializeLexicalIndex(unaligned, { fingerprint: graph.fingerprint, options: lexicalDefaults });
    assert.ok(restored !== undefined);
    for (const query of ['route params', 'audit', 'retry backoff', 'sharding tenants']) {
      for (const asOf of [undefined, '2024-05-01']) {
        const a = await searchLexicalIndex(index, query, { top: 5, asOf });
        const b = await searchLexicalIndex(restored, query, { top: 5, asOf });
        assert.deepEqual(b, a);
      }
    }
    // Similar-commit votes need the term → commit rows and the commit ids: both survive the trip.
    const similar = await searchLexicalIndex(restored, 'sharding tenants', { top: 1 });
    assert.equal(similar.hits[0]?.evidence.commits?.nearest, 'c3');
  });
  it('refuses a stale cache (other fingerprint or options)', () => {
    const graph = fixtureGraph();
    const data = serializeLexicalIndex(buildLexicalIndex(graph, lexicalDefaults), graph.fingerprint);
    assert.equal(deserializeLexicalIndex(data, { fingerprint: 'other', options: lexicalDefaults }), undefined);
    const changed = mergeLexicalOptions(lexicalDefaults, { k1: 1.2 });
    assert.equal(deserializeLexicalIndex(data, { fingerprint: graph.fingerprint, options: changed }), undefined);
  });
  it('ignores a damaged or foreign buffer instead of throwing', () => {
    const graph = fixtureGraph();
    const bytes = serializeLexicalIndex(buildLexicalIndex(graph, lexicalDefaults), graph.fingerprint);
    const expected = { fingerprint: graph.fingerprint, options: lexicalDefaults };
    assert.equal(deserializeLexicalIndex(bytes.subarray(0, bytes.length - 9), expected), undefined); // truncated
    const badHeader = Buffer.from(bytes);
    badHeader.write('{', 8, 'latin1');
    badHeader.write('x', 9, 'latin1');
    assert.equal(deserializeLexicalIndex(badHeader, expected), undefined);
    assert.equal(deserializeLexicalIndex(Buffer.from('not an index at all'), expected), undefined);
    assert.equal(deserializeLexicalIndex(new Uint8Array(0), expected), undefined);
  });
});
