import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { IndexStats } from '../../src/api/IndexEvent.ts';
import { openIndex } from '../../src/api/openIndex.ts';
import { detachGraph } from '../../src/graph/detachGraph.ts';
import { tempDir } from './gitFixture.ts';
import { runIndex } from './runIndex.ts';

// Tables that only make the next run faster; they are not part of the graph.
const CACHES = new Set(['artifacts', 'fs_cache']);
// Columns that legitimately differ between an incremental and a fresh run.
const VOLATILE = new Set(['mtime_ms']);
const VOLATILE_META = new Set(['indexed_at']);

/** Every row of every graph table, sorted, as plain JSON: two stores holding the same graph dump equal. */
export function dumpStore(dbPath: string): Record<string, string[]> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'modules_fts_%' ORDER BY name`).pluck().all() as string[];
    const out: Record<string, string[]> = {};
    for (const table of tables) {
      if (CACHES.has(table)) continue;
      const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      out[table] = rows
        .filter((r) => table !== 'meta' || !VOLATILE_META.has(String(r.key)))
        .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE.has(k)))))
        .sort();
    }
    return out;
  } finally {
    db.close();
  }
}

/** The loaded graph as plain data: the lazy term-bag reader becomes every file's bag. */
async function graphOf(repo: string, db: string) {
  const index = await openIndex({ repo, db });
  try {
    const { termBag, ...graph } = detachGraph(index.graph());
    const bags = Object.fromEntries(graph.modules.flatMap((m) => m.files).map((f) => [f, termBag?.(f)]));
    return { ...graph, bags };
  } finally {
    index.close();
  }
}

/** Indexes `repo` from scratch into a fresh store and asserts that `live` holds the same graph (every table, and the loaded graph). Returns the fresh run's stats. */
export async function matchesRebuild(repo: string, live: string, step: string): Promise<IndexStats> {
  const fresh = join(tempDir(), 'rebuilt.db');
  const { stats } = await runIndex({ repo, db: fresh, rebuild: true });
  const a = dumpStore(live);
  const b = dumpStore(fresh);
  for (const table of Object.keys(b)) assert.deepEqual(a[table], b[table], `${step}: table ${table} differs from a --rebuild`);
  assert.deepEqual(Object.keys(a), Object.keys(b));
  assert.deepEqual(await graphOf(repo, live), await graphOf(repo, fresh), `${step}: loaded graph differs from a --rebuild`);
  return stats;
}
