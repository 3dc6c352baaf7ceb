import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { languageKeywords } from '../../src/index/languageKeywords.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';

test("a file's language's reserved words are syntax: out of its term bag, its identifiers' pieces kept", async () => {
  assert.ok(languageKeywords('modules/map/map.go')?.has('map'));
  assert.equal(languageKeywords('src/a.ts'), undefined, 'JavaScript and TypeScript keep theirs (the npm corpus said so)');
  assert.equal(languageKeywords('README'), undefined);
  // Caddy's review: "map" stood as Go syntax in every file, so the `map` module's own word was worth nothing.
  const module = (id: string, files: string[]): ModuleNode => ({ id: asModuleId(id), path: id, files, languages: { go: files.length }, bytes: 100, symbols: [], docComments: [], summary: '' });
  const bags: Record<string, [string, number][]> = {
    'proxy/proxy.go': [['func', 9], ['map', 6], ['range', 4], ['upstream', 3]],
    'logging/log.go': [['func', 7], ['map', 5], ['writer', 3]],
    'lookup/handler.go': [['func', 3], ['mapEntries', 2], ['placeholder', 2]],
  };
  const graph: ModuleGraph = {
    root: '/repo', modules: [module('proxy', ['proxy/proxy.go']), module('logging', ['logging/log.go']), module('lookup', ['lookup/handler.go'])],
    edges: [], commits: [], fingerprint: 'kw', termBag: (file) => bags[file] ?? [],
  };
  const ask = async (codeKeywords: 'keep' | 'drop') =>
    (await searchLexicalIndex(buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { codeKeywords, files: { weight: 0 } })), 'map', { top: 3 })).hits.map((h) => h.id);
  assert.deepEqual(await ask('drop'), ['lookup']);
  const kept = await ask('keep');
  assert.ok(kept[0] === 'proxy' || kept[0] === 'logging', kept.join(' '));
});
