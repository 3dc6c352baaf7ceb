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

  it('weighs more for a request as users write it than for a commit subject (files.long)', () => {
    const flat = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { files: { long: { factor: 1 } } }));
    const index = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { files: { long: { factor: 2, from: 4, to: 8 } } }));
    assert.deepEqual(index.options.files.long, { factor: 2, from: 4, to: 8 });
    const bonus = (ix: typeof index, query: string): number => {
      const terms = parseQuery(query, ix.options).terms;
      return scoreFiles(ix, terms, scoreModules(ix, getCutoffState(ix, undefined), terms).final).bonus[1] ?? 0;
    };
    const short = 'the title should wrap';
    assert.ok(bonus(flat, short) > 0);
    assert.equal(bonus(index, short), bonus(flat, short));
    // ten words of its own: twice; six: halfway
    const long = 'the long title of each card should wrap onto a second line instead of overflowing narrow panels today';
    assert.ok(Math.abs(bonus(index, long) - 2 * bonus(flat, long)) < 1e-9, `${bonus(index, long)} ${bonus(flat, long)}`);
    const middle = 'long title cards should wrap lines nicely';
    assert.ok(Math.abs(bonus(index, middle) - 1.5 * bonus(flat, middle)) < 1e-9, `${bonus(index, middle)} ${bonus(flat, middle)}`);
  });
});

describe('file-level options', () => {
  it('take a weight set alone as the weight with history too', () => {
    assert.deepEqual(mergeLexicalOptions(lexicalDefaults, { files: { weight: 0.8 } }).files, { ...lexicalDefaults.files, weight: 0.8, withHistory: 0.8 });
    assert.deepEqual(mergeLexicalOptions(lexicalDefaults, { files: { weight: 0.8, withHistory: 0.2 } }).files, { ...lexicalDefaults.files, weight: 0.8, withHistory: 0.2 });
    assert.deepEqual(mergeLexicalOptions(lexicalDefaults, { files: { withHistory: 0.2 } }).files, { ...lexicalDefaults.files, withHistory: 0.2 });
  });
});
