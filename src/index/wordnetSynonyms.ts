/**
 * WordNet synonyms through wordpos, loaded on first use (the import alone costs ~40 ms). Lookups are
 * cached for the process: synonyms of a word don't depend on the repository.
 */

type Lookup = (word: string) => Promise<{ synonyms: string[]; pos?: string }[]>;

/**
 * wordpos reads the part-of-speech files concurrently and concatenates senses in the order the reads
 * finish, so with several lookups in flight "mark" gave verb senses first in one run and noun senses
 * in the next: the first 3 synonyms, and the eval, changed between runs. Sort by a fixed POS order
 * (stable, so WordNet's frequency order holds within a POS).
 */
const POS_ORDER: Record<string, number> = { n: 0, v: 1, a: 2, s: 3, r: 4 };
const byPos = (a: { pos?: string }, b: { pos?: string }): number => (POS_ORDER[a.pos ?? ''] ?? 5) - (POS_ORDER[b.pos ?? ''] ?? 5);

let lookupPromise: Promise<Lookup> | undefined;
const cache = new Map<string, Promise<string[]>>();

const loadLookup = (): Promise<Lookup> => {
  lookupPromise ??= import('wordpos').then((mod) => {
    const wordpos = new mod.default();
    return (word: string) => wordpos.lookup(word);
  });
  lookupPromise.catch(() => {
    lookupPromise = undefined;
  });
  return lookupPromise;
};

const SINGLE_WORD = /^[a-z]+$/u;

/**
 * wordpos has no morphology (WordNet's morphy): "erased" finds nothing. Try the word, then a few
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
    result = loadLookup().then(async (lookup) => {
      const seen = new Set<string>();
      for (const form of baseFormCandidates(word)) {
        const senses = await lookup(form);
        if (senses.length === 0) continue;
        for (const sense of [...senses].sort(byPos)) {
          for (const synonym of sense.synonyms) {
            const s = synonym.toLowerCase();
            if (s !== word && s !== form && SINGLE_WORD.test(s)) seen.add(s);
          }
        }
        break;
      }
      return [...seen];
    });
    // A failed load must not be cached forever as a rejection for every word.
    result.catch(() => cache.delete(word));
    cache.set(word, result);
  }
  return result;
};
