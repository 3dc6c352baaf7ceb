import type { IndexEvent, IndexStats } from './IndexEvent.ts';
import { openIndexWriter } from './openIndexWriter.ts';

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

/**
 * Builds or updates the module knowledge graph of a repository. Yields progress and warnings; the
 * last event is `done` with the stats. Everything is written in one transaction: an interrupted run
 * (error, abort, kill -9) leaves the previous index exactly as it was. A second writer on the same
 * store is refused (IndexLockedError) before anything is read.
 */
export async function* indexRepository(options: IndexOptions = {}): AsyncGenerator<IndexEvent, IndexStats> {
  const writer = await openIndexWriter(options);
  try {
    return yield* writer.update(undefined, options.signal);
  } finally {
    writer.dispose();
  }
}
