import type { IndexEvent, IndexStats } from './IndexEvent.ts';
import { openIndexWriter } from './openIndexWriter.ts';
import { warmSearchCache } from './warmSearchCache.ts';

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
  /**
   * Build the lexical search index (the `lexical` and `hybrid` backends' cache) right after the graph
   * is written, so the first `ask` does not pay for it (default true; seconds on a large repository).
   */
  warmCache?: boolean;
  signal?: AbortSignal;
}

/**
 * Builds or updates the module knowledge graph of a repository. Yields progress and warnings; the
 * last event is `done` with the stats. Everything is written in one transaction: an interrupted run
 * (error, abort, kill -9) leaves the previous index exactly as it was. A second writer on the same
 * store is refused (IndexLockedError) before anything is read.
 */
export async function* indexRepository(options: IndexOptions = {}): AsyncGenerator<IndexEvent, IndexStats> {
  const writer = await openIndexWriter(options);
  let stats: IndexStats;
  let done: IndexEvent | undefined;
  try {
    const run = writer.update(undefined, options.signal);
    for (;;) {
      const next = await run.next();
      if (next.done) {
        stats = next.value;
        break;
      }
      // `done` stays the last event: the cache is built first.
      if (next.value.kind === 'done') done = next.value;
      else yield next.value;
    }
  } finally {
    writer.dispose();
  }
  if (options.warmCache !== false && !options.signal?.aborted) {
    yield { kind: 'phase', phase: 'cache', message: 'building the search index' };
    const started = performance.now();
    const warning = await warmSearchCache(options);
    if (warning) yield { kind: 'warning', message: warning };
    // The time reported is the whole run's: the search index is part of what `index` does.
    // (`done` carries this same stats object.)
    stats.elapsedMs += Math.round(performance.now() - started);
  }
  if (done) yield done;
  return stats;
}
