import { splitRawToken } from '../index/tokenize.ts';
import { stripCommitPrefix as stripPrefix } from '../util/stripCommitPrefix.ts';
import { hashString } from '../util/random.ts';
import { spellLanguageNames } from '../util/spellLanguageNames.ts';
import { stripRequirementBoilerplate } from '../util/stripBoilerplate.ts';

// Small on purpose: the classifier learns which words matter; this only drops words that carry no
// topic in any repository. Domain verbs (add, fix, remove) stay: their weights are learned.
const STOPWORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or that the this to was were will with when not no can should'.split(' '),
);

/** Drops a conventional-commit prefix. `keepScope` keeps the scope as words (`fix(jsx): x` → `jsx x`). */
export const stripCommitPrefix = (text: string, keepScope: boolean): string => stripPrefix(text, { keepScope }).text;

const ASCII_WORD = /^[A-Za-z0-9_$-]+$/u;

/**
 * Lowercased words, identifiers split at camelCase, digits and joiners; the joined form is kept too.
 * Words in other scripts are read as the lexical index reads them (index/tokenize.ts): `mémoire` whole,
 * Chinese, Japanese and Korean runs as their character pairs.
 */
export const textWords = (text: string): string[] => {
  const out: string[] = [];
  for (const raw of text.match(/\p{L}[\p{L}\p{M}\p{N}_$-]*|\p{N}+/gu) ?? []) {
    if (!ASCII_WORD.test(raw)) {
      for (const word of splitRawToken(raw)) if (!STOPWORDS.has(word)) out.push(word);
      continue;
    }
    const whole = raw.toLowerCase().replace(/[_$-]/g, '');
    const parts = raw
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .split(/[\s_$-]+|(?<=\D)(?=\d)|(?<=\d)(?=\D)/)
      .map((p) => p.toLowerCase())
      .filter((p) => p.length > 1 && !STOPWORDS.has(p));
    if (whole.length > 1 && !STOPWORDS.has(whole) && (parts.length !== 1 || parts[0] !== whole)) out.push(whole);
    out.push(...parts);
  }
  return out;
};

/** The words of a request, its requirement boilerplate ("As a user, I want to …") left out. */
export const queryWords = (text: string): string[] => textWords(stripRequirementBoilerplate(spellLanguageNames(text)));

/**
 * Hashed word unigrams and bigrams (bucket ids, each at most once, sorted). Hashing keeps the model
 * independent of a vocabulary list: unseen words fall into buckets that training left near zero.
 */
export const hashedFeatures = (text: string, dims: number): number[] => {
  const words = queryWords(text);
  const buckets = new Set<number>();
  words.forEach((w, i) => {
    buckets.add(hashString(`u:${w}`) % dims);
    const next = words[i + 1];
    if (next !== undefined) buckets.add(hashString(`b:${w} ${next}`) % dims);
  });
  return [...buckets].sort((a, b) => a - b);
};
