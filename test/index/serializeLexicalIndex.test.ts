import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';
import { deserializeLexicalIndex, serializeLexicalIndex } from '../../src/index/serializeLexicalIndex.ts';
import { fixtureGraph } from './lexicalFixture.ts';

describe('serializeLexicalIndex', () => {
  it('round-trips through JSON text and answers identically', async () => {
    const graph = fixtureGraph();
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const text = JSON.stringify(serializeLexicalIndex(index, graph.fingerprint));
    const restored = deserializeLexicalIndex(JSON.parse(text), { fingerprint: graph.fingerprint, options: lexicalDefaults });
    assert.ok(restored !== undefined);
    for (const query of ['route params', 'audit', 'retry backoff', 'sharding tenants']) {
      for (const asOf of [undefined, '2024-05-01']) {
        const a = await searchLexicalIndex(index, query, { top: 5, asOf });
        const b = await searchLexicalIndex(restored, query, { top: 5, asOf });
        assert.deepEqual(b, a);
      }
    }
  });
  it('refuses a stale cache (other fingerprint or options)', () => {
    const graph = fixtureGraph();
    const data = serializeLexicalIndex(buildLexicalIndex(graph, lexicalDefaults), graph.fingerprint);
    assert.equal(deserializeLexicalIndex(data, { fingerprint: 'other', options: lexicalDefaults }), undefined);
    const changed = mergeLexicalOptions(lexicalDefaults, { k1: 1.2 });
    assert.equal(deserializeLexicalIndex(data, { fingerprint: graph.fingerprint, options: changed }), undefined);
  });
});
