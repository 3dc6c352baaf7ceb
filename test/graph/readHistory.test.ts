import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readHistory } from '../../src/graph/readHistory.ts';
import { makeGitRepo } from '../helpers/gitFixture.ts';

const options = { maxCommits: 100, includeMerges: false, ignoreAuthors: [] };
const body = (n: number) => Array.from({ length: 40 }, (_, i) => `export const value${i} = ${i};`).join('\n') + `\n// revision ${n}\n`;

describe('readHistory', () => {
  const repo = makeGitRepo([
    { message: 'Add the parser', date: '2024-01-01T10:00:00Z', files: { 'src/old/parse.ts': body(1) } },
    { message: 'Move the parser to its own package', date: '2024-01-02T10:00:00Z', files: { 'src/old/parse.ts': null, 'src/parser/parse.ts': body(2) } },
  ]);

  it('lists a renamed file under its old and its new path', async () => {
    const h = await readHistory(repo, options);
    if (h.kind === 'none') assert.fail(`no history: ${h.reason}`);
    assert.equal(h.kind, 'full');
    assert.equal(h.capped, undefined);
    assert.deepEqual(h.commits.map((c) => [c.subject, c.files.sort()]), [
      ['Move the parser to its own package', ['src/old/parse.ts', 'src/parser/parse.ts']],
      ['Add the parser', ['src/old/parse.ts']],
    ]);
  });

  it('reads the history of a clone whose old file contents are absent (a blobless partial clone offline)', async () => {
    // Remove the first revision's blob: detecting the rename (a similar, not identical file) would need it.
    const blob = execFileSync('git', ['rev-parse', 'HEAD~1:src/old/parse.ts'], { cwd: repo, encoding: 'utf8' }).trim();
    rmSync(join(repo, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    assert.throws(() => execFileSync('git', ['log', '-M', '--name-only', '--format=%s'], { cwd: repo, stdio: 'pipe' }));
    const h = await readHistory(repo, options);
    if (h.kind === 'none') assert.fail(`no history: ${h.reason}`);
    assert.equal(h.kind, 'full');
    assert.equal(h.commits.length, 2);
    assert.deepEqual(h.commits[0]?.files.sort(), ['src/old/parse.ts', 'src/parser/parse.ts']);
  });

  it('says when git had more commits than it was asked for (the newest are read)', async () => {
    const h = await readHistory(repo, { ...options, maxCommits: 1 });
    if (h.kind === 'none') assert.fail(`no history: ${h.reason}`);
    assert.deepEqual([h.capped, h.commits.map((c) => c.subject)], [1, ['Move the parser to its own package']]);
    const exact = await readHistory(repo, { ...options, maxCommits: 2 });
    if (exact.kind === 'none') assert.fail(`no history: ${exact.reason}`);
    // all of them: nothing was left unread
    assert.deepEqual([exact.capped, exact.commits.length], [undefined, 2]);
  });
});
