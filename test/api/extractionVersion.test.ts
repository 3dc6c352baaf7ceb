import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { EXTRACTION_VERSION } from '../../src/graph/parse/index.ts';
import { committedFixture } from '../helpers/committedFixture.ts';
import { tempDir } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

const symbolNames = (dbPath: string): string[] => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM symbols ORDER BY name').pluck().all() as string[]);
  } finally {
    db.close();
  }
};

describe('indexRepository after an upgrade that changed extraction', () => {
  it('parses unchanged files again when the store was extracted by another version, once', async () => {
    const repo = committedFixture('stale-extraction');
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db });
    const fresh = symbolNames(db);
    assert.ok(fresh.includes('post_entry'));

    // What an older modroute left: other facts for the same content, and no (or another) version.
    const raw = new Database(db);
    raw.prepare(`UPDATE symbols SET name = 'stale_' || name`).run();
    raw.prepare(`DELETE FROM meta WHERE key = 'extraction_version'`).run();
    raw.close();

    const { stats, events } = await runIndex({ repo, db });
    const warnings = events.flatMap((e) => (e.kind === 'warning' ? [e.message] : []));
    assert.deepEqual(warnings, [`files were extracted by another modroute version (extraction v0, now v${EXTRACTION_VERSION}); parsing every file again`]);
    assert.equal(stats.parsed, stats.files);
    assert.deepEqual(symbolNames(db), fresh);

    const again = await runIndex({ repo, db });
    assert.equal(again.stats.parsed, 0);
    assert.deepEqual(again.events.filter((e) => e.kind === 'warning'), []);
  });
});
