import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { getCutoffState } from '../../src/index/cutoffState.ts';
import { parseQuery } from '../../src/index/parseQuery.ts';
import { scoreModules } from '../../src/index/scoreModules.ts';
import { HISTORY_COMMITS, scoreFiles } from '../../src/index/scoreFiles.ts';

const node = (path: string, files: string[], symbols: string[]): ModuleNode => ({
  id: asModuleId(path), path, files, languages: { typescript: files.length }, bytes: 100,
  symbols: symbols.map((name, i) => ({ name, kind: 'function', file: files[i % files.length] ?? '', exported: true })), docComments: [], summary: '',
});

describe('file-level evidence', () => {
  // A big module whose words are spread thin, and a small one whose one file says it all.
  const graph: ModuleGraph = {
    root: '/repo',
    modules: [
      node('src/core', ['src/core/layout.ts', 'src/core/render.ts', 'src/core/events.ts'], ['layoutBoxes', 'renderTitle', 'wrapEvents']),
      node('src/plugins', ['src/plugins/title.ts'], ['titleWrap']),
    ],
    edges: [],
    commits: [],
    fingerprint: 'files-1',
  };

  it('weighs less where the history speaks for itself', () => {
    const index = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { files: { weight: 1, withHistory: 0.25 } }));
    const terms = parseQuery('the title should wrap', index.options).terms;
    const scores = scoreModules(index, getCutoffState(index, undefined), terms).final;
    const fresh = scoreFiles(index, terms, scores, 0);
    const old = scoreFiles(index, terms, scores, HISTORY_COMMITS);
    const plugins = 1;
    assert.ok((fresh.bonus[plugins] ?? 0) > 0);
    assert.ok(Math.abs((old.bonus[plugins] ?? 0) * 4 - (fresh.bonus[plugins] ?? 0)) < 1e-9, `${old.bonus[plugins]} ${fresh.bonus[plugins]}`);
    assert.deepEqual(scoreFiles(index, terms, scores, HISTORY_COMMITS - 1).bonus, fresh.bonus);
  });
});

describe('file-level options', () => {
  it('take a weight set alone as the weight with history too', () => {
    assert.deepEqual(mergeLexicalOptions(lexicalDefaults, { files: { weight: 0.8 } }).files, { weight: 0.8, withHistory: 0.8 });
    assert.deepEqual(mergeLexicalOptions(lexicalDefaults, { files: { weight: 0.8, withHistory: 0.2 } }).files, { weight: 0.8, withHistory: 0.2 });
    assert.deepEqual(mergeLexicalOptions(lexicalDefaults, { files: { withHistory: 0.2 } }).files, { weight: lexicalDefaults.files.weight, withHistory: 0.2 });
  });
});
