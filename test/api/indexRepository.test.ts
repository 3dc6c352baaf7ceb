import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openIndex } from '../../src/api/openIndex.ts';
import { openSession } from '../../src/api/openSession.ts';
import { useFixture } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

describe('indexRepository on an npm-workspaces repo with git history', () => {
  const repo = useFixture('ts-monorepo-history');

  it('discovers the workspace packages as modules with manifest names and descriptions', async () => {
    const { stats } = await runIndex({ repo });
    assert.equal(stats.discovery, 'npm-workspaces');
    const index = await openIndex({ repo });
    try {
      const rows = index.modules();
      assert.deepEqual(rows.map((r) => r.id), ['packages/api-client', 'packages/ui-kit', 'packages/web']);
      assert.deepEqual(rows.map((r) => r.name), ['@acme/api-client', '@acme/ui-kit', '@acme/web']);
      const card = index.show('packages/api-client');
      assert.match(card.summary, /Typed HTTP client for the Acme REST API/);
      assert.ok(card.keySymbols.includes('HttpClient'));
      assert.ok(card.keySymbols.includes('refreshToken'));
    } finally {
      index.close();
    }
  });

  it('keeps its store out of git status and does not count it as vendored', async () => {
    const { stats } = await runIndex({ repo });
    assert.equal(readFileSync(join(repo, '.modroute', '.gitignore'), 'utf8').split('\n').includes('*'), true);
    assert.equal(execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: repo, encoding: 'utf8' }).includes('.modroute'), false);
    assert.equal(stats.skipped.vendored, 0);
  });

  it('resolves workspace package imports to weighted module edges', async () => {
    const index = await openIndex({ repo });
    try {
      assert.deepEqual(index.graph().edges.map((e) => [e.from, e.to, e.weight]), [
        ['packages/web', 'packages/api-client', 1],
        ['packages/web', 'packages/ui-kit', 1],
      ]);
    } finally {
      index.close();
    }
  });

  it('maps history to modules, newest first, with body paragraphs and without bot commits', async () => {
    const index = await openIndex({ repo });
    try {
      const commits = index.graph().commits;
      assert.deepEqual(commits.map((c) => c.subject), [
        'feat: checkout offers delivery slots and a new date picker',
        'feat: date picker shows week numbers',
        'fix: retry requests on 503 in the http client',
        'chore: initial workspace',
      ]);
      assert.deepEqual(commits[0]?.modules, ['packages/ui-kit', 'packages/web']);
      assert.deepEqual(commits[2]?.modules, ['packages/api-client']);
      assert.equal(commits[2]?.body, 'The gateway returns 503 during deploys; retry with backoff.');
      assert.equal(commits[2]?.date.slice(0, 10), '2024-02-01');
    } finally {
      index.close();
    }
  });

  it('re-parses only changed files on a second run and reflects the change', async () => {
    const before = await runIndex({ repo });
    assert.equal(before.stats.parsed, 0);
    assert.equal(before.stats.unchanged, before.stats.files);
    appendFileSync(join(repo, 'packages/web/src/cart.ts'), '\nexport function emptyCart() {}\n');
    const after = await runIndex({ repo });
    assert.equal(after.stats.parsed, 1);
    assert.equal(after.stats.unchanged, after.stats.files - 1);
    const index = await openIndex({ repo });
    try {
      assert.ok(index.graph().modules.find((m) => m.id === 'packages/web')?.symbols.some((s) => s.name === 'emptyCart'));
    } finally {
      index.close();
    }
  });

  it('writes every module row again once after a modroute that summarizes differently, though no file changed', async () => {
    await runIndex({ repo });
    const db = new Database(join(repo, '.modroute', 'index.db'));
    db.prepare("UPDATE modules SET summary = 'stale' WHERE id = 'packages/ui-kit'").run();
    db.prepare("UPDATE meta SET value = 'summary 1' WHERE key = 'module_rows'").run();
    db.close();
    const again = await runIndex({ repo });
    assert.equal(again.stats.parsed, 0);
    const index = await openIndex({ repo });
    try {
      assert.match(index.show('packages/ui-kit').summary, /^packages\/ui-kit \(@acme\/ui-kit\): /);
    } finally {
      index.close();
    }
  });

  it('drops deleted files and starts over with --rebuild', async () => {
    writeFileSync(join(repo, 'packages/web/src/extra.ts'), 'export const extra = 1;\n');
    await runIndex({ repo });
    const { rmSync } = await import('node:fs');
    rmSync(join(repo, 'packages/web/src/extra.ts'));
    const { stats } = await runIndex({ repo });
    assert.equal(stats.removed, 1);
    const rebuilt = await runIndex({ repo, rebuild: true });
    assert.equal(rebuilt.stats.unchanged, 0);
    assert.equal(rebuilt.stats.parsed, rebuilt.stats.files);
  });

  it('builds the search index with the graph, so the first ask reads it back', async () => {
    const cache = join(repo, '.modroute', 'cache', 'lexical.index');
    rmSync(cache, { force: true });
    await runIndex({ repo, warmCache: false });
    assert.equal(existsSync(cache), false);
    await runIndex({ repo });
    assert.ok(existsSync(cache));
    const built = statSync(cache).mtimeMs;
    // The graph did not change: the next index and the next ask read the cache, neither rewrites it.
    await runIndex({ repo });
    const session = await openSession({ repo });
    try {
      const answer = await session.ask('typed http client with token refresh', { backend: 'lexical' });
      assert.equal(answer.modules[0]?.id, 'packages/api-client');
    } finally {
      await session.dispose();
    }
    assert.equal(statSync(cache).mtimeMs, built);
  });

  it('emits progress events and never prints', async () => {
    const { events } = await runIndex({ repo, rebuild: true });
    const phases = events.filter((e) => e.kind === 'phase').map((e) => (e as { phase: string }).phase);
    assert.deepEqual(phases, ['discover', 'walk', 'parse', 'history', 'graph', 'commit', 'cache']);
    assert.equal(events.at(-1)?.kind, 'done');
    const last = events.filter((e) => e.kind === 'progress').at(-1) as { done: number; total: number } | undefined;
    assert.ok(last && last.done === last.total && last.total > 0);
  });
});
