import type { CutoffState, LexicalIndex } from './LexicalIndex.ts';
import { rowEnd, rowStart, type Rows } from './postings.ts';

/** Number of ids below `limit` in an ascending row. */
const countBelow = (rows: Rows, row: number, limit: number): number => {
  const start = rowStart(rows, row);
  let lo = start;
  let hi = rowEnd(rows, row);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows.values[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - start;
};

/** Per-index scratch counters (term id → shared contexts), reused across queries and reset after each. */
const scratch = new WeakMap<LexicalIndex, Int32Array>();

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
  const id = index.terms.id(term) ?? -1;
  const { termContexts, contexts, identifier } = index;
  const ownCount = countBelow(termContexts, id, limit);
  let result: { term: string; ppmi: number }[] = [];
  // A term found in a large share of all passages co-occurs with everything: no signal, and slow.
  if (ownCount >= minCount && ownCount <= Math.max(minCount * 10, maxContextFraction * limit)) {
    let together = scratch.get(index);
    if (together === undefined) {
      together = new Int32Array(index.terms.terms.length);
      scratch.set(index, together);
    }
    const touched: number[] = [];
    const own = rowStart(termContexts, id);
    for (let i = 0; i < ownCount; i++) {
      const context = termContexts.values[own + i] as number;
      const end = rowEnd(contexts, context);
      for (let k = rowStart(contexts, context); k < end; k++) {
        const other = contexts.values[k] as number;
        if (other === id || identifier[other] !== 1) continue;
        if (together[other] === 0) touched.push(other);
        together[other] = (together[other] as number) + 1;
      }
    }
    for (const other of touched) {
      const count = together[other] as number;
      together[other] = 0;
      if (count < minCount) continue;
      const otherCount = countBelow(termContexts, other, limit);
      const ppmi = Math.log((count * limit) / (ownCount * otherCount));
      if (ppmi > 0) result.push({ term: index.terms.terms[other] as string, ppmi });
    }
    result.sort((a, b) => b.ppmi - a.ppmi || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    result = result.slice(0, topK);
  }
  state.cooccurrenceCache.set(term, result);
  return result;
};
