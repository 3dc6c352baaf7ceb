import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { detachGraph } from '../../src/graph/detachGraph.ts';
import type { ModuleGraph } from '../../src/graph/ModuleGraph.ts';
import { featureNames } from '../../src/train/rerankFeatures.ts';
import type { RouterModelFile } from '../../src/train/RouterModel.ts';
import { trainRouter } from '../../src/train/trainRouter.ts';
import { makeGitRepo } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';
import { historyCommits } from './historyFixture.ts';

const train = async (graph: ModuleGraph, weights: number[], refineReranker = false): Promise<RouterModelFile> => {
  const run = trainRouter(graph, { seed: 1, shipped: { features: [...featureNames], weights }, refineReranker });
  let step = await run.next();
  while (!step.done) step = await run.next();
  return step.value;
};

describe('which reranker a repository with history keeps', () => {
  let graph: ModuleGraph;
  before(async () => {
    const repo = makeGitRepo(historyCommits(100));
    await runIndex({ repo });
    const index = await openIndex({ repo });
    graph = detachGraph(index.graph());
    index.close();
  });

  it('a shipped reranker that reverses lexical order loses to lexical order on the newest commits', async () => {
    // Weights that rank the lexical top candidate last: nothing refined from them recovers in time.
    const reversed = featureNames.map((f) => (f === 'lexRecipRank' ? -50 : f === 'lexTop' ? -50 : 0));
    const model = await train(graph, reversed);
    const s = model.summary as Record<string, number | string>;
    assert.ok((s.lexicalValAcc1 as number) > (s.shippedValAcc1 as number), JSON.stringify(s));
    assert.equal(model.reranker.source, 'lexical');
    assert.deepEqual(model.reranker.weights, featureNames.map((f) => (f === 'lexRecipRank' ? 1 : 0)));
  });

  it('a shipped reranker that orders like lexical is kept or refined, not replaced', async () => {
    const model = await train(graph, featureNames.map((f) => (f === 'lexRecipRank' ? 5 : 0)));
    assert.notEqual(model.reranker.source, 'lexical');
  });

  it('refines the shipped reranker on the older commits only when asked, and keeps it only if it wins on the newest', async () => {
    const lexicalTimesFive = featureNames.map((f) => (f === 'lexRecipRank' ? 5 : 0));
    const plain = await train(graph, lexicalTimesFive);
    assert.equal(plain.summary.refinedValAcc1, undefined);
    assert.equal(plain.reranker.source, 'shipped');
    assert.deepEqual(plain.reranker.weights, lexicalTimesFive);
    const refined = await train(graph, lexicalTimesFive, true);
    const s = refined.summary as Record<string, number | string>;
    assert.equal(typeof s.refinedValAcc1, 'number');
    assert.equal(refined.reranker.source, (s.refinedValAcc1 as number) > (s.shippedValAcc1 as number) ? 'repository' : 'shipped');
  });
});
