import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readGitHead } from '../../src/api/readGitHead.ts';
import { makeGitRepo, tempDir, writeFiles } from '../helpers/gitFixture.ts';

const revParse = (dir: string) => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();

describe('readGitHead', () => {
  it('reads HEAD as git does: loose refs, packed refs, from a sub-directory, a linked worktree, and nothing outside git', () => {
    const repo = makeGitRepo([{ message: 'one', date: '2024-01-01T00:00:00Z', files: { 'a/x.ts': 'export const x = 1;\n' } }]);
    assert.equal(readGitHead(repo), revParse(repo));
    assert.equal(readGitHead(join(repo, 'a')), revParse(repo));
    execFileSync('git', ['pack-refs', '--all'], { cwd: repo });
    assert.equal(readGitHead(repo), revParse(repo));
    const worktree = join(tempDir(), 'wt');
    execFileSync('git', ['worktree', 'add', '-q', '-b', 'side', worktree], { cwd: repo });
    assert.equal(readGitHead(worktree), revParse(worktree));
    const plain = tempDir();
    writeFiles(plain, { 'x.ts': 'export const x = 1;\n' });
    assert.equal(readGitHead(plain), undefined);
  });
});
