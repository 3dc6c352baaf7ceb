import { createHash } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../config/configSchema.ts';
import { loadConfig } from '../config/loadConfig.ts';
import { IndexCorruptError, IndexSchemaMismatchError } from '../errors.ts';
import { createModuleResolver, OWNERSHIP_RULES_VERSION } from '../graph/discovery/createModuleResolver.ts';
import { discoverModules, type DiscoveryResult } from '../graph/discovery/discoverModules.ts';
import { EXTRACTION_VERSION, warmParserInThread, type ParseJob, type ParseResult, type SkipReason } from '../graph/parse/index.ts';
import { readHistory } from '../graph/readHistory.ts';
import { acquireLock } from '../graph/store/acquireLock.ts';
import { clearStore } from '../graph/store/clearStore.ts';
import { createFactWriter } from '../graph/store/createFactWriter.ts';
import { readFsCache, writeFsCache } from '../graph/store/fsCache.ts';
import { getMeta, isCorruption, openStore, setMeta, type Db } from '../graph/store/openStore.ts';
import { graphFingerprint } from '../graph/store/graphFingerprint.ts';
import { updateModules } from '../graph/store/updateModules.ts';
import { writeHistory } from '../graph/store/writeHistory.ts';
import type { ModuleId } from '../graph/types.ts';
import { walkRepository, type WalkResult } from '../graph/walkRepository.ts';
import { classifyChanges, type ChangeHint } from './classifyChanges.ts';
import { codeStats, type StoredFile } from './codeStats.ts';
import type { IndexEvent, IndexStats } from './IndexEvent.ts';
import type { IndexOptions } from './indexRepository.ts';
import { resolveIndexedRepo } from './resolveRepo.ts';
import { parentDir } from '../util/parentDir.ts';
import { runParseJobs } from './runParseJobs.ts';
import { statAll } from './statAll.ts';

/** Files with syntax errors the index summary names. */
const PARSE_ERROR_EXAMPLES = 3;

/** Files named per skip reason in the index summary. */
const SKIPPED_NAMED = 3;

/** Below this many files to parse, worker start-up costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

/** What one run learnt about the file system; a watch keeps it for the next run. */
interface TreeState {
  config: Config;
  discovery: DiscoveryResult | undefined;
  walk: WalkResult | undefined;
  moduleOf?: (path: string) => ModuleId | undefined;
  owned?: string[];
}

/**
 * The store of one repository opened for writing: the lock is held and the database open until
 * `dispose()`. Each `update()` is one index run in one transaction. `indexRepository` makes one run;
 * `watchRepository` keeps the writer and hands each run the paths its file events named.
 */
export interface IndexWriter {
  readonly root: string;
  readonly dbPath: string;
  /**
   * Brings the index up to date. Without a hint, every listed file is checked against its stored
   * stamp; with one, only the files it names (and those under directories it names) are, while the
   * module list, the listing and history are read again only when a hinted path can change them.
   */
  update(hint?: ChangeHint, signal?: AbortSignal): AsyncGenerator<IndexEvent, IndexStats>;
  /** What the last run read: the directories a watch must follow, and git's directory. */
  watched(): { dirs: string[]; gitDir: string | undefined };
  dispose(): void;
}

