import type { FileFacts } from '../types.ts';
import type { Db } from './openStore.ts';

export interface FileRow {
  path: string;
  hash: string | null;
  language: string | null;
  size: number;
  lines: number;
  /** Modification time seen when the file was read; with the size, lets the next run skip reading it. */
  mtimeMs: number | null;
  status: string;
  facts: FileFacts | null;
  /** The file's deflated term bag (graph/codeTermBag.ts), if it has one. */
  terms?: Uint8Array;
}

export interface KnownFile {
  path: string;
  hash: string | null;
  size: number;
  mtimeMs: number | null;
  status: string;
}

/** What a run changed among the per-file rows: all that updateModules needs to know to stay incremental. */
export interface FileChanges {
  /** Rows written (parsed, or newly skipped), new ones included. */
  written: Set<string>;
  /** Paths that had no row before. */
  added: Set<string>;
  removed: Set<string>;
  /** A written file declares another package or namespace than before (Java, Kotlin, C# and Go imports resolve by them). */
  packagesChanged: boolean;
}

/** Prepared statements for per-file facts; every call runs inside the caller's transaction. */
export function createFactWriter(db: Db) {
  const delSymbols = db.prepare('DELETE FROM symbols WHERE file = ?');
  const delImports = db.prepare('DELETE FROM imports WHERE file = ?');
  const delFile = db.prepare('DELETE FROM files WHERE path = ?');
  const delTerms = db.prepare('DELETE FROM file_terms WHERE path = ?');
  const insTerms = db.prepare('INSERT INTO file_terms (path, terms) VALUES (?, ?)');
  const packageOf = db.prepare('SELECT package_name AS packageName FROM files WHERE path = ?');
  const upsertFile = db.prepare(`INSERT INTO files (path, hash, language, size, lines, mtime_ms, status, package_name, has_errors, docs)
    VALUES (@path, @hash, @language, @size, @lines, @mtimeMs, @status, @packageName, @hasErrors, @docs)
    ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, language = excluded.language, size = excluded.size,
      lines = excluded.lines, mtime_ms = excluded.mtime_ms, status = excluded.status, package_name = excluded.package_name,
      has_errors = excluded.has_errors, docs = excluded.docs`);
  const touchFile = db.prepare('UPDATE files SET mtime_ms = ? WHERE path = ?');
  const insSymbol = db.prepare('INSERT INTO symbols (file, name, kind, line, exported, doc, container) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insImport = db.prepare('INSERT INTO imports (file, spec, kind, system) VALUES (?, ?, ?, ?)');
  const known = () =>
    new Map(
      (db.prepare('SELECT path, hash, size, mtime_ms AS mtimeMs, status FROM files').all() as KnownFile[]).map((r) => [r.path, r]),
    );
  const changes: FileChanges = { written: new Set(), added: new Set(), removed: new Set(), packagesChanged: false };

  return {
    known,
    changes,
    write(row: FileRow): void {
      const f = row.facts;
      const before = packageOf.get(row.path) as { packageName: string | null } | undefined;
      if (!before) changes.added.add(row.path);
      else if (before.packageName !== (f?.packageName ?? null)) changes.packagesChanged = true;
      changes.written.add(row.path);
      delSymbols.run(row.path);
      delImports.run(row.path);
      delTerms.run(row.path);
      // better-sqlite3 binds only a Buffer as a blob; a worker's result arrives as a plain Uint8Array.
      if (row.terms) insTerms.run(row.path, Buffer.from(row.terms.buffer, row.terms.byteOffset, row.terms.byteLength));
      upsertFile.run({
        path: row.path,
        hash: row.hash,
        language: row.language,
        size: row.size,
        lines: row.lines,
        mtimeMs: row.mtimeMs,
        status: row.status,
        packageName: f?.packageName ?? null,
        hasErrors: f?.hasErrors ? 1 : 0,
        docs: JSON.stringify(f?.docComments ?? []),
      });
      if (!f) return;
      for (const s of f.symbols) insSymbol.run(row.path, s.name, s.kind, s.line, s.exported ? 1 : 0, s.doc ?? null, s.container ?? null);
      for (const i of f.imports) insImport.run(row.path, i.spec, i.kind, i.system ? 1 : 0);
    },
    touch(path: string, mtimeMs: number | null): void {
      touchFile.run(mtimeMs, path);
    },
    remove(path: string): void {
      changes.removed.add(path);
      delSymbols.run(path);
      delImports.run(path);
      delTerms.run(path);
      delFile.run(path);
    },
  };
}
