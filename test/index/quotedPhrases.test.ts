import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { openSession } from '../../src/api/openSession.ts';
import { detachGraph } from '../../src/graph/detachGraph.ts';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { expansionSources, repositoryReader } from '../../src/index/expansionSources.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { quotedPhrases } from '../../src/index/quotedPhrases.ts';
import { isMatch, longestRun, textWords } from '../../src/index/scorePhrases.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';
import { committedFixture } from '../helpers/committedFixture.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

const indexed = async (files: Record<string, string>) => {
  const repo = tempDir('phrases-');
  writeFiles(repo, files);
  const db = join(tempDir('phrases-db-'), 'index.db');
  await runIndex({ repo, db, threads: 1 });
  const index = await openIndex({ repo, db });
  const graph = detachGraph(index.graph());
  index.close();
  const options = mergeLexicalOptions(lexicalDefaults, {});
  const lexical = buildLexicalIndex(graph, options);
  return { repo, db, ask: (request: string) => searchLexicalIndex(lexical, request, { top: 5, ...expansionSources(options, graph.root) }) };
};

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
    // Smart single quotes; a message with `=`, `<…>` and `[…]` is prose; a value quoted inside a message is part of it.
    assert.deepEqual(quotedPhrases('macOS wrote ‘Could not open the vault’ here'), [['could', 'not', 'open', 'the', 'vault']]);
    assert.deepEqual(quotedPhrases(`ESLint says "Expected '===' and instead saw '=='" there`), [['expected', 'and', 'instead', 'saw']]);
    assert.deepEqual(quotedPhrases('it prints "usage: git <command> [<args>]" and exits'), [['usage', 'git', 'command', 'args']]);
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
    assert.deepEqual(longestRun(['12', 'months', 'ago'], textWords('"%lu months ago"')), [0, 3, 2, 2]);
    // A placeholder stands for a value of up to three words: 'notes.txt' for '%s'.
    const prompt = textWords("Unlink of file '%s' failed. Should I try again?");
    assert.deepEqual(longestRun(['unlink', 'of', 'file', 'notes', 'txt', 'failed', 'should', 'i', 'try', 'again'], prompt), [0, 10, 8, 4]);
    // ... not of four: 'file' and 'failed' are no run around a b c d.
    assert.equal(longestRun(['file', 'a', 'b', 'c', 'd', 'failed'], prompt)[2], 1);
    // A placeholder may stand for nothing the user wrote ('===' has no word), and more styles are placeholders.
    assert.deepEqual(longestRun(['expected', 'and', 'instead', 'saw'], textWords("Expected '{{expected}}' and instead saw '{{actual}}'.")), [0, 4, 4, 2]);
    for (const [code, words] of [
      ['fmt.Errorf("cannot parse %w as a number", err)', 6],
      ['format!("cannot parse {:?} as a number", s)', 6],
      ['tr("cannot parse %1 as a number")', 6],
      ['"cannot parse %(value)s as a number" % x', 6],
      ['"cannot parse \\(value) as a number"', 6],
      ['"cannot parse $value as a number"', 6],
      ['[NSString stringWithFormat:@"cannot parse %@ as a number", s]', 6],
    ] as const) assert.equal(longestRun(['cannot', 'parse', 'abc', 'as', 'a', 'number'], textWords(code))[1], words, code);
    // "100% complete" holds no placeholder.
    assert.deepEqual(textWords('100% complete'), ['100', 'complete']);
    // Out of order is no run.
    assert.deepEqual(longestRun(['months', 'ago'], ['ago', 'months']), [1, 1, 1, 1]);
    // Where a placeholder stands in, the words as written must say something: "does not exist" is any message's tail
    // (Firefly III's "relation …_id_seq does not exist" had found "group #%d does not exist").
    const tail = longestRun(['relation', 'id', 'seq', 'does', 'not', 'exist'], textWords("sprintf('validateUserGroup: group #%d does not exist.', $id)"));
    assert.deepEqual(tail, [0, 6, 3, 1]);
    assert.equal(isMatch(tail[1], tail[2], 6, tail[3]), false);
    const value = longestRun(['journal', '42', 'does', 'not', 'exist'], textWords("sprintf('Journal #%d does not exist.', $id)"));
    assert.equal(isMatch(value[1], value[2], 5, value[3]), true);
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

  it('finds a message whose user value is indexed elsewhere, behind many look-alike words, not in a comment', async () => {
    const look = Array.from({ length: 25 }, (_, i) => `export const quotaLimit${i} = ${i};`).join('\n');
    const { ask } = await indexed({
      'package.json': '{ "name": "phrases", "version": "1.0.0" }',
      // `keepsFocus` is a term of the ui module: the rarest word of the request, but not in the message's file.
      'src/ui/dialog.ts': 'export const keepsFocus = true;\nexport function openDialog(): void {}\n',
      'src/store/remove.ts': `${look}\nexport function remove(p: string): void {\n  throw new Error(\`\${p} could not be removed from the working tree, quota exceeded\`);\n}\n`,
      // the same words in a comment explain, they do not print
      'src/sync/plan.ts': '// The working tree: a path that could not be removed from it is kept.\nexport function plan(): void {}\n',
    });
    const found = await ask('Deleting keepsFocus fails: "keepsFocus could not be removed from the working tree, quota exceeded"');
    const hit = found.hits.find((h) => h.evidence.phrase !== undefined);
    assert.equal(hit?.id, 'src/store', JSON.stringify(found.hits.map((h) => [h.id, h.reason])));
    assert.equal(hit?.evidence.phrase?.file, 'src/store/remove.ts');
    assert.equal(found.hits.find((h) => h.id === 'src/sync')?.evidence.phrase, undefined);
  });

  it('gives nothing for a phrase that more than three modules print', async () => {
    const files: Record<string, string> = { 'package.json': '{ "name": "common", "version": "1.0.0" }' };
    for (const m of ['a', 'b', 'c', 'd']) files[`src/${m}/index.ts`] = `export function ${m}Run(): void { throw new Error('operation was cancelled by the user'); }\n`;
    const { ask } = await indexed(files);
    const found = await ask('it says "operation was cancelled by the user" and stops');
    assert.ok(found.hits.length > 0);
    assert.ok(found.hits.every((h) => h.evidence.phrase === undefined));
  });

  it("reads the repository's files only: a path outside it, or a file over the limit, reads as nothing", () => {
    const repo = tempDir('reader-');
    writeFiles(repo, { 'a.txt': 'inside', 'big.txt': 'x'.repeat(2000) });
    const read = repositoryReader(repo);
    assert.equal(read('a.txt', 1000), 'inside');
    assert.equal(read('big.txt', 1000), undefined);
    assert.equal(read('../outside.txt', 1000), undefined);
    assert.equal(read('missing.txt', 1000), undefined);
  });

  it('a session opened by --db alone reads the files where the repository was indexed', async () => {
    const repo = committedFixture('quoted-messages');
    const db = join(tempDir('quoted-session-'), 'index.db');
    await runIndex({ repo, db, threads: 1 });
    const session = await openSession({ db });
    try {
      const answer = await session.ask('Checkout keeps asking "Unlink of file \'notes.txt\' failed. Should I try again? (y/n)" in the dialog window', { backend: 'lexical', top: 3 });
      assert.equal(answer.modules[0]?.id, 'src/sync');
      assert.match(answer.modules[0]?.reason ?? '', /quoted \+/);
    } finally {
      await session.dispose();
    }
  });
});
