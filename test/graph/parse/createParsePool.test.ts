import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, test } from 'node:test';
import { createParsePool, parseFileInThread, type ParseResult } from '../../../src/graph/parse/index.ts';
import { writeParseFixtures } from './parseFixtureDir.ts';

const { root, jobs, okHash, okSize } = writeParseFixtures();
after(() => rmSync(root, { recursive: true, force: true }));

const byPath = (results: ParseResult[]): ParseResult[] => [...results].sort((a, b) => a.path.localeCompare(b.path));

test('a pool of 2 workers returns exactly what parseFileInThread returns', async () => {
  const pool = createParsePool({ threads: 2 });
  try {
    const pooled = await Promise.all(jobs.map((job) => pool.run(job)));
    const inThread = [];
    for (const job of jobs) inThread.push(await parseFileInThread(job));
    assert.deepEqual(byPath(pooled), byPath(inThread));
    assert.equal(pooled.filter((r) => r.status === 'parsed' && r.facts !== null).length, 5); // ledger.ts, naming.ts, ids.go, latin1.py, settings.py
  } finally {
    await pool.close();
  }
});

test('the pool reports unchanged content without parsing', async () => {
  const pool = createParsePool({ threads: 2 });
  try {
    const job = jobs.find((j) => j.path === 'src/ledger.ts');
    assert.ok(job);
    assert.deepEqual(await pool.run({ ...job, knownHash: okHash }), { path: job.path, status: 'unchanged', hash: okHash, size: okSize });
  } finally {
    await pool.close();
  }
});

test('a closed pool rejects new jobs', async () => {
  const pool = createParsePool({ threads: 1 });
  await pool.close();
  await assert.rejects(pool.run(jobs[0] ?? assert.fail('no jobs')), /closed/);
});

test('a worker crash fails only the job that caused it, and the pool keeps working', async () => {
  const pool = createParsePool({ threads: 2, workerScript: new URL('./crashingParseWorker.ts', import.meta.url) });
  try {
    const ok = jobs.find((j) => j.path === 'src/ledger.ts') ?? assert.fail('fixture missing');
    const crash = { ...ok, path: 'crash' };
    const results = await Promise.all([ok, crash, ok, crash, ok, ok].map((job) => pool.run(job)));
    assert.deepEqual(
      results.map((r) => `${r.path}=${r.status}${r.status === 'skipped' ? `:${r.detail ?? ''}` : ''}`),
      ['src/ledger.ts=parsed', 'crash=skipped:parser crashed', 'src/ledger.ts=parsed', 'crash=skipped:parser crashed',
        'src/ledger.ts=parsed', 'src/ledger.ts=parsed'],
    );
    assert.equal((await pool.run(ok)).status, 'parsed');
  } finally {
    await pool.close();
  }
});
