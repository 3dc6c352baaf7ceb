import { porterStem } from './porterStem.ts';
import { isStopword } from './stopwords.ts';
import { tokenize, tokenizePath } from './tokenize.ts';

/** Turns text into index terms: tokenize, drop stopwords, optionally stem. Same function at index and query time. */
export type Analyzer = (text: string) => string[];

export interface AnalyzerOptions {
  stem: boolean;
}

const finish = (tokens: string[], stem: boolean): string[] => {
  const out: string[] = [];
  for (const token of tokens) {
    if (isStopword(token)) continue;
    out.push(stem ? porterStem(token) : token);
  }
  return out;
};

export const createAnalyzer = (options: AnalyzerOptions): Analyzer => (text) => finish(tokenize(text), options.stem);

export const createPathAnalyzer = (options: AnalyzerOptions): Analyzer => (path) =>
  finish(tokenizePath(path), options.stem);
