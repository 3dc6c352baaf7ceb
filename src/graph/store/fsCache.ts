import { existsSync } from 'node:fs';
import type { DiscoveryResult } from '../discovery/discoverModules.ts';
import type { WalkResult } from '../walkRepository.ts';
import { openStore, type Db } from './openStore.ts';

/** What the last run's discovery and walk found, with the stamps of what they read (see fsStamps.ts). */
export interface FsCache {
  discovery?: DiscoveryResult;
  walk?: WalkResult;
}

/**
 * Reads the cache from the store at `dbPath`, before the run takes the lock: a missing, foreign,
 * older or damaged store simply has none (the run itself then reports what is wrong with it).
 */
export async function readFsCache(dbPath: string): Promise<FsCache> {
  if (!existsSync(dbPath)) return {};
  let db: Db | undefined;
  try {
    db = await openStore(dbPath, { create: false, readonly: true });
    const rows = db.prepare('SELECT key, value FROM fs_cache').all() as { key: keyof FsCache; value: string }[];
    return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown])) as FsCache;
  } catch {
    return {};
  } finally {
    db?.close();
  }
}

/** Stores this run's results; inside the run's transaction, like everything else it writes. */
export function writeFsCache(db: Db, cache: Required<FsCache>, previous: FsCache): void {
  const put = db.prepare('INSERT INTO fs_cache (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  // a result reused as it was is the very object read, so there is nothing to write
  if (cache.discovery !== previous.discovery) put.run('discovery', JSON.stringify(cache.discovery));
  if (cache.walk !== previous.walk) put.run('walk', JSON.stringify(cache.walk));
}
