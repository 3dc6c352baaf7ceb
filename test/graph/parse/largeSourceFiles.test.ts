import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { committedFixture } from '../../helpers/committedFixture.ts';
import { tempDir, writeFiles } from '../../helpers/gitFixture.ts';
import { runIndex } from '../../helpers/runIndex.ts';

/** Over the 1 MB general limit: a backend's main source file, a data table, a minified bundle. */
const addLargeFiles = (repo: string): void => {
  const functions = Array.from({ length: 30_000 }, (_, i) => `int vk_op_${i}(int x) { return x + ${i}; }\n`);
  const table = Array.from({ length: 90_000 }, (_, i) => `row ${i} ${i * 7}\n`);
  const bundle = `var a=${JSON.stringify('x'.repeat(1_100_000))};function start(){return a}\n`;
  writeFiles(repo, { 'backend/vulkan.cpp': functions.join(''), 'backend/table.txt': table.join(''), 'web/bundle.js': bundle });
};

const rows = (dbPath: string, sql: string): unknown[] => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
};

describe('files over limits.maxFileBytes', () => {
  it('with maxSourceFileBytes set, parses source files up to it; others stay skipped, minified ones too', async () => {
    const repo = committedFixture('large-source-file');
    addLargeFiles(repo);
    writeFileSync(join(repo, 'modroute.config.json'), JSON.stringify({ limits: { maxSourceFileBytes: 4_000_000 } }));
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db });
    assert.deepEqual(rows(db, `SELECT path, status, size > 1000000 AS big FROM files ORDER BY path`), [
      { path: 'backend/ops.cpp', status: 'parsed', big: 0 },
      { path: 'backend/table.txt', status: 'skipped:too-large', big: 1 },
      { path: 'backend/vulkan.cpp', status: 'parsed', big: 1 },
      { path: 'web/app.js', status: 'parsed', big: 0 },
      { path: 'web/bundle.js', status: 'skipped:minified', big: 1 },
    ]);
    assert.deepEqual(rows(db, `SELECT name FROM symbols WHERE file = 'backend/vulkan.cpp' AND name IN ('vk_op_0', 'vk_op_499')`), [{ name: 'vk_op_0' }, { name: 'vk_op_499' }]);
  });

  it('by default a source file over 1 MB is skipped as too large, like any other', async () => {
    const repo = committedFixture('large-source-file');
    addLargeFiles(repo);
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db });
    assert.deepEqual(rows(db, `SELECT status FROM files WHERE path = 'backend/vulkan.cpp'`), [{ status: 'skipped:too-large' }]);
  });

  it('counts a file skipped on a fresh index as skipped, not rewritten; one that grows past the limit as rewritten', async () => {
    const repo = committedFixture('large-source-file');
    addLargeFiles(repo);
    const db = join(tempDir(), 'index.db');
    const first = await runIndex({ repo, db });
    assert.equal(first.stats.rewritten, 0);
    assert.equal(first.stats.skipped['too-large'], 3);
    writeFiles(repo, { 'web/app.js': `var big=${JSON.stringify('y'.repeat(1_100_000))};\nexport function start() { return big; }\n` });
    const second = await runIndex({ repo, db });
    assert.equal(second.stats.rewritten, 1);
    assert.equal(second.stats.parsed, 0);
    // a new file skipped on an existing store is a change (a watch must report it)
    writeFiles(repo, { 'web/logo.png': '\u0000PNG' });
    const third = await runIndex({ repo, db });
    assert.equal(third.stats.rewritten, 1);
  });
});
