import { createHash } from 'node:crypto';
import { EXTRACTION_VERSION } from '../parse/extractionVersion.ts';
import { getMeta, type Db } from './openStore.ts';

/**
 * A hash of the graph (files with their content hash and owner, edges, modules, HEAD, extraction version): it changes
 * whenever the graph does, and equals for equal graphs, so trained models and caches can key on it.
 */
export function graphFingerprint(db: Db): string {
  const h = createHash('sha1');
  for (const r of db.prepare('SELECT path, hash, module_id FROM files ORDER BY path').raw().iterate() as Iterable<unknown[]>) h.update(r.join('\0') + '\n');
  for (const r of db.prepare('SELECT src, dst, weight FROM edges ORDER BY src, dst').raw().iterate() as Iterable<unknown[]>) h.update(r.join('\0') + '\n');
  for (const r of db.prepare('SELECT id, path FROM modules ORDER BY id').raw().iterate() as Iterable<unknown[]>) h.update(r.join('\0') + '\n');
  h.update(getMeta(db, 'head') ?? '');
  // What parsing yields is part of the graph: models trained on an older extraction's facts are stale.
  h.update(`extraction ${EXTRACTION_VERSION}`);
  return h.digest('hex').slice(0, 16);
}
