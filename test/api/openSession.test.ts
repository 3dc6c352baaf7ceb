import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openSession } from '../../src/api/openSession.ts';
import { useFixture } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

const query = 'refresh the oauth access token before it expires';

describe('openSession: what a one-shot ask loads', () => {
  it('answers lexical from the cached index without loading the graph, and the same as with it', async () => {
    const repo = useFixture('ts-monorepo-history');
    await runIndex({ repo });
    const first = await openSession({ repo });
    const built = await first.ask(query, { backend: 'lexical', top: 3 });
    await first.dispose();

    const second = await openSession({ repo });
    const loadGraph = second.index.graph.bind(second.index);
    let loads = 0;
    (second.index as { graph: () => ReturnType<typeof loadGraph> }).graph = () => {
      loads++;
      return loadGraph();
    };
    const cached = await second.ask(query, { backend: 'lexical', top: 3 });
    assert.equal(loads, 0);
    assert.deepEqual(cached.modules, built.modules);
    // A backend that reads modules gets them: bm25's index is not cached yet, so it builds from the graph.
    await second.ask(query, { backend: 'bm25', top: 3 });
    assert.ok(loads > 0);
    await second.dispose();
  });
});
