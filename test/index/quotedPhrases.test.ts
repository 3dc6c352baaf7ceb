import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { detachGraph } from '../../src/graph/detachGraph.ts';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { expansionSources } from '../../src/index/expansionSources.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { quotedPhrases } from '../../src/index/quotedPhrases.ts';
import { longestRun, textWords } from '../../src/index/scorePhrases.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';
import { committedFixture } from '../helpers/committedFixture.ts';
import { tempDir } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

describe('quoted phrases', () => {
  it('finds the prose a request quotes, not code, names or two words', () => {
    const request =
      'Checkout keeps asking "Unlink of file failed. Should I try again?" and then “Anchor not found at all”; ' +
      "it couldn't say 'see the light' here, not `export default value;` nor `context.raw` nor 'unexpected EOF' nor \"BUNDLE_END\" nor `a => b c`";
    assert.deepEqual(quotedPhrases(request), [
      ['unlink', 'of', 'file', 'failed', 'should', 'i', 'try', 'again'],
      ['anchor', 'not', 'found', 'at', 'all'],
      ['see', 'the', 'light'],
    ]);
    assert.deepEqual(quotedPhrases("the user's file isn't 'saved'"), []);
    // A code span's quotes pair with nothing outside it (jq: `"abcdef" | .[2:4] = "XY"` then the message).
    assert.deepEqual(quotedPhrases('`"abcdef" | .[2:4] = "XY"` fails with "Cannot update field at object index of string"'), [
      ['cannot', 'update', 'field', 'at', 'object', 'index', 'of', 'string'],
    ]);
  });

  it('reads a format placeholder as any one word and finds the longest run in order', () => {
    const words = textWords(`die(_("Unlink of file '%s' failed. Should I try again? (y/n)")); \`Cannot find \${name} here\` {{count}} items`);
    assert.deepEqual(words.slice(0, 6), ['die', 'unlink', 'of', 'file', '\u0001', 'failed']);
    assert.ok(words.includes('\u0001'));
    // "12 months ago" against "%lu months ago": three words, two as written.
    assert.deepEqual(longestRun(['12', 'months', 'ago'], textWords('"%lu months ago"')), [0, 3, 2]);
    // A placeholder stands for a value of up to three words: 'notes.txt' for '%s'.
    const prompt = textWords("Unlink of file '%s' failed. Should I try again?");
    assert.deepEqual(longestRun(['unlink', 'of', 'file', 'notes', 'txt', 'failed', 'should', 'i', 'try', 'again'], prompt), [0, 10, 8]);
    // ... not of four: 'file' and 'failed' are no run around a b c d.
    assert.equal(longestRun(['file', 'a', 'b', 'c', 'd', 'failed'], prompt)[2], 1);
    // Out of order is no run.
    assert.deepEqual(longestRun(['months', 'ago'], ['ago', 'months']), [1, 1, 1]);
  });

  it('routes a request quoting a prompt to the module that prints it, not to its test or to the module with its ordinary words', async () => {
    const repo = committedFixture('quoted-messages');
    const db = join(tempDir('quoted-db-'), 'index.db');
    await runIndex({ repo, db, threads: 1 });
    const index = await openIndex({ repo, db });
    const graph = detachGraph(index.graph());
    index.close();
    const request = 'Checkout keeps asking "Unlink of file \'notes.txt\' failed. Should I try again? (y/n)" in the dialog window after a failed file';
    const search = async (weight: number) => {
      const options = mergeLexicalOptions(lexicalDefaults, { phrases: { weight } });
      return searchLexicalIndex(buildLexicalIndex(graph, options), request, { top: 3, ...expansionSources(options, graph.root) });
    };
    const without = await search(0);
    assert.equal(without.hits[0]?.id, 'src/ui', 'the ordinary words alone favour the dialog');
    const found = await search(1);
    assert.equal(found.hits[0]?.id, 'src/sync');
    const phrase = found.hits[0]?.evidence.phrase;
    assert.equal(phrase?.file, 'src/sync/retry.ts');
    assert.ok((phrase?.words ?? 0) >= 8, `run ${phrase?.text}`);
    assert.match(found.hits[0]?.reason ?? '', /quoted \+[\d.]+ "unlink of file .*" in src\/sync\/retry\.ts/);
    assert.ok(found.hits.every((h) => h.evidence.phrase === undefined || h.id === 'src/sync'), 'the test asserting the prompt gains nothing');
    // Without the repository's files there is nothing to read: the ranking is the ordinary one.
    const options = mergeLexicalOptions(lexicalDefaults, {});
    const blind = await searchLexicalIndex(buildLexicalIndex(graph, options), request, { top: 3, ...expansionSources(options) });
    assert.deepEqual(blind.hits.map((h) => h.id), without.hits.map((h) => h.id));
  });
});
