import { porterStem } from './porterStem.ts';
import { isStopword } from './stopwords.ts';
import { rawTokens, splitRawToken, tokenizePath } from './tokenize.ts';

/** Turns text into index terms: tokenize, drop stopwords, optionally stem. Same function at index and query time. */
export type Analyzer = (text: string) => string[];

export interface AnalyzerOptions {
  stem: boolean;
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
