import type { ListwiseReranker } from './ListwiseReranker.ts';
import { featureNames } from './rerankFeatures.ts';

/** Weights by feature name, so a file written by older feature code still loads (missing names get 0). */
export const alignReranker = (features: readonly string[], weights: readonly number[]): ListwiseReranker => {
  const byName = new Map(features.map((f, i) => [f, weights[i] ?? 0]));
  return { features: [...featureNames], weights: featureNames.map((f) => byName.get(f) ?? 0) };
};
