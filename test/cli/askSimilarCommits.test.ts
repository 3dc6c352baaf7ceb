import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { before, describe, it } from 'node:test';
import { makeGitRepo } from '../helpers/gitFixture.ts';
import { assertNoStack, runCli } from '../helpers/runCli.ts';
import { historyCommits } from '../train/historyFixture.ts';

interface Answer { modules: { id: string; reason: string; evidence?: { commits?: { votes: number; nearest: string } } }[] }

describe('modroute ask: earlier commits that read like the request (real git history)', () => {
  const commits = historyCommits(40);
  let repo = '';
  before(() => {
    repo = makeGitRepo(commits);
    const indexed = runCli(['index', repo, '--quiet']);
    assert.equal(indexed.code, 0, indexed.stderr);
  });

  it('names the nearest commit, which git knows, and sees none before --as-of', () => {
    // A request worded like one of the fixture's commits (its subject without the `fix:` type).
    const subject = (commits[25]?.message ?? '').replace(/^fix: /, '');
    const out = runCli(['ask', subject, '--repo', repo, '--backend', 'lexical', '--json', '-k', '3']);
    assert.equal(out.code, 0, out.stderr);
    const answer = JSON.parse(out.stdout) as Answer;
    const voted = answer.modules.find((m) => m.evidence?.commits !== undefined);
    assert.ok(voted, out.stdout);
    const nearest = voted.evidence?.commits?.nearest ?? '';
    assert.match(nearest, /^[0-9a-f]{12}$/);
    assert.match(voted.reason, new RegExp(`similar commits \\+\\d+\\.\\d\\d \\(\\d+, nearest ${nearest}\\)`));
    const resolved = execFileSync('git', ['rev-parse', '--verify', `${nearest}^{commit}`], { cwd: repo, encoding: 'utf8' }).trim();
    assert.ok(resolved.startsWith(nearest));

    const early = runCli(['ask', subject, '--repo', repo, '--backend', 'lexical', '--json', '--as-of', commits[1]?.date ?? '']);
    assert.equal(early.code, 0, early.stderr);
    assertNoStack(early.stderr);
    for (const m of (JSON.parse(early.stdout) as Answer).modules) assert.doesNotMatch(m.reason, /similar commits/);
  });
});
