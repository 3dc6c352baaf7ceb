import { porterStem } from './porterStem.ts';
import type { TermTable } from './postings.ts';
import { isStopword } from './stopwords.ts';
import { hasHan } from '../util/cjkBigrams.ts';
import { forEachRawToken } from '../util/rawTokens.ts';
import { rawTokens, splitRawToken, splitRawTokenOnce, tokenizePath } from './tokenize.ts';

/** Turns text into index terms: tokenize, drop stopwords, optionally stem. Same function at index and query time. */
export type Analyzer = (text: string) => string[];

export interface AnalyzerOptions {
  stem: boolean;
  /** English words for the Chinese words of a token (index/chineseGlosses.ts): indexed after its own terms. */
  glosses?: (token: string) => string[];
}

const finish = (tokens: readonly string[], stem: boolean): string[] => {
  const out: string[] = [];
  for (const token of tokens) {
    if (isStopword(token)) continue;
    out.push(stem ? porterStem(token) : token);
  }
  return out;
};

const MEMO_LIMIT = 200_000;

/**
 * Building an index analyzes millions of tokens but only tens of thousands of distinct ones, so each
 * analyzer memoizes raw token → terms (bounded; cleared when full).
 */
export const createAnalyzer = (options: AnalyzerOptions): Analyzer => {
  const memo = new Map<string, string[]>();
  return (text) => {
    const out: string[] = [];
    for (const raw of rawTokens(text)) {
      let terms = memo.get(raw);
      if (terms === undefined) {
        terms = finish(splitRawToken(raw), options.stem);
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(raw, terms);
      }
      for (const term of terms) out.push(term);
    }
    return out;
  };
};

export const createPathAnalyzer = (options: AnalyzerOptions): Analyzer => (path) =>
  finish(tokenizePath(path), options.stem);

/** The analyzer of the index build: same terms as `createAnalyzer`, appended as interned ids. */
export interface TermAnalyzer {
  text(text: string, out: number[]): void;
  path(path: string, out: number[]): void;
  /** A declared name: as text, but a name that is one stopword (dplyr's `between`, a `some` helper) is a term of its own. */
  name(name: string, out: number[]): void;
}

/** Distinct raw tokens memoized by the term analyzer: a big repository has ~1M (mostly unique symbol names). */
const TERM_MEMO_LIMIT = 2_000_000;

/**
 * Memoizes raw token → term ids (bounded; cleared when full), so the split, stopword test, stem and
 * intern of a token that repeats across the repository happen once, not once per occurrence. ASCII
 * text is scanned by char code straight into the memo, with no intermediate token array. Memo values
 * are plain numbers (a term id, -1 for none, or -2 - offset into a pool of `[count, ...ids]`): millions
 * of small arrays would cost more in garbage collection than the analysis itself.
 */
export const createTermAnalyzer = (options: AnalyzerOptions, table: TermTable): TermAnalyzer => {
  const memo = new Map<string, number>();
  let pool = new Int32Array(1 << 16);
  let poolLength = 0;
  const ids = (tokens: readonly string[]): number[] => finish(tokens, options.stem).map((t) => table.intern(t));
  const { glosses } = options;
  const termsOf = (raw: string): readonly string[] => (glosses !== undefined && hasHan(raw) ? [...splitRawTokenOnce(raw), ...glosses(raw)] : splitRawTokenOnce(raw));
  const encode = (terms: number[]): number => {
    if (terms.length === 0) return -1;
    if (terms.length === 1) return terms[0] as number;
    if (poolLength + terms.length + 1 > pool.length) {
      const next = new Int32Array(Math.max(pool.length * 2, poolLength + terms.length + 1));
      next.set(pool);
      pool = next;
    }
    const at = poolLength;
    pool[poolLength++] = terms.length;
    for (const t of terms) pool[poolLength++] = t;
    return -2 - at;
  };
  const emit = (raw: string, out: number[]): void => {
    let code = memo.get(raw);
    if (code === undefined) {
      if (memo.size >= TERM_MEMO_LIMIT) {
        memo.clear();
        poolLength = 0;
      }
      code = encode(ids(termsOf(raw)));
      memo.set(raw, code);
    }
    if (code >= 0) out.push(code);
    else if (code < -1) {
      const at = -2 - code;
      const end = at + 1 + (pool[at] as number);
      for (let i = at + 1; i < end; i++) out.push(pool[i] as number);
    }
  };
  return {
    text(text, out) {
      forEachRawToken(text, (raw) => emit(raw, out));
    },
    path(path, out) {
      for (const term of ids(tokenizePath(path))) out.push(term);
    },
    name(name, out) {
      const word = name.toLowerCase();
      if (word.length > 1 && isStopword(word) && /^\p{L}+$/u.test(word)) out.push(table.intern(options.stem ? porterStem(word) : word));
      else forEachRawToken(name, (raw) => emit(raw, out));
    },
  };
};
