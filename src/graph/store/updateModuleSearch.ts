import type { Db } from './openStore.ts';

// Concatenations are ordered, so that a module's row is the same whichever run wrote it.
const selectRows = `SELECT m.rowid, m.id, COALESCE(m.name, ''),
    COALESCE((SELECT group_concat(s.name, ' ' ORDER BY s.file, s.rowid) FROM symbols s JOIN files f ON f.path = s.file WHERE f.module_id = m.id), ''),
    m.docs || ' ' || COALESCE(m.readme, '') || ' ' || COALESCE(m.description, ''), m.summary,
    COALESCE((SELECT group_concat(c.subject, ' ' ORDER BY c.seq) FROM commits c JOIN commit_modules cm ON cm.sha = c.sha WHERE cm.module_id = m.id), '')
  FROM modules m`;
const insert = `INSERT INTO modules_fts (rowid, id, name, symbols, docs, summary, history) ${selectRows}`;

/**
 * Rewrites the full-text rows (symbol names, docs, summary, commit subjects) of the given modules,
 * or of every module. A module's full-text row shares its rowid, so one row is replaced alone.
 */
export function updateModuleSearch(db: Db, ids: 'all' | Iterable<string>): void {
  if (ids === 'all') {
    db.exec('DELETE FROM modules_fts');
    db.exec(insert);
    return;
  }
  const rowidOf = db.prepare('SELECT rowid FROM modules WHERE id = ?').pluck();
  const del = db.prepare('DELETE FROM modules_fts WHERE rowid = ?');
  const ins = db.prepare(`${insert} WHERE m.id = ?`);
  for (const id of ids) {
    const rowid = rowidOf.get(id) as number | undefined;
    if (rowid === undefined) continue;
    del.run(rowid);
    ins.run(id);
  }
}
