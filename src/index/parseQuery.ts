import { porterStem } from './porterStem.ts';
import { isStopword, stripCommitPrefix } from './stopwords.ts';
import { tokenize } from './tokenize.ts';

export interface QueryTerm {
  term: string;
  weight: number;
  source: 'query' | 'wordnet' | 'cooccurrence';
  /** The query term an expansion came from. */
  from?: string;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Lowercase plain words of the query, unstemmed: what WordNet is asked about. */
  words: string[];
  warnings: string[];
}

const WORDNET_WORD = /^[a-z]{3,}$/u;

export const parseQuery = (
  query: string,
  options: { stem: boolean; stripCommitPrefix: boolean; maxQueryTerms: number },
): ParsedQuery => {
  const warnings: string[] = [];
  let text = query;
  if (options.stripCommitPrefix) {
    const stripped = stripCommitPrefix(query);
    text = stripped.text;
  }
  const unique = new Set<string>();
  const words = new Set<string>();
  let dropped = 0;
  for (const token of tokenize(text)) {
    if (isStopword(token)) continue;
    const term = options.stem ? porterStem(token) : token;
    if (unique.has(term)) continue;
    if (unique.size >= options.maxQueryTerms) {
      dropped++;
      continue;
    }
    unique.add(term);
    if (WORDNET_WORD.test(token)) words.add(token);
  }
  if (dropped > 0) {
    warnings.push(`Query too long: used its first ${options.maxQueryTerms} distinct terms, ignored ${dropped} more`);
  }
  return { terms: [...unique].map((term) => ({ term, weight: 1, source: 'query' })), words: [...words], warnings };
};
