import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { getCutoffState } from '../../src/index/cutoffState.ts';
import { feedbackTerms } from '../../src/index/feedbackTerms.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { parseQuery } from '../../src/index/parseQuery.ts';
import { scoreModules } from '../../src/index/scoreModules.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';

const node = (path: string, files: string[], symbols: [string, string][], docComments: string[]): ModuleNode => ({
  id: asModuleId(path), path, files, languages: { typescript: files.length }, bytes: 100,
  symbols: symbols.map(([name, file]) => ({ name, kind: 'function', file, exported: true })), docComments, summary: '',
});

// The request's words meet the log rotation file; the module that reopens streams shares no word with the request,
// only code words with that file (`reopen`, `inode`).
const graph: ModuleGraph = {
  root: '/repo',
  modules: [
    node('src/logs', ['src/logs/rotation.ts'], [['rotateDaily', 'src/logs/rotation.ts'], ['reopenInode', 'src/logs/rotation.ts']], ['Rotates the log file every night; writing goes on in the new file.']),
    node('src/stream', ['src/stream/handle.ts'], [['reopenInode', 'src/stream/handle.ts'], ['closeHandle', 'src/stream/handle.ts']], ['Holds a handle open across restarts.']),
    node('src/format', ['src/format/json.ts'], [['formatJson', 'src/format/json.ts']], ['Turns a record into one JSON line.']),
  ],
  edges: [],
  commits: [],
  fingerprint: 'feedback-1',
};
const LONG = 'after the nightly log rotation our worker keeps writing into the deleted log file forever';

describe('pseudo-relevance feedback', () => {
  const options = mergeLexicalOptions(lexicalDefaults, { feedback: { weight: 0.1, docs: 3, terms: 3, minWords: 9 } });
  const index = buildLexicalIndex(graph, options);
  const level = index.files?.index;

  it('takes the best files’ own words the request lacks, named after the file that gave each', () => {
    assert.ok(level !== undefined);
    const state = getCutoffState(level, undefined);
    const terms = parseQuery(LONG, index.options).terms;
    const scores = scoreModules(level, state, terms).base;
    const added = feedbackTerms(level, state, scores, terms, index.options.feedback);
    assert.ok(added.length > 0 && added.length <= 3);
    assert.ok(added.some((t) => t.term === 'reopen' || t.term === 'inode'), JSON.stringify(added));
    for (const t of added) {
      assert.equal(t.source, 'feedback');
      assert.ok(t.weight > 0 && t.weight <= 0.1 + 1e-12);
      assert.ok(!terms.some((q) => q.term === t.term), `${t.term} is the request's own`);
    }
    assert.equal(added[0]?.from, 'src/logs/rotation.ts');
    // a word only one file holds adds nothing that file does not already have
    assert.ok(!added.some((t) => t.term === 'daily'));
    // shards of identifiers are no words: `xx` of is4xxStatus, `v2` (giraffe's review showed `feedback: xx←Helpers.fs`)
    const shards: ModuleGraph = { ...graph, modules: graph.modules.map((m) => ({ ...m, symbols: [...m.symbols, { name: 'is4xxStatus', kind: 'function', file: m.files[0] ?? '', exported: true }, { name: 'apiV2', kind: 'function', file: m.files[0] ?? '', exported: true }] })) };
    const sharded = buildLexicalIndex(shards, mergeLexicalOptions(options, { feedback: { terms: 50 } })).files?.index;
    assert.ok(sharded !== undefined);
    const shardState = getCutoffState(sharded, undefined);
    const all = feedbackTerms(sharded, shardState, scoreModules(sharded, shardState, terms).base, terms, { ...index.options.feedback, terms: 50 });
    assert.ok(all.length > 0 && all.every((t) => /^[a-z]{3}/u.test(t.term)), JSON.stringify(all.map((t) => t.term)));
    // a short request (a commit subject) gets none; nor does any request with the weight at 0
    const short = parseQuery('log rotation keeps the deleted file', index.options).terms;
    assert.deepEqual(feedbackTerms(level, state, scoreModules(level, state, short).base, short, index.options.feedback), []);
    assert.deepEqual(feedbackTerms(level, state, scores, terms, { ...index.options.feedback, weight: 0 }), []);
  });

  it('lets a module the request shares no word with be found through them', async () => {
    const ids = async (weight: number): Promise<string[]> => {
      const ix = buildLexicalIndex(graph, mergeLexicalOptions(options, { feedback: { weight } }));
      return (await searchLexicalIndex(ix, LONG, { top: 10 })).hits.map((h) => h.id);
    };
    assert.equal((await ids(0.1))[0], 'src/logs');
    assert.ok((await ids(0.1)).includes('src/stream'));
    assert.ok(!(await ids(0)).includes('src/stream'));
  });
});
