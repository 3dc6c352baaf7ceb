import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { describe, it } from 'node:test';
import { tempDir, useFixture, writeFiles } from '../helpers/gitFixture.ts';
import { assertNoStack, runCli, startCli } from '../helpers/runCli.ts';

/**
 * Lines of a child's stdout, awaited in order: each `next` looks at the lines after the one the last
 * `next` matched, those already read included. The child's exit ends the wait with a failure.
 */
function lines(child: ChildProcess) {
  const seen: string[] = [];
  let cursor = 0;
  let waiter: { test: (line: string) => boolean; resolve: (line: string) => void } | undefined;
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const scan = () => {
    while (waiter && cursor < seen.length) {
      const line = seen[cursor++] as string;
      if (waiter.test(line)) {
        const { resolve } = waiter;
        waiter = undefined;
        resolve(line);
      }
    }
  };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    seen.push(line);
    scan();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    stderr: () => stderr,
    exited,
    next(test: (line: string) => boolean): Promise<string> {
      const found = new Promise<string>((resolve) => { waiter = { test, resolve }; });
      scan();
      return Promise.race([
        found,
        exited.then(() => found), // lines still buffered when the process ends
        exited.then((code) => new Promise<never>((_, reject) => setImmediate(() => reject(new Error(`modroute exited (${code}) before the expected line; stdout:\n${seen.join('\n')}\nstderr:\n${stderr}`))))),
      ]);
    },
  };
}

/** One value from the store, read while a watch may be writing it (WAL: readers never wait). */
function storeRow(db: string, sql: string): string | undefined {
  if (!existsSync(db)) return undefined;
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare(sql).pluck().get() as string | undefined;
  } finally {
    conn.close();
  }
}

/** Polls `probe` until it returns a value: for a watch that prints nothing. */
async function until<T>(probe: () => T | undefined): Promise<T> {
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const json = (event: string, test: (e: Record<string, unknown>) => boolean = () => true) => (line: string) => {
  try {
    const e = JSON.parse(line) as Record<string, unknown>;
    return e.event === event && test(e);
  } catch {
    return false;
  }
};

// A watcher that misses an event fails the test after WATCH_TIMEOUT instead of hanging the suite (it had, once, on a
// machine busy re-indexing 300 stores beside it).
const WATCH_TIMEOUT = 180_000;

describe('modroute index --watch', { timeout: WATCH_TIMEOUT }, () => {
  it('prints one JSON line per re-index, refuses a second writer, and ends cleanly on SIGTERM', async () => {
    const repo = useFixture('ts-monorepo-history');
    const child = startCli(['index', '--watch', '--json'], repo);
    const out = lines(child);
    await out.next(json('indexed', (e) => e.modules === 3));
    await out.next(json('watching', (e) => e.mode === 'events'));
    writeFiles(repo, { 'packages/web/src/cart.ts': 'export const openCart = 2;\n' });
    const line = await out.next(json('reindexed', (e) => e.parsed === 1));
    assert.deepEqual(Object.keys(JSON.parse(line) as object).slice(0, 3), ['event', 'paths', 'changed'], 'one object per line');

    const second = runCli(['index', '--repo', repo]);
    assert.equal(second.code, 2);
    assert.match(second.stderr, /already writing this index/);
    assert.match(second.stderr, /index --watch/);
    assertNoStack(second.stderr);

    child.kill('SIGTERM');
    assert.equal(await out.exited, 0);
    assertNoStack(out.stderr());
    assert.equal(existsSync(join(repo, '.modroute', 'index.db.lock')), false, 'the lock is released');
    const modules = runCli(['modules', '--json', '--repo', repo]);
    assert.equal(modules.code, 0, modules.stderr);
    assert.equal((JSON.parse(modules.stdout) as unknown[]).length, 3);
  });

  it('says what it re-indexed in one plain line, nothing with --quiet, and ends on SIGINT', async () => {
    const repo = useFixture('ts-monorepo-history');
    const child = startCli(['index', '--watch'], repo);
    const out = lines(child);
    await out.next((l) => l.startsWith('Watching '));
    writeFiles(repo, { 'packages/web/src/cart.ts': 'export const openCart = 3;\n' });
    await out.next((l) => /^re-indexed 1 file in \d+ ms$/.test(l));
    child.kill('SIGINT');
    assert.equal(await out.exited, 0);
    const lastIndexedAt = storeRow(join(repo, '.modroute', 'index.db'), `SELECT value FROM meta WHERE key = 'indexed_at'`);

    const quiet = startCli(['index', '--watch', '--quiet'], repo);
    const q = lines(quiet);
    let printed = '';
    quiet.stdout.on('data', (d: Buffer) => { printed += d.toString(); });
    // No output to wait on: watch the store instead, for the first index, then for the edit.
    const db = join(repo, '.modroute', 'index.db');
    const cartRow = () => storeRow(db, `SELECT lines || ':' || hash FROM files WHERE path = 'packages/web/src/cart.ts'`);
    const before = await until(() => existsSync(`${db}.lock`) && storeRow(db, `SELECT value FROM meta WHERE key = 'indexed_at'`) !== lastIndexedAt ? cartRow() : undefined);
    writeFiles(repo, { 'packages/web/src/cart.ts': 'export const openCart = 4;\n\nexport const closeCart = 0;\n' });
    await until(() => (cartRow() !== before ? true : undefined));
    quiet.kill('SIGTERM');
    assert.equal(await q.exited, 0);
    assert.equal(printed, '');
    assert.equal(q.stderr(), '');
  });

  it('refuses a directory with no modules, and one that does not exist, with exit 2 and no stack', () => {
    const empty = tempDir();
    mkdirSync(join(empty, 'docs'));
    const none = runCli(['index', '--watch', empty]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Nothing to watch in .*no modules were found/);
    assertNoStack(none.stderr);
    const missing = runCli(['index', '--watch', join(empty, 'nope')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /not found/);
    assertNoStack(missing.stderr);
  });
});
