import type { ListwiseReranker } from './ListwiseReranker.ts';
import { scoreRows, softmax } from './ListwiseReranker.ts';

export interface FusedModule {
  module: number;
  prob: number;
  /** Index into the candidates, when the module was a lexical candidate. */
  candidate?: number;
  /** Feature contributions w·x of the reranker (for explanations), when it was a candidate. */
  contributions?: number[];
}

/**
 * Hybrid: (1 − β) · softmax of the reranker over the lexical candidates + β · classifier probability.
 * Both parts are probabilities, so β is a calibrated mixing weight (fitted on validation). Modules
 * outside the candidates can still enter through the classifier.
 */
export const fuseRankings = (
  candidates: readonly { module: number }[],
  rows: readonly number[][],
  reranker: ListwiseReranker,
  clfProbs: Float64Array,
  beta: number,
): FusedModule[] => {
  const out = new Map<number, FusedModule>();
  if (candidates.length > 0) {
    const p = softmax(scoreRows(reranker, rows));
    candidates.forEach((c, i) =>
      out.set(c.module, {
        module: c.module,
        prob: (1 - beta) * (p[i] ?? 0),
        candidate: i,
        contributions: (rows[i] ?? []).map((x, k) => x * (reranker.weights[k] ?? 0)),
      }),
    );
  }
  const clfShare = candidates.length > 0 ? beta : 1;
  if (clfShare > 0) {
    clfProbs.forEach((p, module) => {
      const entry = out.get(module) ?? { module, prob: 0 };
      entry.prob += clfShare * p;
      out.set(module, entry);
    });
  }
  return [...out.values()].sort((a, b) => b.prob - a.prob || a.module - b.module);
};
