import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type DatabaseType from 'better-sqlite3';
import { IndexCorruptError, IndexMissingError, IndexSchemaMismatchError, ModrouteError, SqliteUnavailableError } from '../../errors.ts';
import { APP_ID, SCHEMA_VERSION, schemaSql } from './schema.ts';

export type Db = DatabaseType.Database;

export interface OpenStoreOptions {
  /** Create the file (and its folder) when missing; otherwise a missing file is IndexMissingError. */
  create: boolean;
  /** Delete whatever is at dbPath first (for `index --rebuild` over a corrupt or foreign file). */
  wipe?: boolean;
  readonly?: boolean;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * A failure to load better-sqlite3's compiled module (missing, half-written by a running `npm ci`, built for another
 * Node.js ABI), as opposed to SQLite refusing the file: `bindings` and Node's dlopen say so in these words.
 */
export const isNativeLoadFailure = (error: unknown): boolean => {
  const e = error as { code?: unknown; message?: unknown };
  if (e?.code === 'ERR_DLOPEN_FAILED' || e?.code === 'MODULE_NOT_FOUND') return true;
  return typeof e?.message === 'string' && /Could not locate the bindings file|was compiled against a different Node\.js version|NODE_MODULE_VERSION|invalid ELF header|wrong ELF class|cannot open shared object file|better_sqlite3\.node/u.test(e.message);
};

/**
 * Opens the index database, checking that it is a modroute store of the expected schema.
 * A foreign or corrupt file is refused with a hint to `--rebuild`, never silently overwritten.
 */
export async function openStore(dbPath: string, options: OpenStoreOptions): Promise<Db> {
  if (options.wipe) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbPath + suffix, { force: true });
  const exists = existsSync(dbPath);
  if (!exists && !options.create) throw new IndexMissingError(dbPath);
  if (exists) {
    const st = statSync(dbPath);
    if (!st.isFile()) throw new IndexCorruptError(dbPath, 'it is not a file');
    if (st.size > 0) checkMagic(dbPath);
  } else {
    mkdirSync(dirname(dbPath), { recursive: true });
  }
  const { default: Database } = await import('better-sqlite3');
  let db: Db;
  try {
    db = new Database(dbPath, { readonly: Boolean(options.readonly) && exists, fileMustExist: !options.create });
  } catch (error) {
    if (isNativeLoadFailure(error)) throw new SqliteUnavailableError((error as Error).message.split('\n')[0] ?? '');
    throw new IndexCorruptError(dbPath, (error as Error).message);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
    if (tables.length === 0) {
      if (options.readonly || !options.create) throw new IndexMissingError(dbPath);
      db.exec(schemaSql);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run('app', APP_ID, 'schema_version', String(SCHEMA_VERSION));
      return db;
    }
    if (!tables.includes('meta')) throw new IndexCorruptError(dbPath, 'it is an SQLite database of another application');
    const meta = new Map(
      (db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
    );
    if (meta.get('app') !== APP_ID) throw new IndexCorruptError(dbPath, 'it is an SQLite database of another application');
    const version = Number(meta.get('schema_version'));
    if (version !== SCHEMA_VERSION) throw new IndexSchemaMismatchError(dbPath, SCHEMA_VERSION, version);
    // Tables added within a schema version (file_terms) are created when a writer first opens an
    // older store: every statement of the schema is CREATE ... IF NOT EXISTS.
    if (!options.readonly && !tables.includes('file_terms')) db.exec(schemaSql);
    // No quick_check here: it reads every page (180 ms on a 10 MB index), which every run paid for.
    // Damage shows up as SQLITE_CORRUPT when a page is read; callers map it with readGuard/isCorruption.
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ModrouteError) throw error;
    throw new IndexCorruptError(dbPath, (error as Error).message);
  }
}

function checkMagic(dbPath: string): void {
  // Reading 16 bytes is enough to tell an SQLite file from anything else, and it gives a clearer
  // message than SQLite's "file is not a database" at the first query.
  if (readHead(dbPath) !== SQLITE_MAGIC) throw new IndexCorruptError(dbPath, 'the file is not an SQLite database');
}

function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** Whether the store has this table (one added within a schema version may be missing from an old store). */
export function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Runs a read against the store, turning SQLite's corruption errors into a hinted IndexCorruptError. */
export function readGuard<T>(dbPath: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isCorruption(error)) throw new IndexCorruptError(dbPath, (error as Error).message);
    throw error;
  }
}

/** SQLite's way of saying a page or the file is damaged. */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}
