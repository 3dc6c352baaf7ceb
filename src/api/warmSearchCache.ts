import type { IndexOptions } from './indexRepository.ts';
import { openSession } from './openSession.ts';

/**
 * Opens the fresh index as `ask` would (config included) and builds the lexical backend, which writes
 * its cache beside the store. The graph is already safe on disk: a failure here only comes back as a
 * warning to show, and the first `ask` builds the cache instead.
 */
export async function warmSearchCache(options: Pick<IndexOptions, 'repo' | 'db'>): Promise<string | undefined> {
  try {
    const session = await openSession({ ...(options.repo !== undefined ? { repo: options.repo } : {}), ...(options.db !== undefined ? { db: options.db } : {}) });
    try {
      await session.backend('lexical');
    } finally {
      await session.dispose();
    }
    return undefined;
  } catch (error) {
    return `search index not cached (the first ask will build it): ${error instanceof Error ? error.message : String(error)}`;
  }
}
