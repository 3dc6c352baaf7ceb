import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeMetrics, percentile } from '../../src/eval/computeMetrics.ts';
import { cases, predictions, validIds } from './evalFixture.ts';

const r = (x: number) => Math.round(x * 1e9) / 1e9;
const roundAll = (s: Record<string, number>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, r(v)]));

describe('computeMetrics', () => {
  const m = computeMetrics(cases, predictions, validIds);

  // Acc@5: a gold module among the top 5 (the third case, gold c and d, has d at rank 5 and c outside: 1, its recall5 0.5).
  it('computes the overall metrics by the bench rules', () => {
    assert.deepEqual(
      roundAll({ n: m.n, acc1: m.acc1, acc5: m.acc5, mrr: m.mrr, recall10: m.recall10, invalid: m.invalid, p50: m.p50_ms, p95: m.p95_ms }),
      { n: 4, acc1: 0.25, acc5: 0.75, mrr: 0.425, recall10: 0.75, invalid: 1, p50: 20, p95: 30 },
    );
  });

  it('counts unknown gold ids instead of dropping them', () => {
    assert.equal(m.unknownGold, 1);
    assert.deepEqual(m.unknownGoldIds, ['zz']);
    assert.deepEqual(m.unknownGoldMeant, {}, 'zz looks like no module id');
  });

  it('says which module id a mistyped gold id most likely meant', () => {
    const [first] = cases;
    const typo = computeMetrics([{ ...first!, modules: [`${[...validIds][0]}x`] }], [undefined], validIds);
    assert.deepEqual(typo.unknownGoldMeant, { [`${[...validIds][0]}x`]: [...validIds][0] });
  });

  it('maps paths to modules, drops duplicates and unknown ids', () => {
    assert.deepEqual(m.outcomes.map((o) => [o.ranked.slice(0, 3), o.rank, o.recall5]), [
      [['a', 'b'], 1, 1],
      [['a', 'b', 'c'], 2, 1],
      [['e', 'f', 'g'], 5, 0.5],
      [[], null, 0],
    ]);
    assert.deepEqual(m.outcomes[1]?.reasons, ['docs: q2', '', '']);
    // The fourth case got no module at all (its one entry is no module): unanswered, besides a miss.
    assert.equal(m.unanswered, 1);
    assert.equal(computeMetrics(cases, [], validIds).unanswered, cases.length, 'a missing prediction is unanswered too');
  });

  it('reports every subset that has cases', () => {
    const subsets = Object.fromEntries(Object.entries(m.subsets).map(([k, s]) => [k, roundAll({ ...s })]));
    assert.deepEqual(subsets, {
      primary: { n: 2, acc1: 0.5, acc5: 1, mrr: 0.75, recall10: 1 },
      secondary: { n: 2, acc1: 0, acc5: 0.5, mrr: 0.1, recall10: 0.5 },
      leaking: { n: 1, acc1: 0, acc5: 1, mrr: 0.5, recall10: 1 },
      nonLeaking: { n: 2, acc1: 0.5, acc5: 1, mrr: 0.6, recall10: 1 },
      primaryNonLeaking: { n: 1, acc1: 1, acc5: 1, mrr: 1, recall10: 1 },
      secondaryNonLeaking: { n: 1, acc1: 0, acc5: 1, mrr: 0.2, recall10: 1 },
      existingCode: { n: 1, acc1: 1, acc5: 1, mrr: 1, recall10: 1 },
    });
  });

  it('gives per-module accuracy, most frequent gold first', () => {
    assert.deepEqual(m.perModule, [
      { module: 'a', n: 2, acc1: 0.5, acc5: 0.5 },
      { module: 'b', n: 1, acc1: 0, acc5: 1 },
      { module: 'c', n: 1, acc1: 0, acc5: 1 },
      { module: 'd', n: 1, acc1: 0, acc5: 1 },
      { module: 'zz', n: 1, acc1: 0, acc5: 0 },
    ]);
  });

  it('uses nearest-rank percentiles', () => {
    assert.deepEqual([percentile([], 0.5), percentile([5], 0.95), percentile([4, 1, 3, 2], 0.5), percentile([1, 2, 3, 4], 0.95)], [0, 5, 2, 4]);
  });

  it('maps any path to the root module when the root is a module', () => {
    const withRoot = computeMetrics([{ id: 'x', query: 'q', modules: [''], line: 1 }], [{ ranked: ['lib/x.js'], latencyMs: 1 }], new Set(['', 'src']));
    assert.deepEqual([withRoot.acc1, withRoot.invalid], [1, 0]);
  });
});