export async function openIndexWriter(options: Omit<IndexOptions, 'signal'>): Promise<IndexWriter> {
  const { root, dbPath } = resolveIndexedRepo(options.repo, options.db);
  const { config } = loadConfig(root);
  const release = acquireLock(`${dbPath}.lock`);
  // The default store lives inside the repository: keep it out of `git status` (as .venv or
  // node_modules tools do). A --db elsewhere is the user's folder, left as it is.
  if (!options.db) ignoreStoreInGit(dirname(dbPath));
  let db: Db;
  let upgraded: boolean;
  // A store file this writer creates and no run of it fills (the module list was refused, the run was
  // interrupted) is removed on dispose: a failed first `index` leaves no empty database behind.
  const createdHere = !existsSync(dbPath);
  let committed = false;
  try {
    ({ db, upgraded } = await openForWrite(dbPath, Boolean(options.rebuild)));
  } catch (error) {
    release();
    throw error;
  }
  // Files extracted by another modroute hold other facts under the same content hash: read and parse
  // them all again (a store with no files yet has nothing stale).
  const extractedWith = getMeta(db, 'extraction_version');
  // A store another repository that still exists was indexed into (`--db ../store.db` run from the wrong checkout) is
  // rebuilt, not updated: files of the same path and content read as unchanged, and the one tree's facts, history
  // and module list had stayed under the other's name without a word (a review indexed a plain tree, then its clone).
  const builtFrom = getMeta(db, 'root');
  // (a store in the tree's own folder belongs to the tree it sits in: a copied tree brings its index along)
  const otherRoot = options.db !== undefined && !options.rebuild && !upgraded && builtFrom !== undefined && builtFrom !== '' && resolve(builtFrom) !== resolve(root) && existsSync(builtFrom) ? builtFrom : undefined;
  let reextract = !upgraded && !options.rebuild && otherRoot === undefined && extractedWith !== String(EXTRACTION_VERSION) && hasFiles(db);
  // What the last run's discovery and walk read, to stat instead of reading it all again.
  const cache = options.rebuild || upgraded || reextract || otherRoot !== undefined ? {} : readFsCache(db);
  let state: TreeState = { config, discovery: cache.discovery, walk: cache.walk };
  // An index built from an explicit module list keeps using it: a plain `index` (or a watch) after
  // `index --modules FILE` must not swap the modules for discovered ones, which would change every id
  // and retire the trained model. `--rebuild` starts afresh, with discovery unless --modules is given.
  const remembered = options.modulesFile === undefined && !options.rebuild && config.modules === undefined ? getMeta(db, 'modules_file') : undefined;
  const modulesFile = options.modulesFile !== undefined ? resolve(options.modulesFile) : remembered !== undefined && existsSync(remembered) ? remembered : undefined;
  let modulesNotice: string | undefined;
  if (remembered !== undefined) {
    modulesNotice = modulesFile === remembered
      ? `using the module list this index was built with: ${remembered} (\`modroute index --rebuild\` discovers modules instead)`
      : `the module list this index was built with is gone (${remembered}): discovering modules instead`;
  }
  let gitDir: string | undefined;
  let rebuild = Boolean(options.rebuild) || otherRoot !== undefined;
  let otherRootNotice = otherRoot === undefined ? undefined : `this index was built from ${otherRoot}, not ${root}: rebuilding it for ${root} (give another --db to keep both)`;
  let disposed = false;

  async function* update(hint?: ChangeHint, signal?: AbortSignal): AsyncGenerator<IndexEvent, IndexStats> {
    const started = performance.now();
    if (upgraded) {
      upgraded = false;
      yield { kind: 'warning', message: 'the index was written by another modroute version; rebuilding it' };
    }
    if (otherRootNotice !== undefined) {
      yield { kind: 'warning', message: otherRootNotice };
      otherRootNotice = undefined;
    }
    // cleared only once a run commits: after a rollback the store still holds the old facts
    const reextractAll = reextract;
    if (reextract) {
      yield { kind: 'warning', message: `files were extracted by another modroute version (extraction v${extractedWith ?? 0}, now v${EXTRACTION_VERSION}); parsing every file again` };
    }
    const changes = hint ? classifyChanges(root, hint, state) : undefined;
    const config = changes?.config === false ? state.config : loadConfig(root).config;

    if (modulesNotice !== undefined) {
      yield { kind: 'warning', message: modulesNotice };
      modulesNotice = undefined;
    }
    yield { kind: 'phase', phase: 'discover', message: 'discovering modules' };
    const discovery = changes?.discovery === false && state.discovery
      ? state.discovery
      : await discoverModules(root, { modulesFile, config, previous: state.discovery });
    if (discovery !== state.discovery || !hint) for (const message of discovery.warnings) yield { kind: 'warning', message };
    const moduleOf = discovery === state.discovery && state.moduleOf ? state.moduleOf : createModuleResolver(discovery.modules);

    yield { kind: 'phase', phase: 'walk', message: 'listing files' };
    const walk = changes?.listing === false && state.walk
      ? state.walk
      : await walkRepository(root, {
        include: config.include,
        exclude: config.exclude,
        roots: discovery.source === 'list' ? discovery.modules.map((m) => m.path) : undefined,
        maxFiles: config.limits.maxFiles,
        previous: state.walk,
        ...(changes?.listing ? { relist: changes.relist } : {}),
      });
    if (walk !== state.walk || !hint) {
      if (walk.truncated) yield { kind: 'warning', message: `stopped listing files at limits.maxFiles = ${config.limits.maxFiles}` };
      for (const dir of walk.skipped.unreadableDirs) yield { kind: 'warning', message: 'directory cannot be read; skipped', file: dir };
    }
    const owned = walk === state.walk && moduleOf === state.moduleOf && state.owned ? state.owned : walk.files.filter((f) => moduleOf(f) !== undefined);
    // Discovery already says why when it found no candidate at all; say it here only for the other cases (a list of modules that own nothing).
    const discoveryExplained = discovery.warnings.some((w) => w.startsWith('no modules found'));
    if (discovery.modules.length === 0 && !discoveryExplained && (discovery !== state.discovery || !hint)) yield { kind: 'warning', message: 'no modules found: the directory has no source files' };

    // A module a list names that ends with no file (rubocop's `lib` once `lib/rubocop.rb` went to `lib/rubocop`): say so,
    // or answers can never name it and the user wonders why.
    if ((discovery.source === 'list' || discovery.source === 'config') && (discovery !== state.discovery || walk !== state.walk || !hint)) {
      const holding = new Set(owned.map((f) => moduleOf(f)));
      const missing = (id: string): boolean => discovery.warnings.some((w) => w.includes(`module "${id}" has no directory`));
      const empty = discovery.modules.filter((m) => !holding.has(m.id) && !missing(m.id)).map((m) => m.id);
      if (empty.length > 0) {
        yield { kind: 'warning', message: `${empty.length} listed module${empty.length === 1 ? ' holds' : 's hold'} no file (${empty.slice(0, 5).join(', ')}${empty.length > 5 ? ', …' : ''}): their folders are empty, skipped, or owned by a deeper module or by the folder module beside an entry file; answers never name them` };
      }
    }
    const outside = outsideModules(walk.files, moduleOf);
    const stats: IndexStats = {
      root, dbPath, modules: discovery.modules.length, discovery: discovery.source, files: owned.length, parsed: 0, unchanged: 0,
      removed: 0, rewritten: 0, skipped: { vendored: walk.skipped.vendored, generated: walk.skipped.generated, ignored: walk.skipped.ignored, excluded: walk.skipped.excluded,
        hidden: walk.skipped.hidden, symlinks: walk.skipped.symlinks, special: walk.skipped.special, 'outside-modules': walk.files.length - owned.length },
      bytesRead: 0, symbols: 0, edges: 0, commits: 0, history: 'unchanged', elapsedMs: 0, threads: 1,
      ...(outside ? { outsideModules: outside } : {}),
      // A list with the root module reads every folder (git's review: the note said otherwise).
      ...(discovery.source === 'list' && !discovery.modules.some((m) => m.path === '' || m.path === '.') ? { listedFoldersOnly: true as const } : {}),
    };
    // git runs as a child process; spawning one after the parsers' wasm memory is mapped costs
    // ~0.3 s of fork time, so history is read up front, while the process is still small.
    // A watch reads it only when git's HEAD or refs moved.
    let pendingHistory: ReturnType<typeof readHistory> | undefined;
    if (!config.history.enabled) stats.history = 'skipped';
    else if (!hint || hint.history) {
      const since = rebuild ? undefined : getMeta(db, 'history_head');
      pendingHistory = readHistory(root, { ...config.history, ...(since ? { since } : {}) });
      pendingHistory.catch(() => undefined); // awaited in the history phase; an early failure must not go unhandled
    }
    db.exec('BEGIN IMMEDIATE');
    try {
      if (rebuild) clearStore(db);
      writeFsCache(db, { discovery, walk }, { discovery: state.discovery, walk: state.walk });
      const writer = createFactWriter(db);
      const known = writer.known();

      // Like git's index: a file whose size and mtime match what was stored is not read again.
      // Anything else goes to the parser, which still compares content hashes before parsing.
      // With a hint, only the files it names are checked, and those no row holds yet.
      const hinted = changes && !reextractAll ? owned.filter((p) => changes.mayHaveChanged(p) || !known.has(p)) : owned;
      const hintedStamps = statAll(root, hinted);
      // Whether a script is compiled from the tree's sources depends on its source map and those sources: a script
      // whose map is new or changed is classified again…
      const remap = new Set<string>();
      for (const [i, path] of hinted.entries()) {
        if (!path.endsWith('.map')) continue;
        const prev = known.get(path);
        const st = hintedStamps[i];
        if (prev === undefined || st === undefined || prev.size !== st.size || prev.mtimeMs !== st.mtimeMs) remap.add(path.slice(0, -'.map'.length));
      }
      // …and when the tree gained files (sources may have appeared: a script beside its map), or lost some (a compiled
      // script's sources may be gone). Otherwise a compiled script is settled like any skipped file.
      let kept = 0;
      for (const p of owned) if (known.has(p)) kept++;
      const lostFiles = known.size > kept;
      if (owned.length > kept) for (const p of owned) if (p.endsWith('.map') && known.has(p.slice(0, -'.map'.length))) remap.add(p.slice(0, -'.map'.length));
      if (lostFiles) for (const [p, row] of known) if (row.status === 'skipped:compiled') remap.add(p);
      const hintedSet = new Set(hinted);
      const extra = remap.size === 0 ? [] : owned.filter((p) => remap.has(p) && !hintedSet.has(p));
      const candidates = extra.length === 0 ? hinted : [...hinted, ...extra];
      const stamps = extra.length === 0 ? hintedStamps : [...hintedStamps, ...statAll(root, extra)];
      stats.unchanged += owned.length - candidates.length;
      const jobs: ParseJob[] = [];
      for (const [i, path] of candidates.entries()) {
        const prev = known.get(path);
        const st = stamps[i];
        const recheck = remap.has(path);
        // (a file skipped as unreadable is retried: a chmod does not change its mtime)
        const settled = prev && !recheck && (prev.hash || (prev.status.startsWith('skipped:') && prev.status !== 'skipped:unreadable'));
        if (settled && !reextractAll && st && prev.size === st.size && prev.mtimeMs === st.mtimeMs) {
          stats.unchanged++;
          continue;
        }
        jobs.push({ path, absPath: join(root, path), maxFileBytes: config.limits.maxFileBytes, ...(config.limits.maxSourceFileBytes ? { maxSourceFileBytes: config.limits.maxSourceFileBytes } : {}), ...(prev?.hash && !reextractAll ? { knownHash: prev.hash } : {}), ...(recheck ? { recheck } : {}) });
      }
      // A file changed within the clock's granularity of this run could change again unseen with the
      // same size and mtime ("racy git"): store no stamp for it, so the next run hashes it.
      const racy = Date.now() - 2000;
      const stampOf = new Map(candidates.map((p, i) => [p, { size: stamps[i]?.size ?? 0, mtimeMs: stamps[i] && stamps[i].mtimeMs < racy ? stamps[i].mtimeMs : null }]));

      yield { kind: 'phase', phase: 'parse', message: `reading and parsing ${jobs.length} of ${owned.length} files` };
      const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), 16));
      const useWorkers = threads > 1 && jobs.length >= MIN_FILES_FOR_WORKERS;
      // tree-sitter loads only when a file needs parsing (about 0.2 s in a new process)
      if (!useWorkers && jobs.length > 0) warmParserInThread(jobs.map((j) => j.path));
      stats.threads = useWorkers ? threads : 1;
      let lastEmit = 0;
      let done = 0;
      for await (const r of runParseJobs(jobs, useWorkers ? threads : 0, signal)) {
        done++;
        record(r, writer, stats, stampOf.get(r.path) ?? { size: 0, mtimeMs: null }, known.size === 0 ? 'fresh' : known.get(r.path)?.status);
        if (r.status === 'skipped' && r.reason === 'unreadable') yield { kind: 'warning', message: `cannot be read (${r.detail ?? 'error'}); skipped`, file: r.path };
        const now = performance.now();
        if (now - lastEmit > 100 || done === jobs.length) {
          lastEmit = now;
          yield { kind: 'progress', phase: 'parse', done, total: jobs.length, bytes: stats.bytesRead };
        }
      }
      if (owned !== state.owned || !changes) {
        const present = new Set(owned);
        for (const path of known.keys()) {
          if (!present.has(path)) {
            writer.remove(path);
            stats.removed++;
          }
        }
      }

      let historyUpdate: 'replaced' | string[] = [];
      if (pendingHistory) {
        yield { kind: 'phase', phase: 'history', message: 'reading git history' };
        const history = await pendingHistory;
        gitDir = history.gitDir;
        if (history.kind === 'none') {
          stats.history = history.reason;
          yield { kind: 'warning', message: `${history.reason}: history skipped` };
          if ((db.prepare('SELECT COUNT(*) FROM commits').pluck().get() as number) > 0) historyUpdate = 'replaced';
          writeHistory(db, [], true);
          // as a fresh index would have it: no head to read history on from
          db.prepare(`DELETE FROM meta WHERE key IN ('head', 'history_head')`).run();
        } else {
          historyUpdate = history.kind === 'full' ? 'replaced' : history.commits.map((c) => c.sha);
          writeHistory(db, history.commits, history.kind === 'full');
          setMeta(db, 'history_head', history.head);
          setMeta(db, 'head', history.head);
          stats.history = history.kind;
          if (history.capped !== undefined) stats.historyCapped = history.capped;
        }
      }

      yield { kind: 'phase', phase: 'graph', message: 'building the module graph' };
      // Module attributes, edges and summaries derive from the files, the module list and history;
      // updateModules recomputes only what this run's changes reach.
      // Which module owns which file follows from the list and the ownership rules (OWNERSHIP_RULES_VERSION).
      const signature = createHash('sha1').update(`${OWNERSHIP_RULES_VERSION}\0${JSON.stringify(discovery.modules)}`).digest('hex');
      const graph = updateModules(db, {
        root, modules: discovery.modules, moduleOf, allFiles: walk.files, full: getMeta(db, 'modules_signature') !== signature,
        files: writer.changes, history: historyUpdate,
      });
      stats.edges = graph.edges;
      setMeta(db, 'modules_signature', signature);
      // every stored file is owned (files outside all modules are never written, and removed), so no join
      stats.symbols = db.prepare('SELECT COUNT(*) FROM symbols').pluck().get() as number;
      stats.commits = db.prepare('SELECT COUNT(*) FROM commits').pluck().get() as number;
      const stored = db.prepare(`SELECT module_id AS id, path, language FROM files WHERE module_id IS NOT NULL AND status NOT LIKE 'skipped:%'`).all() as StoredFile[];
      Object.assign(stats, codeStats(stored, discovery.modules));
      const parsedCount = stored.filter((f) => f.language !== null).length;
      const broken = db.prepare(`SELECT path FROM files WHERE module_id IS NOT NULL AND has_errors = 1 ORDER BY path`).pluck().all() as string[];
      if (broken.length > 0) stats.parseErrors = { files: broken.length, of: parsedCount, examples: broken.slice(0, PARSE_ERROR_EXAMPLES) };
      // Files skipped when read (binary, too large …) are counted from the store, not from this run: an
      // unchanged binary is not read again, yet the index still leaves it out, and the summary says so.
      for (const r of db.prepare(`SELECT substr(status, 9) AS reason, COUNT(*) AS n FROM files WHERE status LIKE 'skipped:%' GROUP BY status`).all() as { reason: SkipReason; n: number }[]) {
        // generated: those the walk left out by .gitattributes too
        stats.skipped[r.reason] = r.n + (r.reason === 'generated' ? walk.skipped.generated : 0);
      }
      // …and named, a few per reason (several reviews had to query the store to learn which package-lock.json it was)
      const named: Record<string, string[]> = {};
      for (const r of db.prepare(`SELECT substr(status, 9) AS reason, path FROM files WHERE status LIKE 'skipped:%' ORDER BY status, size DESC, path`).all() as { reason: string; path: string }[]) {
        const list = (named[r.reason] ??= []);
        if (list.length < SKIPPED_NAMED) list.push(r.path);
      }
      if (walk.vendoredDirs.length > 0) named.vendored = walk.vendoredDirs.slice(0, SKIPPED_NAMED);
      if (Object.keys(named).length > 0) stats.skippedFiles = named;
      setMeta(db, 'root', root);
      setMeta(db, 'discovery', discovery.source);
      if (modulesFile !== undefined && existsSync(modulesFile)) setMeta(db, 'modules_file', modulesFile);
      else db.prepare(`DELETE FROM meta WHERE key = 'modules_file'`).run();
      setMeta(db, 'indexed_at', new Date().toISOString());
      setMeta(db, 'extraction_version', String(EXTRACTION_VERSION));
      if (graph.changed || !getMeta(db, 'fingerprint')) setMeta(db, 'fingerprint', graphFingerprint(db));
      signal?.throwIfAborted();
      yield { kind: 'phase', phase: 'commit', message: 'writing the index' };
      db.exec('COMMIT');
      committed = true;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      if (isCorruption(error)) throw new IndexCorruptError(dbPath, (error as Error).message);
      throw error;
    }
    // Only a committed run moves what the next one starts from: after a rollback the store still
    // matches the old state, so a watch's next run (given no hint) checks everything again.
    state = { config, discovery, walk, moduleOf, owned };
    rebuild = false;
    reextract = false;
    stats.elapsedMs = Math.round(performance.now() - started);
    yield { kind: 'done', stats };
    return stats;
  }

  return {
    root,
    dbPath,
    update,
    watched: () => ({ dirs: watchedDirs(state), gitDir }),
    dispose() {
      if (disposed) return;
      disposed = true;
      db.close();
      if (createdHere && !committed) for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(file, { force: true });
      release();
    },
  };
}

