import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/loadConfig.ts';
import { IndexCorruptError, IndexSchemaMismatchError } from '../errors.ts';
import { createModuleResolver } from '../graph/discovery/createModuleResolver.ts';
import { discoverModules } from '../graph/discovery/discoverModules.ts';
import { createParsePool, parseFileInThread, warmParserInThread, type ParseJob, type ParseResult } from '../graph/parse/index.ts';
import { readHistory } from '../graph/readHistory.ts';
import { acquireLock } from '../graph/store/acquireLock.ts';
import { createFactWriter } from '../graph/store/createFactWriter.ts';
import { readFsCache, writeFsCache } from '../graph/store/fsCache.ts';
import { getMeta, isCorruption, openStore, setMeta, type Db } from '../graph/store/openStore.ts';
import { updateModules } from '../graph/store/updateModules.ts';
import { writeHistory } from '../graph/store/writeHistory.ts';
import { walkRepository } from '../graph/walkRepository.ts';
import type { IndexEvent, IndexStats } from './IndexEvent.ts';
import { resolveRepo } from './resolveRepo.ts';

export interface IndexOptions {
  /** Repository directory (default: current directory). */
  repo?: string;
  /** Index database path (default: <repo>/.modroute/index.db). */
  db?: string;
  /** Explicit module list (JSON), overriding config and manifests. */
  modulesFile?: string;
  /** Start over instead of re-parsing only changed files. */
  rebuild?: boolean;
  /** Parser threads (default: the number of cores). */
  threads?: number;
  signal?: AbortSignal;
}

/** Below this many files to parse, worker start-up costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

/**
 * Builds or updates the module knowledge graph of a repository. Yields progress and warnings; the
 * last event is `done` with the stats. Everything is written in one transaction: an interrupted run
 * (error, abort, kill -9) leaves the previous index exactly as it was.
 */
