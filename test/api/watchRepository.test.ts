import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { openSession } from '../../src/api/openSession.ts';
import { watchRepository, type WatchEvent, type WatchOptions } from '../../src/api/watchRepository.ts';
import { storeDirOf } from '../../src/api/resolveRepo.ts';
import { IndexLockedError, NothingToWatchError } from '../../src/errors.ts';
import { committedFixture } from '../helpers/committedFixture.ts';
import { matchesRebuild } from '../helpers/compareStores.ts';
import { tempDir, useFixture, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

type Reindexed = Extract<WatchEvent, { kind: 'reindexed' }>;

/**
 * A watch driven by the test: between `change` calls the generator is suspended, so no run
 * happens while the test compares stores. Real file-system events, real git.
 */
async function startWatch(repo: string, options: Omit<WatchOptions, 'repo' | 'db' | 'signal'> = {}) {
  const db = join(tempDir(), 'live.db');
  const controller = new AbortController();
  const events = watchRepository({ repo, db, signal: controller.signal, ...options });
  const first: WatchEvent[] = [];
  for (;;) {
    const next = await events.next();
    assert.equal(next.done, false, 'the watch ended before it started watching');
    first.push(next.value as WatchEvent);
    if ((next.value as WatchEvent).kind === 'watching') break;
  }
  return {
    db,
    first,
    /**
     * Makes a change, then takes re-index events until the paths they name include every path in
     * `named` (and, with `history`, one read git history again; with `parsed`, one parsed a file).
     * Returns those events.
     */
    async change(act: () => void, named: string[], until: { history?: boolean; parsed?: boolean } = {}): Promise<Reindexed[]> {
      act();
      const seen = new Set<string>();
      let sawHistory = !until.history;
      let sawParse = !until.parsed;
      const runs: Reindexed[] = [];
      while (!named.every((p) => seen.has(p)) || !sawHistory || !sawParse) {
        const next = await events.next();
        assert.equal(next.done, false, 'the watch ended while a change was pending');
        const e = next.value as WatchEvent;
        if (e.kind !== 'reindexed') continue;
        runs.push(e);
        for (const p of e.paths) seen.add(p);
        if (e.history) sawHistory = true;
        if (e.stats.parsed > 0) sawParse = true;
      }
      return runs;
    },
    /** Takes events until one of `kind` and returns it. */
    async until<K extends WatchEvent['kind']>(kind: K): Promise<Extract<WatchEvent, { kind: K }>> {
      for (;;) {
        const next = await events.next();
        assert.equal(next.done, false, `the watch ended before a ${kind} event`);
        if ((next.value as WatchEvent).kind === kind) return next.value as Extract<WatchEvent, { kind: K }>;
      }
    },
    async stop(): Promise<void> {
      controller.abort();
      const rest = await events.next();
      assert.equal(rest.done, true, 'an aborted watch ends');
    },
  };
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

describe('watchRepository', () => {
  it('keeps the index equal to a --rebuild through edits, additions, deletions, a rename, ignore files, a new module and a commit', async () => {
    const repo = useFixture('ts-monorepo-history');
    const watch = await startWatch(repo);
    try {
      assert.ok(watch.first.some((e) => e.kind === 'done'), 'the first index runs before watching');
      const watching = watch.first.at(-1) as Extract<WatchEvent, { kind: 'watching' }>;
      assert.equal(watching.mode, 'events');
      await matchesRebuild(repo, watch.db, 'first index');

      const [edit] = await watch.change(() => writeFiles(repo, { 'packages/ui-kit/src/Button.tsx': '/** A round button. */\nexport function RoundButton() {}\n' }), ['packages/ui-kit/src/Button.tsx']);
      assert.equal(edit?.stats.parsed, 1, 'an edit re-parses that file alone');
      assert.equal(edit?.changed, true);
      await matchesRebuild(repo, watch.db, 'edit');

      await watch.change(() => writeFiles(repo, { 'packages/web/src/banner.ts': `import { RoundButton } from '@acme/ui-kit';\nexport const banner = RoundButton;\n` }), ['packages/web/src/banner.ts']);
      await matchesRebuild(repo, watch.db, 'file added');

      await watch.change(() => rmSync(join(repo, 'packages/web/src/cart.ts')), ['packages/web/src/cart.ts']);
      await matchesRebuild(repo, watch.db, 'file deleted');

      await watch.change(() => renameSync(join(repo, 'packages/api-client/src/auth.ts'), join(repo, 'packages/ui-kit/src/auth.ts')), ['packages/api-client/src/auth.ts', 'packages/ui-kit/src/auth.ts']);
      await matchesRebuild(repo, watch.db, 'file moved across modules');

      // The listing is made again only where the events point; its counts must still be a full walk's.
      const sameCounts = (runs: Reindexed[], fresh: { files: number; skipped: Record<string, number> }, step: string) =>
        assert.deepEqual({ files: runs.at(-1)?.stats.files, skipped: runs.at(-1)?.stats.skipped }, { files: fresh.files, skipped: fresh.skipped }, step);
      let runs = await watch.change(() => writeFiles(repo, { '.gitignore': 'packages/web/src/banner.ts\n' }), ['.gitignore']);
      sameCounts(runs, await matchesRebuild(repo, watch.db, 'ignore file added'), 'ignore file added');
      runs = await watch.change(() => writeFiles(repo, { '.gitignore': 'packages/web/src/checkout.ts\n' }), ['.gitignore']);
      sameCounts(runs, await matchesRebuild(repo, watch.db, 'ignore file edited'), 'ignore file edited');
      runs = await watch.change(() => writeFiles(repo, { 'packages/web/.gitignore': '*.log\n', 'packages/web/src/debug.log': 'x\n' }), ['packages/web/.gitignore', 'packages/web/src/debug.log']);
      sameCounts(runs, await matchesRebuild(repo, watch.db, 'nested ignore file'), 'nested ignore file');

      // A new workspace: the root manifest names it, and a new directory tree holds its files.
      const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { workspaces: string[] };
      await watch.change(() => {
        writeFiles(repo, { 'tools/lint/package.json': '{ "name": "@acme/lint" }', 'tools/lint/src/index.ts': `import { HttpClient } from '@acme/api-client';\nexport const lint = HttpClient;\n` });
        writeFiles(repo, { 'package.json': JSON.stringify({ ...manifest, workspaces: [...manifest.workspaces, 'tools/*'] }) });
      }, ['package.json', 'tools']);
      await matchesRebuild(repo, watch.db, 'new workspace module');

      // Files written into a directory the watch only just began to follow.
      await watch.change(() => writeFiles(repo, { 'tools/lint/src/rules/noFetch.ts': 'export const noFetch = 1;\n' }), ['tools/lint/src/rules']);
      await matchesRebuild(repo, watch.db, 'new directory');

      await watch.change(() => rmSync(join(repo, 'packages/ui-kit'), { recursive: true }), ['packages/ui-kit']);
      await matchesRebuild(repo, watch.db, 'module deleted');

      runs = await watch.change(() => {
        git(repo, 'add', '-A');
        git(repo, 'commit', '-q', '-m', 'feat: lint tool and a round button');
      }, [], { history: true });
      assert.ok(runs.some((r) => r.stats.history === 'incremental'), 'a commit reads the new commit on top of the stored history');
      await matchesRebuild(repo, watch.db, 'commit');
    } finally {
      await watch.stop();
    }
  });

  it('follows a polyglot tree: Java packages, C headers and a go.mod above the modules', async () => {
    const repo = committedFixture('polyglot-imports');
    const watch = await startWatch(repo);
    try {
      await watch.change(() => writeFiles(repo, { 'java/payments/src/main/java/com/shop/payments/PaymentGateway.java': 'package com.shop.billing;\n\npublic class PaymentGateway {}\n' }), ['java/payments/src/main/java/com/shop/payments/PaymentGateway.java']);
      await matchesRebuild(repo, watch.db, 'package moved');
      await watch.change(() => writeFiles(repo, { 'c/app/net/net.h': 'int net_open(const char *host);\n' }), ['c/app/net']);
      await matchesRebuild(repo, watch.db, 'header shadows another');
      await watch.change(() => writeFiles(repo, { 'go/go.mod': 'module example.org/shop\n\ngo 1.22\n' }), ['go/go.mod']);
      await matchesRebuild(repo, watch.db, 'go.mod');
    } finally {
      await watch.stop();
    }
  });

  it('polls stamps when asked to, to the same result', async () => {
    const repo = useFixture('ts-monorepo-history');
    const watch = await startWatch(repo, { pollMs: 50 });
    try {
      assert.equal((watch.first.at(-1) as Extract<WatchEvent, { kind: 'watching' }>).mode, 'polling');
      // A poll has no paths to name: wait for the run that parsed the edit.
      await watch.change(() => writeFiles(repo, { 'packages/web/src/cart.ts': 'export const openCart = 2;\n' }), [], { parsed: true });
      await matchesRebuild(repo, watch.db, 'edit seen by polling');
      // the watch holds the store: a second writer is refused, with the reason
      await assert.rejects(runIndex({ repo, db: watch.db }), (error: Error) => error instanceof IndexLockedError && /already writing/.test(error.message));
    } finally {
      await watch.stop();
    }
  });

  it('refuses a directory with no modules, and releases the store', async () => {
    const empty = tempDir();
    mkdirSync(join(empty, 'docs'));
    const db = join(tempDir(), 'live.db');
    await assert.rejects(async () => {
      for await (const e of watchRepository({ repo: empty, db })) void e;
    }, NothingToWatchError);
    // the lock went with the failed watch: a plain index takes the store
    const { stats } = await runIndex({ repo: useFixture('ts-monorepo-history'), db });
    assert.equal(stats.modules, 3);
  });

  it('keeps the search index built: after the first index, and once the tree is quiet after changes', async () => {
    const repo = useFixture('ts-monorepo-history');
    const watch = await startWatch(repo, { cacheIdleMs: 50 });
    const cache = join(storeDirOf(watch.db), 'cache', 'lexical.index');
    // The cache names the graph it was built for in its header (`MRLX`, length, JSON).
    const cachedFor = () => {
      const bytes = readFileSync(cache);
      return (JSON.parse(bytes.toString('utf8', 8, 8 + bytes.readUInt32LE(4))) as { fingerprint: string }).fingerprint;
    };
    const graphNow = async () => {
      const index = await openIndex({ repo, db: watch.db });
      try {
        return index.graph().fingerprint;
      } finally {
        index.close();
      }
    };
    try {
      // Built right after watching begins (so a save during the build is not missed).
      await watch.until('cached');
      assert.equal(cachedFor(), await graphNow());
      const before = cachedFor();
      await watch.change(() => writeFiles(repo, { 'packages/ui-kit/src/Carousel.tsx': '/** Slides through pictures. */\nexport function Carousel() {}\n' }), ['packages/ui-kit/src/Carousel.tsx']);
      // The re-index is reported first; the search index follows once the tree has been quiet.
      assert.equal(cachedFor(), before);
      const cached = await watch.until('cached');
      assert.ok(cached.elapsedMs >= 0);
      assert.notEqual(cachedFor(), before);
      assert.equal(cachedFor(), await graphNow());
      const built = statSync(cache).mtimeMs;
      const session = await openSession({ repo, db: watch.db });
      try {
        assert.equal((await session.ask('carousel slides pictures', { backend: 'lexical' })).modules[0]?.id, 'packages/ui-kit');
      } finally {
        await session.dispose();
      }
      assert.equal(statSync(cache).mtimeMs, built, 'the ask read the cache the watch built');
    } finally {
      await watch.stop();
    }
  });
});
