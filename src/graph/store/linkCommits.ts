import type { ModuleId } from '../types.ts';
import type { Db } from './openStore.ts';

/**
 * Links commits to the modules owning the paths they touched (`ownerOf`: a file the tree no longer holds is
 * looked for where it moved, followMoves.ts): every stored commit when `shas` is 'all', else only the given ones.
 * Returns the modules whose links changed: with 'all', only those (the links are compared with the stored ones).
 */
export function linkCommits(db: Db, ownerOf: (path: string, commitPaths: readonly string[]) => ModuleId | undefined, shas: 'all' | readonly string[]): Set<ModuleId> {
  const insLink = db.prepare('INSERT OR IGNORE INTO commit_modules (sha, module_id) VALUES (?, ?)');
  const changed = new Set<ModuleId>();
  if (shas !== 'all') {
    const filesOf = db.prepare('SELECT sha, path FROM commit_files WHERE sha = ?');
    for (const sha of shas) {
      const rows = filesOf.all(sha) as { sha: string; path: string }[];
      const commitPaths = rows.map((r) => r.path);
      for (const r of rows) {
        const mod = ownerOf(r.path, commitPaths);
        if (!mod) continue;
        insLink.run(r.sha, mod);
        changed.add(mod);
      }
    }
    return changed;
  }
  const key = (sha: string, mod: string) => `${sha}\0${mod}`;
  const before = new Set((db.prepare('SELECT sha, module_id FROM commit_modules').all() as { sha: string; module_id: string }[]).map((r) => key(r.sha, r.module_id)));
  const after = new Map<string, [string, ModuleId]>();
  // (each commit's paths together: a file that moved is placed by where the others of its commit went)
  const pathsBySha = new Map<string, string[]>();
  for (const r of db.prepare('SELECT sha, path FROM commit_files').all() as { sha: string; path: string }[]) {
    const list = pathsBySha.get(r.sha);
    if (list === undefined) pathsBySha.set(r.sha, [r.path]);
    else list.push(r.path);
  }
  for (const [sha, commitPaths] of pathsBySha) {
    for (const path of commitPaths) {
      const mod = ownerOf(path, commitPaths);
      if (mod) after.set(key(sha, mod), [sha, mod]);
    }
  }
  const del = db.prepare('DELETE FROM commit_modules WHERE sha = ? AND module_id = ?');
  for (const k of before) {
    if (after.has(k)) continue;
    const [sha, mod] = k.split('\0') as [string, ModuleId];
    del.run(sha, mod);
    changed.add(mod);
  }
  for (const [k, [sha, mod]] of after) {
    if (before.has(k)) continue;
    insLink.run(sha, mod);
    changed.add(mod);
  }
  return changed;
}
