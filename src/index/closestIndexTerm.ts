import { vocabularyId, type LexicalIndex } from './LexicalIndex.ts';
import { rowEnd, rowStart } from './postings.ts';
import { isStopword } from './stopwords.ts';
import { keyboardNeighbours } from '../util/keyboardNeighbours.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const VOWELS = 'aeiouy';
/** Per letter, the letters a mistyped one may stand for: keys beside it (QWERTY) and, for a vowel, the other vowels (`hidration`, `removel`). */
const SUBSTITUTES: ReadonlyMap<string, string> = new Map(
  [...LETTERS].map((c) => {
    const near = new Set<string>([...(VOWELS.includes(c) ? VOWELS : ''), ...keyboardNeighbours(c)]);
    near.delete(c);
    return [c, [...near].join('')];
  }),
);

/**
 * Every string one typing mistake away from `word`: a letter dropped, added or swapped with its neighbour,
 * or a wrong letter that is a key beside the right one or a vowel for a vowel (Damerau's edits, narrowed:
 * `jsdoc` is no typo of `jsdom`). The first letter is kept but for a swap with the second: people rarely
 * mistype it, and identifiers that differ only there are other names (`getsrc` and `setsrc`). ~35n
 * strings; each is one lookup in the term table.
 */
export const oneEditAway = (word: string): Set<string> => {
  const out = new Set<string>();
  if (word.length > 1) out.add((word[1] as string) + (word[0] as string) + word.slice(2));
  for (let i = 1; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2));
    if (tail.length > 0) for (const c of SUBSTITUTES.get(tail[0] as string) ?? '') out.add(head + c + tail.slice(1));
    for (const c of LETTERS) out.add(head + c + tail);
  }
  out.delete(word);
  return out;
};

/** How many modules have the term in any field (static postings): how common a spelling the repository uses it is. */
const moduleCount = (index: LexicalIndex, id: number): number => {
  let count = 0;
  for (const field of index.fields) count += rowEnd(field.postings, id) - rowStart(field.postings, id);
  return count;
};

/**
 * The index's term that a mistyped query word most likely meant (`recieve` → `receive`, `reactivty` →
 * `reactivity`): the most widespread term one edit away, ties by spelling. Undefined when none is. The
 * caller decides that the word is a typo (not in the index, not a dictionary word): a real word one edit
 * from another (`stale`, `state`) is no mistake.
 */
export const closestIndexTerm = (index: LexicalIndex, word: string): string | undefined => {
  let best: { term: string; count: number } | undefined;
  for (const candidate of oneEditAway(word)) {
    if (candidate.length < 3 || isStopword(candidate)) continue;
    const id = vocabularyId(index, candidate);
    if (id === undefined) continue;
    const count = moduleCount(index, id);
    if (best === undefined || count > best.count || (count === best.count && candidate < best.term)) best = { term: candidate, count };
  }
  return best?.term;
};
