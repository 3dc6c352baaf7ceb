import type { ImportFact, ModuleId } from '../types.ts';
import type { Db } from './openStore.ts';

/**
 * Stores in `imports.target` the module each import resolves to: for every import when `files` is
 * 'all', else only for those of the given files. Rows whose target did not change are not written.
 */
export function resolveImportTargets(
  db: Db,
  resolve: (fromFile: string, fact: ImportFact) => ModuleId | undefined,
  files: 'all' | Iterable<string>,
): void {
  const setTarget = db.prepare('UPDATE imports SET target = ? WHERE rowid = ?');
  type Row = { id: number; file: string; spec: string; kind: ImportFact['kind']; system: number; target: string | null };
  const update = (rows: Iterable<Row>): void => {
    // Collected first: better-sqlite3 refuses a write while a read statement is still iterating.
    const changed: [string | null, number][] = [];
    for (const r of rows) {
      const target = resolve(r.file, { spec: r.spec, kind: r.kind, ...(r.system ? { system: true } : {}) }) ?? null;
      if (target !== r.target) changed.push([target, r.id]);
    }
    for (const [target, id] of changed) setTarget.run(target, id);
  };
  // `<…>` includes too: a project includes its own headers as `<mapnik/map.hpp>` from its include path.
  const columns = 'rowid AS id, file, spec, kind, system, target';
  // (a manifest's declared dependencies are resolved where they are written: writeManifestImports.ts)
  if (files === 'all') {
    update(db.prepare(`SELECT ${columns} FROM imports WHERE kind != 'manifest'`).iterate() as Iterable<Row>);
    return;
  }
  const ofFile = db.prepare(`SELECT ${columns} FROM imports WHERE file = ? AND kind != 'manifest'`);
  for (const file of files) update(ofFile.all(file) as Row[]);
}
