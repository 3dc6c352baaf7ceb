import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatReason, type LexicalEvidence } from '../../src/index/explainModule.ts';
import type { ModuleId } from '../../src/graph/types.ts';

const evidence = (over: Partial<LexicalEvidence>): LexicalEvidence => ({ baseScore: 2, graphScore: 0, terms: [], fields: {}, expansions: [], neighbours: [], ...over });

test('reasons show an expansion only when it mattered, and no graph flow that rounds to nothing', () => {
  const reason = formatReason(
    evidence({
      terms: [{ term: 'jobs', field: 'docs', score: 1.5, source: 'query' }],
      expansions: [
        { term: 'job', from: 'jobs', source: 'inflection', score: 0.3 }, // 15% of the score: shown
        { term: 'business', from: 'jobs', source: 'wordnet', score: 0.05 }, // 2.5%: noise
      ],
      graphScore: 0.004,
      neighbours: [{ id: 'src/a' as ModuleId, score: 0.004 }],
    }),
    3,
  );
  assert.equal(reason, 'docs: jobs · inflection: job←jobs');
  // an answer that only a synonym found still says so, however small
  assert.equal(formatReason(evidence({ baseScore: 0.1, expansions: [{ term: 'delete', from: 'erase', source: 'wordnet', score: 0.1 }] }), 3), 'wordnet: delete←erase');
});
