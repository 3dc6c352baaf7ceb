import type { DiscoveryResult } from '../discovery/discoverModules.ts';
import { stampsHold, type Stamp } from '../fsStamps.ts';
import type { WalkResult } from '../walkRepository.ts';
import type { Db } from './openStore.ts';

/** What the last run's discovery and walk found, with the stamps of what they read (see fsStamps.ts). */
export interface FsCache {
  discovery?: DiscoveryResult;
  walk?: WalkResult;
}

/**
 * Reads the cache from the store the run opened for writing (one open per run): a damaged row
 * simply means no cache, and the run reads the file system again.
 */
export function readFsCache(db: Db): FsCache {
  try {
    const rows = db.prepare('SELECT key, value FROM fs_cache').all() as { key: keyof FsCache; value: string }[];
    return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown])) as FsCache;
  } catch {
    return {};
  }
}

/** Stores this run's results; inside the run's transaction, like everything else it writes. */
export function writeFsCache(db: Db, cache: Required<FsCache>, previous: FsCache): void {
  const put = db.prepare('INSERT INTO fs_cache (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  // a result reused as it was is the very object read, so there is nothing to write
  if (cache.discovery !== previous.discovery) put.run('discovery', JSON.stringify(cache.discovery));
  if (cache.walk !== previous.walk) put.run('walk', JSON.stringify(cache.walk));
}

/**
 * A value computed from file-system reads, kept in the store beside the stamps of those reads: the
 * stored one is returned while `key` (what was read) is the same and every stamp holds; otherwise
 * `compute` runs, pushing a stamp before each read, and its result is stored. Runs inside the
 * run's transaction.
 */
export function cachedRead<T>(db: Db, root: string, name: string, key: string, compute: (reads: Stamp[]) => T): T {
  const row = db.prepare('SELECT value FROM fs_cache WHERE key = ?').pluck().get(name) as string | undefined;
  if (row !== undefined) {
    const stored = JSON.parse(row) as { key: string; reads: Stamp[]; value: T };
    if (stored.key === key && stampsHold(root, stored.reads)) return stored.value;
  }
  const reads: Stamp[] = [];
  const value = compute(reads);
  db.prepare('INSERT INTO fs_cache (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(name, JSON.stringify({ key, reads, value }));
  return value;
}

