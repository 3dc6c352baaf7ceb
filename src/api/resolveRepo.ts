import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { RepoNotFoundError } from '../errors.ts';

/** The default store folder inside a repository. */
export const STORE_DIR = '.modroute';
export const DB_FILE = 'index.db';

export interface RepoPaths {
  root: string;
  dbPath: string;
  storeDir: string;
}

/** Resolves and checks the repository directory and where its index lives (`--db` overrides). */
export function resolveRepo(repo: string | undefined, db?: string): RepoPaths {
  const input = resolve(repo ?? '.');
  let st;
  try {
    st = statSync(input);
  } catch {
    throw new RepoNotFoundError(input, 'missing');
  }
  if (!st.isDirectory()) throw new RepoNotFoundError(input, 'file');
  const root = realpathSync(input);
  const dbPath = db ? resolve(db) : join(root, STORE_DIR, DB_FILE);
  return { root, dbPath, storeDir: storeDirOf(dbPath) };
}

/**
 * Where the trained model and the search caches of an index live: beside an `index.db`, else in a
 * folder named after the database (`fine.db` → `fine.modroute/`), so that two indexes in one folder
 * (a repository cut two ways) never share a model: training one overwrote the other's `router.json`.
 */
export const storeDirOf = (dbPath: string): string => {
  const name = basename(dbPath);
  return name === DB_FILE ? dirname(dbPath) : join(dirname(dbPath), `${name.replace(/\.(?:db|sqlite3?)$/u, '')}.modroute`);
};

/**
 * For commands that read an index: with neither --repo nor --db, the nearest directory from the
 * working directory upwards that has an index, as git finds its repository (`ask` from `src/ui/`
 * uses the index at the root). Falls back to `resolveRepo` as given, whose error names the start.
 */
export function resolveIndexedRepo(repo: string | undefined, db?: string): RepoPaths {
  if (repo === undefined && db === undefined) {
    for (let dir = resolve('.'); ; dir = dirname(dir)) {
      if (existsSync(join(dir, STORE_DIR, DB_FILE))) return resolveRepo(dir);
      if (dirname(dir) === dir) break;
    }
  }
  return resolveRepo(repo, db);
}
