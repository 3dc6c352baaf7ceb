import type { CutoffState, LexicalIndex } from './LexicalIndex.ts';
import type { QueryTerm } from './parseQuery.ts';
import { rowEnd, rowStart } from './postings.ts';
import { fieldPostings } from './scoreModules.ts';

/**
 * Per document of an index, its (term, BM25F pseudo-frequency w_f · tf / norm_f) pairs, one per field that has the
 * term: the postings turned around, in two passes over them (count, then fill) into flat arrays.
 */
interface ForwardRows {
  offsets: Int32Array;
  terms: Int32Array;
  weights: Float32Array;
  /** Per term id, how many documents hold it (in any field). */
  df: Int32Array;
}

/** Per cutoff state (its norms weigh the rows; an index keeps one state per cutoff). */
const forwardCache = new WeakMap<CutoffState, ForwardRows>();

const forwardRows = (index: LexicalIndex, state: CutoffState): ForwardRows => {
  const cached = forwardCache.get(state);
  if (cached !== undefined) return cached;
  const n = index.ids.length;
  const termCount = index.terms.size;
  const lists = index.fields.flatMap((field, f) => (field.weight > 0 && state.norms[f] !== undefined ? fieldPostings(index, state, f).map((postings) => ({ field, postings, norm: state.norms[f] as Float64Array })) : []));
  const offsets = new Int32Array(n + 1);
  for (const { postings } of lists) {
    for (let i = 0, end = postings.offsets[postings.offsets.length - 1] ?? 0; i < end; i++) {
      const next = (postings.docs[i] as number) + 1;
      offsets[next] = (offsets[next] as number) + 1;
    }
  }
  for (let d = 0; d < n; d++) offsets[d + 1] = (offsets[d + 1] as number) + (offsets[d] as number);
  const cursor = offsets.slice(0, n);
  const terms = new Int32Array(offsets[n] as number);
  const weights = new Float32Array(offsets[n] as number);
  const df = new Int32Array(termCount);
  const lastDoc = new Int32Array(termCount).fill(-1);
  for (const { field, postings, norm } of lists) {
    for (let t = 0; t + 1 < postings.offsets.length; t++) {
      for (let i = rowStart(postings, t), end = rowEnd(postings, t); i < end; i++) {
        const d = postings.docs[i] as number;
        const at = cursor[d] as number;
        cursor[d] = at + 1;
        terms[at] = t;
        weights[at] = (field.weight * (postings.tfs[i] as number)) / (norm[d] ?? 1);
      }
    }
  }
  // (a document counted once per term however many fields hold it: each row visited in document order)
  for (let d = 0; d < n; d++) {
    for (let i = offsets[d] as number, end = offsets[d + 1] as number; i < end; i++) {
      const t = terms[i] as number;
      if (lastDoc[t] !== d) {
        lastDoc[t] = d;
        df[t] = (df[t] as number) + 1;
      }
    }
  }
  const rows = { offsets, terms, weights, df };
  forwardCache.set(state, rows);
  return rows;
};

/** A feedback term: letters (a digit after the first three), three or more. */
const WORD = /^[a-z]{3}[a-z0-9]*$/u;

export interface FeedbackOptions {
  /** Query weight of the best feedback term (others in proportion); 0 turns feedback off. */
  weight: number;
  /** How many of the best-scoring documents speak. */
  docs: number;
  /** How many terms are added. */
  terms: number;
  /** Requests with fewer of their own words than this get none. */
  minWords: number;
}

/** Whether a request gets feedback at all: checked before its first pass is scored, which a short request need not pay for. */
export const wantsFeedback = (query: readonly QueryTerm[], options: FeedbackOptions): boolean =>
  options.weight > 0 && options.docs > 0 && options.terms > 0 && query.filter((t) => t.source === 'query').length >= options.minWords;

/**
 * Pseudo-relevance feedback (Rocchio / RM3 style): the words that weigh most in the documents the
 * request's own words rank first, each weighted by Σ_doc (doc score / top score) · tf/(k1 + tf) · idf,
 * become extra query terms. The request's author may not know the code's words; the best match does.
 */
export const feedbackTerms = (
  index: LexicalIndex,
  state: CutoffState,
  scores: Float64Array,
  query: readonly QueryTerm[],
  options: FeedbackOptions,
): QueryTerm[] => {
  if (!wantsFeedback(query, options)) return [];
  const ranked: number[] = [];
  scores.forEach((s, d) => {
    if (s > 0) ranked.push(d);
  });
  ranked.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const top = ranked.slice(0, options.docs);
  const best = scores[top[0] ?? -1] ?? 0;
  if (best <= 0) return [];
  const rows = forwardRows(index, state);
  const n = index.ids.length;
  const k1 = index.options.k1;
  const asked = new Set<number>();
  for (const t of query) {
    const id = index.terms.id(t.term);
    if (id !== undefined) asked.add(id);
  }
  // (a word, not a shard of one: `xx` of `is4xxStatusCode`, `v2`, a hash's hex)
  const shapes = new Map<number, boolean>();
  const wordLike = (t: number): boolean => {
    let ok = shapes.get(t);
    if (ok === undefined) shapes.set(t, (ok = WORD.test(index.terms.terms[t] ?? '')));
    return ok;
  };
  const weight = new Map<number, number>();
  // (per term, the document that gave it most: what an explanation names it after)
  const source = new Map<number, { doc: number; part: number }>();
  for (const d of top) {
    const share = (scores[d] as number) / best;
    // (a term's pseudo-frequency summed over the fields that hold it, then saturated once, as scoreModules does)
    const pseudo = new Map<number, number>();
    for (let i = rows.offsets[d] as number, end = rows.offsets[d + 1] as number; i < end; i++) {
      const t = rows.terms[i] as number;
      if (!asked.has(t) && (rows.df[t] as number) >= 2 && wordLike(t)) pseudo.set(t, (pseudo.get(t) ?? 0) + (rows.weights[i] as number));
    }
    for (const [t, tf] of pseudo) {
      const df = rows.df[t] as number;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const part = (share * idf * tf) / (k1 + tf);
      weight.set(t, (weight.get(t) ?? 0) + part);
      if (part > (source.get(t)?.part ?? 0)) source.set(t, { doc: d, part });
    }
  }
  const chosen = [...weight].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, options.terms);
  const max = chosen[0]?.[1] ?? 0;
  if (max <= 0) return [];
  return chosen.map(([t, w]) => ({
    term: index.terms.terms[t] as string,
    weight: (options.weight * w) / max,
    source: 'feedback' as const,
    from: index.ids[source.get(t)?.doc ?? -1] ?? '',
  }));
};