export async function* indexRepository(options: IndexOptions = {}): AsyncGenerator<IndexEvent, IndexStats> {
  const started = performance.now();
  const { root, dbPath } = resolveRepo(options.repo, options.db);
  const { config } = loadConfig(root);

  yield { kind: 'phase', phase: 'discover', message: 'discovering modules' };
  // What the last run's discovery and walk read, to stat instead of reading it all again.
  const fsCache = options.rebuild ? {} : await readFsCache(dbPath);
  // A re-index usually parses a few files here, on this thread: start compiling tree-sitter's wasm
  // now, on V8's background threads, rather than after the walk and the stats.
  if (fsCache.walk) warmParserInThread();
  const discovery = await discoverModules(root, { modulesFile: options.modulesFile, config, previous: fsCache.discovery });
  for (const message of discovery.warnings) yield { kind: 'warning', message };
  const moduleOf = createModuleResolver(discovery.modules);

  yield { kind: 'phase', phase: 'walk', message: 'listing files' };
  const walk = await walkRepository(root, {
    include: config.include,
    exclude: config.exclude,
    roots: discovery.source === 'list' ? discovery.modules.map((m) => m.path) : undefined,
    maxFiles: config.limits.maxFiles,
    previous: fsCache.walk,
  });
  if (walk.truncated) yield { kind: 'warning', message: `stopped listing files at limits.maxFiles = ${config.limits.maxFiles}` };
  for (const dir of walk.skipped.unreadableDirs) yield { kind: 'warning', message: 'directory cannot be read; skipped', file: dir };
  const owned = walk.files.filter((f) => moduleOf(f) !== undefined);
  if (discovery.modules.length === 0) yield { kind: 'warning', message: 'no modules found: the directory has no source files' };

  const release = acquireLock(`${dbPath}.lock`);
  // git runs as a child process; spawning one after the parsers' wasm memory is mapped costs
  // ~0.3 s of fork time, so history is read up front, while the process is still small.
  let pendingHistory: ReturnType<typeof readHistory> | undefined;
  let db: Db | undefined;
  try {
    const opened = await openForWrite(dbPath, Boolean(options.rebuild));
    db = opened.db;
    if (opened.upgraded) yield { kind: 'warning', message: 'the index was written by another modroute version; rebuilding it' };
    const stats: IndexStats = {
      root, dbPath, modules: discovery.modules.length, discovery: discovery.source, files: owned.length, parsed: 0, unchanged: 0,
      removed: 0, rewritten: 0, skipped: { vendored: walk.skipped.vendored, ignored: walk.skipped.ignored, excluded: walk.skipped.excluded,
        symlinks: walk.skipped.symlinks, special: walk.skipped.special, 'outside-modules': walk.files.length - owned.length },
      bytesRead: 0, symbols: 0, edges: 0, commits: 0, history: 'skipped', elapsedMs: 0, threads: 1,
    };
    if (config.history.enabled) {
      const since = options.rebuild ? undefined : getMeta(db, 'history_head');
      pendingHistory = readHistory(root, { ...config.history, ...(since ? { since } : {}) });
      pendingHistory.catch(() => undefined); // awaited in the history phase; an early failure must not go unhandled
    }
    db.exec('BEGIN IMMEDIATE');
    try {
      if (options.rebuild) clearAll(db);
      writeFsCache(db, { discovery, walk }, fsCache);
      const writer = createFactWriter(db);
      const known = writer.known();

      // Like git's index: a file whose size and mtime match what was stored is not read again.
      // Anything else goes to the parser, which still compares content hashes before parsing.
      const stamps = statAll(root, owned);
      const jobs: ParseJob[] = [];
      for (const [i, path] of owned.entries()) {
        const prev = known.get(path);
        const st = stamps[i];
        // (a file skipped as unreadable is retried: a chmod does not change its mtime)
        const settled = prev && (prev.hash || (prev.status.startsWith('skipped:') && prev.status !== 'skipped:unreadable'));
        if (settled && st && prev.size === st.size && prev.mtimeMs === st.mtimeMs) {
          stats.unchanged++;
          continue;
        }
        jobs.push({ path, absPath: join(root, path), maxFileBytes: config.limits.maxFileBytes, ...(prev?.hash ? { knownHash: prev.hash } : {}) });
      }
      // A file changed within the clock's granularity of this run could change again unseen with the
      // same size and mtime ("racy git"): store no stamp for it, so the next run hashes it.
      const racy = Date.now() - 2000;
      const stampOf = new Map(owned.map((p, i) => [p, { size: stamps[i]?.size ?? 0, mtimeMs: stamps[i] && stamps[i].mtimeMs < racy ? stamps[i].mtimeMs : null }]));

      yield { kind: 'phase', phase: 'parse', message: `reading and parsing ${jobs.length} of ${owned.length} files` };
      const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), 16));
      const useWorkers = threads > 1 && jobs.length >= MIN_FILES_FOR_WORKERS;
      if (!useWorkers) warmParserInThread(jobs.map((j) => j.path));
      stats.threads = useWorkers ? threads : 1;
      let lastEmit = 0;
      let done = 0;
      for await (const r of runJobs(jobs, useWorkers ? threads : 0, options.signal)) {
        done++;
        record(r, writer, stats, stampOf.get(r.path) ?? { size: 0, mtimeMs: null });
        if (r.status === 'skipped' && r.reason === 'unreadable') yield { kind: 'warning', message: `cannot be read (${r.detail ?? 'error'}); skipped`, file: r.path };
        const now = performance.now();
        if (now - lastEmit > 100 || done === jobs.length) {
          lastEmit = now;
          yield { kind: 'progress', phase: 'parse', done, total: jobs.length, bytes: stats.bytesRead };
        }
      }
      const present = new Set(owned);
      for (const path of known.keys()) {
        if (!present.has(path)) {
          writer.remove(path);
          stats.removed++;
        }
      }

      let historyUpdate: 'replaced' | string[] = [];
      if (config.history.enabled) {
        yield { kind: 'phase', phase: 'history', message: 'reading git history' };
        const history = await (pendingHistory as ReturnType<typeof readHistory>);
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
        }
      }

      yield { kind: 'phase', phase: 'graph', message: 'building the module graph' };
      // Module attributes, edges and summaries derive from the files, the module list and history;
      // updateModules recomputes only what this run's changes reach.
      const signature = createHash('sha1').update(JSON.stringify(discovery.modules)).digest('hex');
      const graph = updateModules(db, {
        root, modules: discovery.modules, moduleOf, allFiles: walk.files, full: getMeta(db, 'modules_signature') !== signature,
        files: writer.changes, history: historyUpdate,
      });
      stats.edges = graph.edges;
      setMeta(db, 'modules_signature', signature);
      // every stored file is owned (files outside all modules are never written, and removed), so no join
      stats.symbols = db.prepare('SELECT COUNT(*) FROM symbols').pluck().get() as number;
      stats.commits = db.prepare('SELECT COUNT(*) FROM commits').pluck().get() as number;
      setMeta(db, 'root', root);
      setMeta(db, 'discovery', discovery.source);
      setMeta(db, 'indexed_at', new Date().toISOString());
      if (graph.changed || !getMeta(db, 'fingerprint')) setMeta(db, 'fingerprint', fingerprint(db));
      options.signal?.throwIfAborted();
      yield { kind: 'phase', phase: 'commit', message: 'writing the index' };
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      if (isCorruption(error)) throw new IndexCorruptError(dbPath, (error as Error).message);
      throw error;
    }
    stats.elapsedMs = Math.round(performance.now() - started);
    yield { kind: 'done', stats };
    return stats;
  } finally {
    db?.close();
    release();
  }
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

