import assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { makeGitRepo, tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

const commitSubjects = (dbPath: string): string[] => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT subject FROM commits ORDER BY seq').pluck().all() as string[];
  } finally {
    db.close();
  }
};

describe('an index written from another repository', () => {
  it('is rebuilt for this one, with a warning, where the other still exists; a moved repository is updated in place', async () => {
    // the same files twice: a plain copy of a tree, then its clone with history (a review's mistake)
    const files = { 'src/cart/cart.ts': 'export function addItem() {}\n', 'src/billing/invoice.ts': 'export function charge() {}\n' };
    const plain = tempDir();
    writeFiles(plain, files);
    const clone = makeGitRepo([{ message: 'Charge the card once', date: '2024-01-01T00:00:00Z', files }]);
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo: plain, db });
    assert.deepEqual(commitSubjects(db), []);

    const { stats, events } = await runIndex({ repo: clone, db });
    const warnings = events.flatMap((e) => (e.kind === 'warning' ? [e.message] : []));
    assert.ok(warnings.some((w) => w.includes(`this index was built from ${plain}, not ${clone}: rebuilding it`)), warnings.join('\n'));
    assert.equal(stats.parsed, stats.files, 'every file read again, none taken for unchanged');
    assert.deepEqual(commitSubjects(db), ['Charge the card once']);

    // a repository moved elsewhere (the old folder gone) is the same repository: updated, not rebuilt
    const moved = join(tempDir(), 'moved');
    cpSync(clone, moved, { recursive: true });
    rmSync(clone, { recursive: true, force: true });
    const after = await runIndex({ repo: moved, db });
    assert.equal(after.events.some((e) => e.kind === 'warning' && e.message.includes('was built from')), false);
  });
});