/** Directories whose listing or files the last run read: a change the index depends on shows up in one of them. */
function watchedDirs(state: TreeState): string[] {
  const dirs = new Set<string>();
  for (const [path, kind] of [...(state.walk?.reads ?? []), ...(state.discovery?.reads ?? [])]) {
    if (kind === 'dir') dirs.add(path);
    else if (kind === 'file') dirs.add(parentDir(path));
  }
  return [...dirs].sort();
}

async function openForWrite(dbPath: string, rebuild: boolean): Promise<{ db: Db; upgraded: boolean }> {
  try {
    return { db: await openStore(dbPath, { create: true }), upgraded: false };
  } catch (error) {
    // An index of an older schema is ours and holds only derived data: rebuild it. A file we cannot
    // read (corrupt, foreign) is replaced only on an explicit --rebuild; otherwise the user decides.
    if (error instanceof IndexSchemaMismatchError || (rebuild && error instanceof IndexCorruptError)) {
      return { db: await openStore(dbPath, { create: true, wipe: true }), upgraded: error instanceof IndexSchemaMismatchError };
    }
    throw error;
  }
}

function hasFiles(db: Db): boolean {
  return db.prepare('SELECT 1 FROM files LIMIT 1').get() !== undefined;
}

/**
 * `before`: the file's stored status (undefined: a new file), or `fresh` on a store that held no file. A skipped file
 * is a rewrite unless it was skipped for the same reason before, or the store is new (a first index's skipped files
 * are no change; a watch must see a new one, or it reports nothing and keeps a stale search cache).
 */
