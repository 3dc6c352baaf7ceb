import type { FusedModule } from './fuseRankings.ts';
import type { Candidate } from './lexicalCandidates.ts';

/**
 * The fused list with each candidate's platform and language factors (searchLexicalIndex.ts) applied to its
 * probability too: the reranker reads each field's score as it was before them, so without this a request
 * "On Android, …" could rank the bigger iOS module first again (react-native-reanimated as discovered: 70 → 75%
 * at rank 1; the other mobile review stores the same).
 */
export const steerFused = (fused: FusedModule[], candidates: readonly Candidate[]): FusedModule[] => {
  let changed = false;
  const out = fused.map((f) => {
    const evidence = f.candidate !== undefined ? candidates[f.candidate]?.evidence : undefined;
    const factor = (evidence?.platform?.factor ?? 1) * (evidence?.language?.factor ?? 1);
    if (factor === 1) return f;
    changed = true;
    return { ...f, prob: f.prob * factor };
  });
  if (!changed) return fused;
  const total = out.reduce((a, f) => a + f.prob, 0) || 1;
  return out.map((f) => ({ ...f, prob: f.prob / total })).sort((a, b) => b.prob - a.prob || a.module - b.module);
};
