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
 * Where the trained model and the search caches of an index live: beside the default `.modroute/index.db`,
 * else in a folder named after the database (`fine.db` → `fine.modroute/`, `./index.db` → `index.modroute/`),
 * so that two indexes in one folder (a repository cut two ways) never share a model (training one overwrote
 * the other's `router.json`), and a `--db index.db` in a working folder does not fill it with `router.json` and
 * `cache/` (the logback review). A store made before that rule, its `router.json` beside such an existing `index.db`
 * and no `index.modroute/` yet, is still read where it is (a new index never takes a folder's own `router.json`).
 */
export const storeDirOf = (dbPath: string): string => {
  const name = basename(dbPath);
  const dir = dirname(dbPath);
  if (name === DB_FILE && basename(dir) === STORE_DIR) return dir;
  const own = join(dir, `${name.replace(/\.(?:db|sqlite3?)$/u, '')}.modroute`);
  if (name === DB_FILE && !existsSync(own) && existsSync(dbPath) && existsSync(join(dir, 'router.json'))) return dir;
  return own;
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
