import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { openSession } from '../../src/api/openSession.ts';
import { trainModel, type TrainSummary } from '../../src/api/trainModel.ts';
import { makeGitRepo } from '../helpers/gitFixture.ts';
import { assertNoStack, runCli } from '../helpers/runCli.ts';
import { runIndex } from '../helpers/runIndex.ts';
import { historyCommits } from './historyFixture.ts';

const train = async (repo: string, asOf?: string): Promise<TrainSummary> => {
  let result: TrainSummary | undefined;
  for await (const e of trainModel({ repo, seed: 1, ...(asOf ? { asOf } : {}) })) if (e.kind === 'done') result = e.result;
  assert.ok(result);
  return result;
};

describe('train --as-of: learning only from history before a date', () => {
  const commits = historyCommits(100);
  // Commit 70 of 100: the model may learn from the 70 before it and none after.
  const cut = commits[70]?.date as string;
  let repo = '';
  before(async () => {
    repo = makeGitRepo(commits);
    await runIndex({ repo });
  });

  it('drops the later commits from training and records the cut in the model', async () => {
    const full = await train(repo);
    const cutRun = await train(repo, cut);
    assert.ok((cutRun.summary.historyExamples as number) < (full.summary.historyExamples as number), `${String(cutRun.summary.historyExamples)} vs ${String(full.summary.historyExamples)}`);
    // 69 fix commits precede the cut (the initial import is not a request).
    assert.equal(cutRun.summary.historyExamples, 69);
    assert.notEqual(cutRun.datasetFingerprint, full.datasetFingerprint);
    const model = JSON.parse(readFileSync(join(repo, '.modroute', 'router.json'), 'utf8')) as { config: { asOf?: string } };
    assert.equal(model.config.asOf, new Date(cut).toISOString());
  });

  it('answers after the cut without a future-history warning, and warns before it', async () => {
    await train(repo, cut);
    const session = await openSession({ repo });
    try {
      for (const backend of ['router', 'hybrid']) {
        const later = await session.ask('refund twice', { backend, top: 3, asOf: commits[80]?.date as string });
        assert.ok(!later.warnings.some((w) => /saw history/.test(w)), `${backend}: ${later.warnings.join(' | ')}`);
        const earlier = await session.ask('refund twice', { backend, top: 3, asOf: commits[20]?.date as string });
        assert.ok(earlier.warnings.some((w) => /saw history up to .* \(train --as-of\)/.test(w)), `${backend}: ${earlier.warnings.join(' | ')}`);
      }
    } finally {
      await session.dispose();
    }
  });

  it('takes a commit as the cut, and rejects what is neither a date nor a commit', () => {
    // HEAD is commit 99, so HEAD~29 is commit 70: the same cut as above.
    const ok = runCli(['train', '--as-of', 'HEAD~29', '--json', '--repo', repo]);
    assert.equal(ok.code, 0, ok.stderr);
    const result = JSON.parse(ok.stdout) as TrainSummary;
    assert.equal(result.summary.historyExamples, 69);
    const bad = runCli(['train', '--as-of', 'no-such-ref', '--repo', repo]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--as-of no-such-ref is neither a date nor a commit of this repository/);
    assertNoStack(bad.stderr);
  });
});
