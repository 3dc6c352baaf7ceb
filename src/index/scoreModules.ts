import type { CutoffState, LexicalIndex, Posting } from './LexicalIndex.ts';
import type { QueryTerm } from './parseQuery.ts';

export interface TermScore {
  term: QueryTerm;
  idf: number;
}

export interface ModuleScores {
  /** BM25F score per module (index order). */
  base: Float64Array;
  /** base + what flowed in along dependency edges. */
  final: Float64Array;
  /** Terms that matched at least one module, with their IDF. */
  matched: TermScore[];
}

/** Postings of a term in one field for this cutoff: static, plus history when the field has it. */
export const fieldPostings = (index: LexicalIndex, state: CutoffState, fieldIndex: number, term: string): Posting[] => {
  const field = index.fields[fieldIndex];
  if (field === undefined) return [];
  const out: Posting[] = [];
  const own = field.postings.get(term);
  if (own !== undefined) out.push(own);
  if (field.hasHistory) {
    const history = state.historyPostings.get(term);
    if (history !== undefined) out.push(history);
  }
  return out;
};

/**
 * BM25F (Robertson & Zaragoza): per term, a module's pseudo-frequency is Σ_f w_f · tf_f / norm_f, then
 * saturated once with the global k1 and multiplied by the IDF over modules. Saturating once, not per
 * field, is what stops a term repeated in five fields from counting five times.
 */
export const scoreModules = (index: LexicalIndex, state: CutoffState, terms: QueryTerm[]): ModuleScores => {
  const n = index.ids.length;
  const k1 = index.options.k1;
  const base = new Float64Array(n);
  const pseudo = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  const matched: TermScore[] = [];

  for (const term of terms) {
    touched.length = 0;
    index.fields.forEach((field, f) => {
      const norm = state.norms[f];
      if (norm === undefined) return;
      for (const posting of fieldPostings(index, state, f, term.term)) {
        const { docs, tfs } = posting;
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i] ?? 0;
          const tf = tfs[i] ?? 0;
          if (tf <= 0) continue;
          if (seen[d] === 0) {
            seen[d] = 1;
            touched.push(d);
          }
          pseudo[d] = (pseudo[d] ?? 0) + (field.weight * tf) / (norm[d] ?? 1);
        }
      }
    });
    if (touched.length === 0) continue;
    const df = touched.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    matched.push({ term, idf });
    for (const d of touched) {
      const t = pseudo[d] ?? 0;
      base[d] = (base[d] ?? 0) + (term.weight * idf * t) / (k1 + t);
      pseudo[d] = 0;
      seen[d] = 0;
    }
  }

  const final = Float64Array.from(base);
  const alpha = index.options.graph.weight;
  if (alpha > 0) {
    index.adjacency.forEach((adj, from) => {
      const s = base[from] ?? 0;
      if (s <= 0) return;
      adj.to.forEach((to, i) => {
        final[to] = (final[to] ?? 0) + alpha * s * (adj.share[i] ?? 0);
      });
    });
  }
  return { base, final, matched };
};
