import type { ModuleId } from '../types.ts';
import type { Db } from './openStore.ts';

/**
 * Links commits to the modules owning the paths they touched: every stored commit when `shas` is
 * 'all' (the links are rebuilt from scratch), else only the given ones. Returns the linked modules.
 */
export function linkCommits(db: Db, moduleOf: (path: string) => ModuleId | undefined, shas: 'all' | readonly string[]): Set<ModuleId> {
  const insLink = db.prepare('INSERT OR IGNORE INTO commit_modules (sha, module_id) VALUES (?, ?)');
  const linked = new Set<ModuleId>();
  const link = (rows: { sha: string; path: string }[]) => {
    for (const r of rows) {
      const mod = moduleOf(r.path);
      if (!mod) continue;
      insLink.run(r.sha, mod);
      linked.add(mod);
    }
  };
  if (shas === 'all') {
    db.exec('DELETE FROM commit_modules');
    link(db.prepare('SELECT sha, path FROM commit_files').all() as { sha: string; path: string }[]);
  } else {
    const filesOf = db.prepare('SELECT sha, path FROM commit_files WHERE sha = ?');
    for (const sha of shas) link(filesOf.all(sha) as { sha: string; path: string }[]);
  }
  return linked;
}
