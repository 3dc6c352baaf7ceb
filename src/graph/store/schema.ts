/** Bump when the stored format changes; an older store is refused with a hint to --rebuild. */
export const SCHEMA_VERSION = 4;
export const APP_ID = 'modroute';

export const schemaSql = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS modules (
  id TEXT PRIMARY KEY, path TEXT NOT NULL, name TEXT, description TEXT, manifest TEXT,
  readme TEXT, summary TEXT NOT NULL DEFAULT '', file_count INTEGER NOT NULL DEFAULT 0,
  bytes INTEGER NOT NULL DEFAULT 0, languages TEXT NOT NULL DEFAULT '{}', docs TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS files (
  path TEXT PRIMARY KEY, module_id TEXT, hash TEXT, language TEXT, size INTEGER NOT NULL DEFAULT 0,
  lines INTEGER NOT NULL DEFAULT 0, mtime_ms REAL, status TEXT NOT NULL, package_name TEXT,
  has_errors INTEGER NOT NULL DEFAULT 0, docs TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS files_module ON files(module_id);
CREATE TABLE IF NOT EXISTS symbols (
  file TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, line INTEGER NOT NULL,
  exported INTEGER NOT NULL, doc TEXT, container TEXT
);
CREATE INDEX IF NOT EXISTS symbols_file ON symbols(file);
-- Each text file's term bag (graph/codeTermBag.ts): distinct raw tokens with counts, deflated. A store
-- of an older modroute gains the table empty; its extraction version makes the next index fill it.
CREATE TABLE IF NOT EXISTS file_terms (path TEXT PRIMARY KEY, terms BLOB NOT NULL);
-- target: the module the import resolves to (NULL: outside the repository), kept so that a re-index
-- resolves only the imports of changed files.
CREATE TABLE IF NOT EXISTS imports (
  file TEXT NOT NULL, spec TEXT NOT NULL, kind TEXT NOT NULL, system INTEGER NOT NULL DEFAULT 0, target TEXT
);
CREATE INDEX IF NOT EXISTS imports_file ON imports(file);
CREATE TABLE IF NOT EXISTS edges (src TEXT NOT NULL, dst TEXT NOT NULL, weight INTEGER NOT NULL, PRIMARY KEY (src, dst));
CREATE INDEX IF NOT EXISTS edges_dst ON edges(dst);
CREATE TABLE IF NOT EXISTS commits (
  sha TEXT PRIMARY KEY, seq INTEGER NOT NULL, date TEXT NOT NULL, author TEXT NOT NULL,
  subject TEXT NOT NULL, body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS commit_files (sha TEXT NOT NULL, path TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS commit_files_sha ON commit_files(sha);
CREATE TABLE IF NOT EXISTS commit_modules (sha TEXT NOT NULL, module_id TEXT NOT NULL, PRIMARY KEY (sha, module_id));
CREATE INDEX IF NOT EXISTS commit_modules_module ON commit_modules(module_id);
-- Results of earlier runs' file-system reads (discovery, the walk) with the stamps they hold while.
CREATE TABLE IF NOT EXISTS fs_cache (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS artifacts (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, value BLOB NOT NULL);
-- rowid = modules.rowid, so that one module's row can be replaced alone.
CREATE VIRTUAL TABLE IF NOT EXISTS modules_fts USING fts5(id, name, symbols, docs, summary, history, tokenize = 'unicode61');
`;