function clearAll(db: Db): void {
  db.exec(`DELETE FROM files; DELETE FROM symbols; DELETE FROM imports; DELETE FROM edges; DELETE FROM modules;
    DELETE FROM commits; DELETE FROM commit_files; DELETE FROM commit_modules; DELETE FROM artifacts; DELETE FROM fs_cache;
    DELETE FROM meta WHERE key NOT IN ('app', 'schema_version');`);
}

function record(r: ParseResult, writer: ReturnType<typeof createFactWriter>, stats: IndexStats, stamp: { size: number; mtimeMs: number | null }): void {
  const { mtimeMs } = stamp;
  if (r.status === 'unchanged') {
    // same content, new mtime (a checkout, a touch): remember the new stamp
    stats.unchanged++;
    writer.touch(r.path, mtimeMs);
    return;
  }
  if (r.status === 'skipped') {
    stats.skipped[r.reason] = (stats.skipped[r.reason] ?? 0) + 1;
    stats.rewritten++;
    writer.write({ path: r.path, hash: null, language: null, size: r.size ?? stamp.size, lines: 0, mtimeMs, status: `skipped:${r.reason}`, facts: null });
    return;
  }
  stats.parsed++;
  stats.bytesRead += r.size;
  writer.write({ path: r.path, hash: r.hash, language: r.language, size: r.size, lines: r.lines, mtimeMs, status: 'parsed', facts: r.facts });
}

/** Runs parse jobs with a bounded number in flight and yields results as they complete. */
async function* runJobs(jobs: ParseJob[], threads: number, signal?: AbortSignal): AsyncGenerator<ParseResult> {
  if (threads === 0) {
    for (const job of jobs) {
      signal?.throwIfAborted();
      yield await parseFileInThread(job);
    }
    return;
  }
  const pool = createParsePool({ threads });
  try {
    const window = threads * 4;
    const ready: ParseResult[] = [];
    let wake: (() => void) | undefined;
    let failure: unknown;
    let next = 0;
    let inFlight = 0;
    const launch = () => {
      while (inFlight < window && next < jobs.length) {
        const job = jobs[next++] as ParseJob;
        inFlight++;
        pool.run(job).then(
          (r) => { ready.push(r); },
          (e: unknown) => { failure = e; },
        ).finally(() => { inFlight--; wake?.(); });
      }
    };
    launch();
    while (ready.length || inFlight || next < jobs.length) {
      if (failure) throw failure;
      signal?.throwIfAborted();
      if (!ready.length) {
        await new Promise<void>((r) => { wake = r; });
        wake = undefined;
        continue;
      }
      const r = ready.shift() as ParseResult;
      launch();
      yield r;
    }
    if (failure) throw failure;
  } finally {
    await pool.close();
  }
}

function statAll(root: string, paths: string[]): ({ size: number; mtimeMs: number } | undefined)[] {
  // Synchronous: one lstat is a few microseconds of syscall, while fs/promises paid a thread-pool
  // round trip and a promise for each (about 5x the time on 4,000 files).
  return paths.map((p) => {
    try {
      const s = lstatSync(join(root, p));
      return { size: s.size, mtimeMs: s.mtimeMs };
    } catch {
      return undefined; // gone or unreadable: the parser reports which
    }
  });
}

function fingerprint(db: Db): string {
  const h = createHash('sha1');
  for (const r of db.prepare('SELECT path, hash, module_id FROM files ORDER BY path').raw().iterate() as Iterable<unknown[]>) h.update(r.join('\0') + '\n');
  for (const r of db.prepare('SELECT src, dst, weight FROM edges ORDER BY src, dst').raw().iterate() as Iterable<unknown[]>) h.update(r.join('\0') + '\n');
  for (const r of db.prepare('SELECT id, path FROM modules ORDER BY id').raw().iterate() as Iterable<unknown[]>) h.update(r.join('\0') + '\n');
  h.update(getMeta(db, 'head') ?? '');
  return h.digest('hex').slice(0, 16);
}

