import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { alignReranker } from './alignReranker.ts';
import type { ListwiseReranker } from './ListwiseReranker.ts';

// Re-exported from its own file, so the hybrid backend aligns a model's weights without importing zod.
export { alignReranker } from './alignReranker.ts';

export const shippedRerankerSchema = z.object({
  format: z.literal('modroute-reranker'),
  version: z.literal(1),
  features: z.array(z.string()),
  weights: z.array(z.number()),
  trainedOn: z.array(z.string()),
  metrics: z.record(z.string(), z.unknown()),
  config: z.record(z.string(), z.unknown()),
});
export type ShippedRerankerFile = z.infer<typeof shippedRerankerSchema>;

/** models/reranker.json: the same relative path from src/train/ (tsx) and dist/train/ (built). */
export const shippedRerankerUrl = new URL('../../models/reranker.json', import.meta.url);

/**
 * The reranker trained on other repositories (scripts/trainShippedReranker.ts). Without the file
 * (a stripped install), a hand-set fallback ranks by lexical score nudged by the classifier.
 */
export const loadShippedReranker = (): ListwiseReranker => {
  try {
    const file = shippedRerankerSchema.parse(JSON.parse(readFileSync(shippedRerankerUrl, 'utf8')));
    return alignReranker(file.features, file.weights);
  } catch {
    return alignReranker(['lexScoreRel', 'clfLogRatio'], [4, 1]);
  }
};
