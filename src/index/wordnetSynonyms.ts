/**
 * WordNet synonyms through wordpos, loaded on first use (the import alone costs ~40 ms). Lookups are
 * cached for the process: synonyms of a word don't depend on the repository.
 */

type Lookup = (word: string) => Promise<{ synonyms: string[] }[]>;

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

/** Single-word synonyms of `word` over all its senses, in WordNet order, without the word itself. */
export const wordnetSynonyms = (word: string): Promise<string[]> => {
  let result = cache.get(word);
  if (result === undefined) {
    result = loadLookup().then(async (lookup) => {
      const seen = new Set<string>();
      for (const sense of await lookup(word)) {
        for (const synonym of sense.synonyms) {
          const s = synonym.toLowerCase();
          if (s !== word && SINGLE_WORD.test(s)) seen.add(s);
        }
      }
      return [...seen];
    });
    // A failed load must not be cached forever as a rejection for every word.
    result.catch(() => cache.delete(word));
    cache.set(word, result);
  }
  return result;
};
