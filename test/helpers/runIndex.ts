import assert from 'node:assert/strict';
import type { IndexEvent, IndexStats } from '../../src/api/IndexEvent.ts';
import { indexRepository, type IndexOptions } from '../../src/api/indexRepository.ts';

/** Drains indexRepository and returns the final stats and every event. */
export async function runIndex(options: IndexOptions): Promise<{ stats: IndexStats; events: IndexEvent[] }> {
  const events: IndexEvent[] = [];
  let stats: IndexStats | undefined;
  for await (const e of indexRepository(options)) {
    events.push(e);
    if (e.kind === 'done') stats = e.stats;
  }
  assert.ok(stats, 'indexing must end with a done event');
  return { stats, events };
}
