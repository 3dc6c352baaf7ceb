import type { ListwiseReranker } from './ListwiseReranker.ts';

/**
 * How far the hybrid lets its learned parts move the lexical ranking, by the request's length in words.
 *
 * Everything the hybrid learned, it learned from commit subjects: the classifier from the repository's own
 * (and pseudo-queries of its code), the shipped reranker from other repositories', β from the newest ones.
 * Commit subjects are short: a median of 6 to 8 words and a 90th percentile of 9 to 15 in each of the
 * eleven sets of ../shared (bench and corpus). Requests as users write them are longer: a median of 24
 * words, a 10th percentile of 16, in 238 review requests of fifteen trees. There the learned parts did
 * not transfer: with the trees' own history the hybrid answered 73.1% of them at rank 1 where lexical
 * answered 84.0% (every one of the fifteen trees equal or down; the reranker's prior for big, busy
 * modules and the classifier's for the modules most commits touch pulled over the module the request
 * described). So up to `FULL_TRUST_WORDS` words the hybrid is what was trained; from `NO_TRUST_WORDS` on it
 * keeps lexical order; in between it blends linearly. Measured with the bounds 12 / 20: those review
 * requests 73.1 → 83.6% (plain trees, no history: 84.5 → 84.9%); dev bench, corpus pseudo-history and
 * real history (hono, undici) the same to a case or one case.
 */
export const FULL_TRUST_WORDS = 12;
export const NO_TRUST_WORDS = 20;

/** The weight on lexical rank (1 / (rank + 1)) of lexical order as a prior: top 0.6 of 30 candidates' mass. */
export const LEXICAL_PRIOR = 5;

let segmenter: Intl.Segmenter | undefined;

/**
 * Words of a request, as a reader counts them in any script: Chinese or Japanese text has no spaces, so
 * splitting at whitespace would make a long request one word.
 */
export const countWords = (text: string, limit = Infinity): number => {
  // (a Node.js built without Intl has no segmenter: words between spaces, then)
  if (typeof Intl.Segmenter !== 'function') return Math.min(limit, text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike && ++n >= limit) break;
  return n;
};

/** 1: the trained hybrid as it is; 0: lexical order; linear in between. */
export const modelTrust = (text: string): number => {
  // (counted only as far as it matters: segmenting a 100 KB request whole took 0.6 s)
  const words = countWords(text, NO_TRUST_WORDS);
  if (words <= FULL_TRUST_WORDS) return 1;
  if (words >= NO_TRUST_WORDS) return 0;
  return (NO_TRUST_WORDS - words) / (NO_TRUST_WORDS - FULL_TRUST_WORDS);
};

/**
 * The reranker and β a request of this trust is fused with: the reranker's weights blended towards lexical
 * order as steep as the shipped reranker's training prior (`LEXICAL_PRIOR`), β scaled down with it.
 */
export const trustedFusion = (reranker: ListwiseReranker, beta: number, trust: number): { reranker: ListwiseReranker; beta: number } => {
  if (trust >= 1) return { reranker, beta };
  // (by the reranker's own feature names: lexical order weighs lexical rank alone)
  const lexical = (k: number): number => (reranker.features[k] === 'lexRecipRank' ? LEXICAL_PRIOR : 0);
  return {
    reranker: { features: reranker.features, weights: reranker.weights.map((w, k) => trust * w + (1 - trust) * lexical(k)) },
    beta: beta * trust,
  };
};
