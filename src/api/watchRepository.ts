import { relative } from 'node:path';
import { IndexCorruptError, ModrouteError, NothingToWatchError, WatchLimitError } from '../errors.ts';
import { watchDirectories, type DirectoryWatch } from '../graph/watchDirectories.ts';
import type { ChangeHint } from './classifyChanges.ts';
import type { IndexEvent, IndexStats } from './IndexEvent.ts';
import type { IndexOptions } from './indexRepository.ts';
import { openIndexWriter } from './openIndexWriter.ts';
import { warmSearchCache } from './warmSearchCache.ts';

export interface WatchOptions extends IndexOptions {
  /** Quiet time after the last file event before a re-index starts (default 20 ms): an editor's save is a burst. */
  debounceMs?: number;
  /** A burst that goes on longer than this is indexed anyway, and the rest in the next run (default 1000 ms). */
  maxDelayMs?: number;
  /** Check every file's stamp this often instead of following file events (default: only when the system refuses watches). */
  pollMs?: number;
  /**
   * After a change, rebuild the search index once no file event came for this long (default 1500 ms),
   * so a burst of saves costs one rebuild and the next `ask` finds it built. `warmCache: false` turns it off.
   */
  cacheIdleMs?: number;
}

export type WatchEvent =
  | IndexEvent
  /** The first index is done; from now on changes are followed, by file events or by polling. */
  | { kind: 'watching'; mode: 'events' | 'polling'; directories: number; reason?: string }
  /**
   * One re-index: `paths`, the paths the events named (sorted); `history`, whether git history was read
   * again; `changed`, whether any file row or the history changed (an event on an ignored file changes nothing).
   */
  | { kind: 'reindexed'; stats: IndexStats; paths: string[]; history: boolean; changed: boolean }
  /** The search index was rebuilt for the graph as it now is (after changes, once the tree was quiet). */
  | { kind: 'cached'; elapsedMs: number };

/**
 * Indexes the repository, then keeps the index up to date until `signal` aborts (or the consumer
 * stops iterating): file events on the directories the index listed are debounced, and each burst is
 * re-indexed in one transaction from the paths it named, with the store, grammars and file stamps
 * kept in memory, to the same result as a `--rebuild`. The writer's lock is held throughout, so a
 * second `index` is refused. Aborting mid-run rolls that run back; the store stays consistent.
 */
