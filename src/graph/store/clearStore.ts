import type { Db } from './openStore.ts';

/** Empties every table but the store's identity (app, schema version): `index --rebuild` starts from here. */
export function clearStore(db: Db): void {
  db.exec(`DELETE FROM files; DELETE FROM file_terms; DELETE FROM symbols; DELETE FROM imports; DELETE FROM edges; DELETE FROM modules;
    DELETE FROM commits; DELETE FROM commit_files; DELETE FROM commit_modules; DELETE FROM artifacts; DELETE FROM fs_cache;
    DELETE FROM meta WHERE key NOT IN ('app', 'schema_version');`);
}