function record(r: ParseResult, writer: ReturnType<typeof createFactWriter>, stats: IndexStats, stamp: { size: number; mtimeMs: number | null }, before: string | undefined): void {
  const { mtimeMs } = stamp;
  if (r.status === 'unchanged') {
    // same content, new mtime (a checkout, a touch): remember the new stamp
    stats.unchanged++;
    writer.touch(r.path, mtimeMs);
    return;
  }
  if (r.status === 'skipped') {
    stats.skipped[r.reason] = (stats.skipped[r.reason] ?? 0) + 1;
    if (before !== 'fresh' && before !== `skipped:${r.reason}`) stats.rewritten++;
    writer.write({ path: r.path, hash: null, language: null, size: r.size ?? stamp.size, lines: 0, mtimeMs, status: `skipped:${r.reason}`, facts: null });
    return;
  }
  stats.parsed++;
  stats.bytesRead += r.size;
  writer.write({ path: r.path, hash: r.hash, language: r.language, size: r.size, lines: r.lines, mtimeMs, status: 'parsed', facts: r.facts, ...(r.terms ? { terms: r.terms } : {}) });
}

/** Writes `*` into the store folder's .gitignore once; a folder that can't take it just stays visible. */
function ignoreStoreInGit(storeDir: string): void {
  const file = join(storeDir, '.gitignore');
  if (existsSync(file)) return;
  try {
    writeFileSync(file, '# modroute index and models: local, rebuilt by `modroute index`\n*\n');
  } catch {
    // read-only: the lock above was created, so this is unlikely; nothing depends on it
  }
}

/** The files of folders no module holds, by top-level folder, and those at the root no module holds (a README, a licence). */
const outsideModules = (files: readonly string[], moduleOf: (file: string) => unknown): IndexStats['outsideModules'] => {
  const byFolder = new Map<string, number>();
  let count = 0;
  let rootFiles = 0;
  for (const f of files) {
    if (moduleOf(f) !== undefined) continue;
    const slash = f.indexOf('/');
    if (slash < 0) {
      rootFiles++;
      continue;
    }
    const folder = f.slice(0, slash);
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + 1);
    count++;
  }
  return count + rootFiles === 0 ? undefined : { files: count, byFolder: [...byFolder].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)), rootFiles };
};
