import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { indexRepository } from '../../src/api/indexRepository.ts';
import { dumpStore, matchesRebuild } from '../helpers/compareStores.ts';
import { committedFixture } from '../helpers/committedFixture.ts';
import { tempDir, useFixture, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

/** Indexes incrementally into `live` and from scratch into a fresh store, and asserts both hold the same graph. */
async function assertMatchesRebuild(repo: string, live: string, step: string): Promise<void> {
  await runIndex({ repo, db: live });
  await matchesRebuild(repo, live, step);
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_AUTHOR_DATE: '2024-05-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-05-01T00:00:00Z' } });

describe('incremental re-index equals a --rebuild', () => {
  it('after edits, additions, deletions, renames, manifest and package changes (polyglot, config globs)', async () => {
    const repo = committedFixture('polyglot-imports');
    const live = join(tempDir(), 'live.db');
    await assertMatchesRebuild(repo, live, 'first index');

    // A content change that adds a symbol, raises an edge's weight and imports a file not there yet.
    writeFiles(repo, {
      'ts/web/src/app.ts': `import { Button } from '@shop/ui';\nimport { Button as B2 } from '@shop/ui';\nimport { theme } from '../../ui/src/theme';\n/** The app. */\nexport const App = () => [Button, B2, theme];\nexport function route() {}\n`,
    });
    await assertMatchesRebuild(repo, live, 'edit');

    // New files that unchanged files' imports now reach: the header shadows c/net's for c/app.
    writeFiles(repo, { 'ts/ui/src/theme.ts': 'export const theme = 1;\n', 'c/app/net/net.h': 'int net_open(const char *host);\n' });
    await assertMatchesRebuild(repo, live, 'add');
    writeFiles(repo, { 'ts/web/src/page.ts': `import { theme } from '../../ui/src/theme';\nexport const page = theme;\n` });
    await assertMatchesRebuild(repo, live, 'add an importer');

    // Deleting the files imports resolved to.
    rmSync(join(repo, 'ts/ui/src/theme.ts'));
    rmSync(join(repo, 'c/app/net'), { recursive: true });
    await assertMatchesRebuild(repo, live, 'delete');

    // A rename across modules.
    renameSync(join(repo, 'py/ledger/book.py'), join(repo, 'py/billing/book.py'));
    await assertMatchesRebuild(repo, live, 'rename');

    // A manifest change: '@shop/ui' no longer names ts/ui, so ts/web's imports of it leave the repo.
    writeFiles(repo, { 'ts/ui/package.json': '{ "name": "@shop/widgets" }' });
    await assertMatchesRebuild(repo, live, 'manifest');

    // A Java package moves: Kotlin's import of com.shop.payments now resolves elsewhere.
    writeFiles(repo, { 'java/payments/src/main/java/com/shop/payments/PaymentGateway.java': 'package com.shop.billing;\n\npublic class PaymentGateway {}\n' });
    await assertMatchesRebuild(repo, live, 'package');
    writeFiles(repo, { 'java/orders/src/main/java/com/shop/payments/Shim.java': 'package com.shop.payments;\n\npublic class Shim {}\n' });
    await assertMatchesRebuild(repo, live, 'package elsewhere');

    // A README (read for the summary), then an edit to it.
    writeFiles(repo, { 'go/pricing/README.md': '# pricing\n\nComputes unit prices for the shop.\n' });
    await assertMatchesRebuild(repo, live, 'readme added');
    writeFiles(repo, { 'go/pricing/README.md': '# pricing\n\nComputes discounted unit prices.\n' });
    await assertMatchesRebuild(repo, live, 'readme edited');

    // A go.mod outside every module renames the Go module path: go/cart's import leaves the repo.
    writeFiles(repo, { 'go/go.mod': 'module example.org/shop\n\ngo 1.22\n' });
    await assertMatchesRebuild(repo, live, 'go.mod');

    // A new module directory matching the config glob.
    writeFiles(repo, { 'go/shipping/ship.go': 'package shipping\n\nimport "example.org/shop/pricing"\n\n// Ship ships.\nfunc Ship() int { return pricing.Price() }\n' });
    await assertMatchesRebuild(repo, live, 'new module');

    // A .gitignore that hides a file in an otherwise unchanged directory, and an ignored README,
    // which still describes its module.
    writeFiles(repo, { '.gitignore': 'c/net/net.h\ngo/cart/readme.txt\n', 'go/cart/readme.txt': 'Cart: sums baskets.\n' });
    await assertMatchesRebuild(repo, live, 'gitignore');
    writeFiles(repo, { '.gitignore': '# nothing\n' });
    await assertMatchesRebuild(repo, live, 'gitignore edited');

    // History moves on.
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'feat: widgets and shipping');
    await assertMatchesRebuild(repo, live, 'commit');

    // Nothing changed; then only an mtime.
    await assertMatchesRebuild(repo, live, 'no change');
    const old = new Date('2024-01-02T00:00:00Z');
    utimesSync(join(repo, 'rs/core/src/lib.rs'), old, old);
    await assertMatchesRebuild(repo, live, 'touch');
  });

  it('after edits and commits in an npm-workspaces repository with history', async () => {
    const repo = useFixture('ts-monorepo-history');
    const live = join(tempDir(), 'live.db');
    await assertMatchesRebuild(repo, live, 'first index');
    writeFiles(repo, { 'packages/ui-kit/src/Toast.ts': '/** Pops a toast. */\nexport class Toast {}\n' });
    writeFiles(repo, { 'packages/api-client/src/index.ts': `import { Toast } from '@acme/ui-kit';\nexport const toast = Toast;\n` });
    await assertMatchesRebuild(repo, live, 'edit');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'feat: api client shows a toast on retry');
    await assertMatchesRebuild(repo, live, 'commit');
    rmSync(join(repo, 'packages/ui-kit'), { recursive: true });
    await assertMatchesRebuild(repo, live, 'module deleted');
  });

  it('notices changes made long enough before the run that the cached listing and discovery are consulted', async () => {
    // A stamp taken within 2 s of a change never holds (fsStamps.ts), so each change here is left to
    // age past that window before the run that must see it through stamps alone.
    const settle = () => new Promise((r) => setTimeout(r, 2100));
    const repo = useFixture('ts-monorepo-history');
    const live = join(tempDir(), 'live.db');
    await runIndex({ repo, db: live });
    await settle();
    await assertMatchesRebuild(repo, live, 'settled');
    writeFiles(repo, { 'packages/web/src/banner.ts': 'export const banner = 1;\n' });
    await settle();
    await assertMatchesRebuild(repo, live, 'file added to a listed directory');
    writeFiles(repo, { '.gitignore': 'packages/web/src/banner.ts\n' });
    await settle();
    await assertMatchesRebuild(repo, live, 'ignore file added');
    writeFiles(repo, { '.gitignore': 'packages/web/src/cart.ts\n' });
    await settle();
    await assertMatchesRebuild(repo, live, 'ignore file edited');
    const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { workspaces: string[] };
    writeFiles(repo, { 'package.json': JSON.stringify({ ...manifest, workspaces: [...manifest.workspaces, 'tools/*'] }), 'tools/lint/package.json': '{ "name": "@acme/lint" }', 'tools/lint/index.ts': 'export const lint = 1;\n' });
    await settle();
    await assertMatchesRebuild(repo, live, 'workspace added');
    rmSync(join(repo, 'packages/api-client/src'), { recursive: true });
    await settle();
    await assertMatchesRebuild(repo, live, 'directory removed');
  });

  it("a bundle's classification follows its source map and the sources it names", async () => {
    const repo = tempDir();
    writeFiles(repo, {
      'package.json': '{ "name": "bundled" }',
      'lib/utils.js': 'export const utils = {};\n',
      'lib/bind.js': 'export function bind(fn) { return fn; }\n',
      'web/app.js': 'export const app = 1;\n',
      'web/bundle.js': 'export var utils = {};\nexport function bind(fn) { return fn; }\n//# sourceMappingURL=bundle.js.map\n',
    });
    const live = join(tempDir(), 'live.db');
    // no map yet: the bundle is code
    await assertMatchesRebuild(repo, live, 'bundle without its map');
    // its map appears: compiled from lib/, so no code of its own
    writeFiles(repo, { 'web/bundle.js.map': JSON.stringify({ version: 3, sources: ['../lib/utils.js', '../lib/bind.js'], mappings: 'AAAA' }) });
    const { stats } = await runIndex({ repo, db: live });
    await matchesRebuild(repo, live, 'map added');
    assert.equal(stats.skipped['compiled'], 1);
    // the sources it was compiled from are gone: it is all the code there is
    rmSync(join(repo, 'lib'), { recursive: true });
    await assertMatchesRebuild(repo, live, 'sources removed');
    // and back: compiled from the tree again
    writeFiles(repo, { 'lib/utils.js': 'export const utils = {};\n', 'lib/bind.js': 'export function bind(fn) { return fn; }\n' });
    await assertMatchesRebuild(repo, live, 'sources added');
    // a run that changes nothing reads no compiled script again
    const again = await runIndex({ repo, db: live });
    assert.equal(again.stats.parsed + again.stats.rewritten, 0);
  });

  it('an interrupted re-index leaves the previous index exactly as it was', async () => {
    const repo = committedFixture('polyglot-imports');
    const live = join(tempDir(), 'live.db');
    await runIndex({ repo, db: live });
    const before = dumpStore(live);
    writeFiles(repo, { 'ts/web/src/app.ts': 'export const App = 2;\n', 'ts/web/src/extra.ts': 'export const extra = 1;\n' });
    rmSync(join(repo, 'c/net/net.c'));
    const controller = new AbortController();
    await assert.rejects(async () => {
      for await (const e of indexRepository({ repo, db: live, signal: controller.signal })) {
        // abort once the module graph is being rewritten, so the rollback must undo it too
        if (e.kind === 'phase' && e.phase === 'graph') controller.abort();
      }
    });
    assert.deepEqual(dumpStore(live), before);
    await assertMatchesRebuild(repo, live, 'after the interrupted run');
  });
});
