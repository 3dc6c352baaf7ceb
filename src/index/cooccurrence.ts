import type { CutoffState, LexicalIndex } from './LexicalIndex.ts';

/** Number of ascending ids below `limit`. */
const countBelow = (ids: number[], limit: number): number => {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ids[mid] ?? 0) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * Identifier terms that co-occur with `term` in the repository's own comments, READMEs and (usable)
 * commit subjects, best first by PPMI. Computed on demand per query term and cached per cutoff: the
 * pair table of a large repository would cost far more to build than the few terms a query needs.
 */
export const cooccurringTerms = (
  index: LexicalIndex,
  state: CutoffState,
  term: string,
): { term: string; ppmi: number }[] => {
  const cached = state.cooccurrenceCache.get(term);
  if (cached !== undefined) return cached;
  const { minCount, topK, maxContextFraction } = index.options.cooccurrence;
  const limit = state.contextLimit;
  const own = index.termContexts.get(term) ?? [];
  const ownCount = countBelow(own, limit);
  let result: { term: string; ppmi: number }[] = [];
  // A term found in a large share of all passages co-occurs with everything: no signal, and slow.
  if (ownCount >= minCount && ownCount <= Math.max(minCount * 10, maxContextFraction * limit)) {
    const together = new Map<string, number>();
    for (let i = 0; i < ownCount; i++) {
      const context = index.contexts[own[i] ?? -1];
      if (context === undefined) continue;
      for (const other of context) {
        if (other !== term && index.identifierTerms.has(other)) together.set(other, (together.get(other) ?? 0) + 1);
      }
    }
    for (const [other, count] of together) {
      if (count < minCount) continue;
      const otherCount = countBelow(index.termContexts.get(other) ?? [], limit);
      const ppmi = Math.log((count * limit) / (ownCount * otherCount));
      if (ppmi > 0) result.push({ term: other, ppmi });
    }
    result.sort((a, b) => b.ppmi - a.ppmi || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    result = result.slice(0, topK);
  }
  state.cooccurrenceCache.set(term, result);
  return result;
};