export async function* watchRepository(options: WatchOptions = {}): AsyncGenerator<WatchEvent, void> {
  const { signal } = options;
  const writer = await openIndexWriter(options);
  let tree: DirectoryWatch | undefined;
  let git: DirectoryWatch | undefined;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);
  try {
    const first = yield* writer.update(undefined, signal);
    if (first.modules === 0) throw new NothingToWatchError(writer.root);
    // The search index is built as a one-shot `index` builds it, but only once changes are followed
    // (a save during the build must not be missed). Reading while the writer holds its lock is fine:
    // the lock keeps out writers, and SQLite's WAL serves readers.
    const warm = options.warmCache !== false;
    const cacheIdleMs = options.cacheIdleMs ?? 1500;
    let stale = false;
    const rebuildCache = async function* (): AsyncGenerator<WatchEvent> {
      stale = false;
      const startedAt = performance.now();
      const warning = await warmSearchCache(options);
      yield warning ? { kind: 'warning', message: warning } : { kind: 'cached', elapsedMs: Math.round(performance.now() - startedAt) };
    };

    let pending = new Set<string>();
    let history = false;
    let burstStart = 0;
    let ready = false;
    const debounceMs = options.debounceMs ?? 20;
    const maxDelayMs = options.maxDelayMs ?? 1000;
    const schedule = () => {
      const now = performance.now();
      if (timer === undefined) burstStart = now;
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        ready = true;
        wake?.();
      }, Math.max(0, Math.min(debounceMs, burstStart + maxDelayMs - now)));
    };
    // The store's own writes (a --db inside a listed directory) must not trigger runs of their own.
    const own = relative(writer.root, writer.dbPath);
    const onTreePath = (path: string) => {
      if (path === own || path.startsWith(`${own}-`) || path.startsWith(`${own}.`)) return;
      pending.add(path);
      schedule();
    };

    let mode: 'events' | 'polling' = options.pollMs ? 'polling' : 'events';
    let reason: string | undefined;
    const follow = (): string[] => {
      const { dirs, gitDir } = writer.watched();
      const added = (tree ??= watchDirectories(writer.root, onTreePath)).sync(dirs);
      if (gitDir) {
        // HEAD moves on a checkout, a branch file or packed-refs on a commit; `index` and lock files on every `git add`
        git ??= watchDirectories(gitDir, (path) => {
          if (!(path === 'HEAD' || path === 'packed-refs' || path.startsWith('refs/')) || path.endsWith('.lock')) return;
          history = true;
          schedule();
        });
        git.sync(['', 'refs/heads']);
      }
      return added;
    };
    if (mode === 'events') {
      try {
        follow();
      } catch (error) {
        if (!(error instanceof WatchLimitError)) throw error;
        mode = 'polling';
        reason = error.message;
        tree?.close();
        git?.close();
      }
    }
    yield { kind: 'watching', mode, directories: tree?.size ?? 0, ...(reason ? { reason } : {}) };
    if (warm && !signal?.aborted) yield* rebuildCache();
    const pollMs = options.pollMs ?? 1000;
    let full = false;
    let commits = first.commits;

    while (!signal?.aborted) {
      if (mode === 'polling') {
        await new Promise<void>((r) => {
          wake = r;
          setTimeout(r, pollMs);
        });
        full = true;
      } else if (!ready) {
        if (!stale) {
          await new Promise<void>((r) => { wake = r; });
          continue;
        }
        // Rebuild the search index while the user is not saving, rather than on their next `ask`.
        let idle: NodeJS.Timeout | undefined;
        await new Promise<void>((r) => {
          wake = r;
          idle = setTimeout(r, cacheIdleMs);
        });
        clearTimeout(idle);
        if (!ready && !signal?.aborted) yield* rebuildCache();
        continue;
      }
      wake = undefined;
      if (signal?.aborted) break;
      ready = false;
      const hint: ChangeHint = { paths: pending, history };
      pending = new Set();
      history = false;
      let stats: IndexStats | undefined;
      try {
        for await (const event of writer.update(full ? undefined : hint, signal)) {
          if (event.kind === 'warning') yield event;
          else if (event.kind === 'done') stats = event.stats;
        }
        full = false;
      } catch (error) {
        if (signal?.aborted) break;
        // A half-saved config or module list is a moment of an edit, not the end of the watch:
        // say so, and check everything once the next change arrives.
        if (!(error instanceof ModrouteError) || error instanceof IndexCorruptError) throw error;
        yield { kind: 'warning', message: `re-index failed: ${error.message}` };
        full = true;
        continue;
      }
      if (!stats) continue;
      // (a new branch moves a ref but adds no commit: history was read, nothing changed)
      const changed = stats.parsed + stats.rewritten + stats.removed > 0 || stats.commits !== commits || stats.history === 'full';
      commits = stats.commits;
      if (mode === 'events') {
        // Files created in a new directory before its watch began raised no event: look once more.
        for (const dir of follow()) onTreePath(dir);
      }
      // Each change moves the graph's fingerprint, so the cached search index is stale.
      if (changed && warm) stale = true;
      if (mode === 'events' || changed) yield { kind: 'reindexed', stats, paths: [...hint.paths].sort(), history: hint.history, changed };
      if (stale && mode === 'polling' && !signal?.aborted) yield* rebuildCache();
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    tree?.close();
    git?.close();
    writer.dispose();
  }
}
