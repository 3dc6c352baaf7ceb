import type { CutoffState, LexicalIndex } from './LexicalIndex.ts';
import { rowEnd, rowStart, type Postings } from './postings.ts';
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
  /** Whether a documentation module's pages were searched (the request is about the docs). */
  withPages: boolean;
}

/** Whether field `f` holds a documentation module's pages (lexicalDefaults.ts `pages`). */
export const isPagesField = (index: LexicalIndex, f: number): boolean => index.options.fields[index.fields[f]?.name ?? '']?.sources.includes('pages') === true;

/** Postings of a term id in one field for this cutoff: static, plus history when the field has it. */
export const fieldPostings = (index: LexicalIndex, state: CutoffState, fieldIndex: number): Postings[] => {
  const field = index.fields[fieldIndex];
  if (field === undefined) return [];
  return field.hasHistory ? [field.postings, state.historyPostings] : [field.postings];
};

/** A module lifted by the graph step stays this fraction of the score of the module that lifted it, at most. */
const BELOW_SOURCE = 0.999;

/**
 * BM25F (Robertson & Zaragoza): per term, a module's pseudo-frequency is Σ_f w_f · tf_f / norm_f, then
 * saturated once with the global k1 and multiplied by the IDF over modules. Saturating once, not per
 * field, is what stops a term repeated in five fields from counting five times.
 */
export const scoreModules = (index: LexicalIndex, state: CutoffState, terms: QueryTerm[], withPages = true): ModuleScores => {
  const n = index.ids.length;
  const k1 = index.options.k1;
  const base = new Float64Array(n);
  const pseudo = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  const matched: TermScore[] = [];

  // (a documentation module's pages count only for a request about the docs: lexicalDefaults.ts `pages`)
  const fieldLists = index.fields.map((_, f) => (withPages || !isPagesField(index, f) ? fieldPostings(index, state, f) : []));
  for (const term of terms) {
    const id = index.terms.id(term.term);
    if (id === undefined) continue;
    touched.length = 0;
    index.fields.forEach((field, f) => {
      const norm = state.norms[f];
      if (norm === undefined) return;
      for (const postings of fieldLists[f] ?? []) {
        const { docs, tfs } = postings;
        const end = rowEnd(postings, id);
        for (let i = rowStart(postings, id); i < end; i++) {
          const d = docs[i] as number;
          const tf = tfs[i] as number;
          if (tf <= 0) continue;
          if (seen[d] === 0) {
            seen[d] = 1;
            touched.push(d);
          }
          pseudo[d] = (pseudo[d] as number) + (field.weight * tf) / (norm[d] ?? 1);
        }
      }
    });
    if (touched.length === 0) continue;
    const df = touched.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    matched.push({ term, idf });
    for (const d of touched) {
      const t = pseudo[d] as number;
      base[d] = (base[d] as number) + (term.weight * idf * t) / (k1 + t);
      pseudo[d] = 0;
      seen[d] = 0;
    }
  }

  const final = Float64Array.from(base);
  const alpha = index.options.graph.weight;
  if (alpha > 0) {
    const useMax = index.options.graph.aggregate === 'max';
    const inflow = useMax ? new Float64Array(n) : final;
    // (the strongest sender of each module, for the cap below: only where inflow is added as a maximum)
    const source = useMax ? new Float64Array(n) : undefined;
    index.adjacency.forEach((adj, from) => {
      const s = base[from] ?? 0;
      if (s <= 0) return;
      adj.to.forEach((to, i) => {
        const flow = alpha * s * (adj.share[i] ?? 0);
        inflow[to] = useMax ? Math.max(inflow[to] ?? 0, flow) : (inflow[to] ?? 0) + flow;
        if (source && flow > 0 && s > (source[to] ?? 0)) source[to] = s;
      });
    });
    // What flows in never lifts a module above the module it came from: retrofit's core, used by its scalars converter,
    // had overtaken the converter a request about plain-text bodies named, on the converter's own score.
    if (source) {
      for (let d = 0; d < n; d++) {
        const own = final[d] ?? 0;
        const lifted = own + (inflow[d] ?? 0);
        final[d] = own < (source[d] ?? 0) ? Math.min(lifted, (source[d] ?? 0) * BELOW_SOURCE) : lifted;
      }
    }
  }
  return { base, final, matched, withPages };
};
