import type { LexicalIndex } from './LexicalIndex.ts';
import { rowEnd, rowStart } from './postings.ts';
import { MIN_PHRASE_WORDS } from './quotedPhrases.ts';

/** Reads a file of the repository by its repo-relative path; undefined when it cannot. */
export type ReadText = (path: string) => string | undefined;

export interface PhraseMatch {
  /** The longest run of the quoted words found verbatim, as found. */
  text: string;
  file: string;
  /** Words of that run, and of the quoted phrase. */
  words: number;
  of: number;
}

export interface PhraseBonus {
  /** Per module: what a quoted phrase found in one of its files adds. */
  bonus: Float64Array;
  match: (PhraseMatch | undefined)[];
}

/** Files read per phrase (those holding most of its words, best scored first), and bytes read per request at most. */
const MAX_FILES = 64;
const MAX_FILE_BYTES = 1 << 20;
const MAX_BYTES = 8 << 20;
/** Characters read on each side of an anchor, and anchors looked at per file. */
const WINDOW = 400;
const MAX_ANCHORS = 20;
/**
 * A run proves the phrase when it has three words or more, two or more of them as written (the rest
 * placeholders), half the phrase as written, and either all of the phrase or four words: three words of
 * a longer phrase ("file is empty" of "object file is empty") are common wording.
 */
const isMatch = (length: number, written: number, of: number): boolean =>
  length >= MIN_PHRASE_WORDS && written >= 2 && written * 2 >= of && (length === of || length >= 4);
/** A run shorter than this (two short words, "is on") proves nothing. */
const MIN_RUN_CHARS = 8;
/** A phrase found in more modules than this is common wording, not the place that prints it. */
const MAX_MODULES = 3;

/** A format placeholder of the file's text (`%s`, `%lu`, `{0}`, `${name}`, `{{count}}`): it stands for the value a message shows. */
const PLACEHOLDER = /%(?:\d+\$)?[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t|I64)?[diouxXeEfFgGcspqrv]|\$\{[^}\n]{0,80}\}|\{\{[^}\n]{0,80}\}\}|\{[\w.:]{0,40}\}/gu;
const WILDCARD = '\u0001';
const PLACEHOLDER_WORDS = 3;

/** The words of a file's text as phraseWords has them, each format placeholder a WILDCARD. */
export const textWords = (text: string): string[] => text.replace(PLACEHOLDER, ` ${WILDCARD} `).toLowerCase().match(/[\p{L}\p{N}]+|\u0001/gu) ?? [];

/**
 * Longest run of consecutive phrase words that the text's words hold in order, a placeholder standing
 * for any one to three words (the user's message holds the value: a number, a file name): [start in
 * phrase, length, words matched as written], the most words as written first.
 */
export const longestRun = (phrase: readonly string[], words: readonly string[]): [number, number, number] => {
  const positions = new Map<string, number[]>();
  phrase.forEach((w, i) => positions.set(w, [...(positions.get(w) ?? []), i]));
  const k = phrase.length;
  // run[i], real[i]: the run ending at phrase word i and the previous text word, and its words as written.
  let run = new Int32Array(k);
  let real = new Int32Array(k);
  let nextRun = new Int32Array(k);
  let nextReal = new Int32Array(k);
  let best: [number, number, number] = [0, 0, 0];
  const extend = (i: number, covered: number, written: number): void => {
    const before = i - covered;
    const length = (before >= 0 ? (run[before] as number) : 0) + covered;
    const asWritten = (before >= 0 ? (real[before] as number) : 0) + written;
    if (asWritten < (nextReal[i] as number) || (asWritten === nextReal[i] && length <= (nextRun[i] as number))) return;
    nextRun[i] = length;
    nextReal[i] = asWritten;
    if (asWritten > best[2] || (asWritten === best[2] && length > best[1])) best = [i - length + 1, length, asWritten];
  };
  for (const word of words) {
    nextRun.fill(0);
    nextReal.fill(0);
    // A placeholder stands for a value of up to PLACEHOLDER_WORDS words (`'%s'` for notes.txt).
    if (word === WILDCARD) for (let i = 0; i < k; i++) for (let covered = 1; covered <= Math.min(PLACEHOLDER_WORDS, i + 1); covered++) extend(i, covered, 0);
    else for (const i of positions.get(word) ?? []) extend(i, 1, 1);
    [run, nextRun] = [nextRun, run];
    [real, nextReal] = [nextReal, real];
  }
  return best;
};

/**
 * Quoted phrases found verbatim (case and punctuation aside) in the repository's files: a request that
 * quotes an error message or a prompt names the file that prints it, however ordinary its words
 * ("Something went wrong", "Should I try again"). The files holding most of a phrase's indexed words
 * are read (`readText`), best scored first (`fileScores`, the file level's BM25F); the longest run of the
 * phrase's words each file holds in order counts when it has three words or more, at least half the
 * phrase (a user's own value inside a quoted message is nowhere) and eight letters. Each module holding
 * the longest run found gains `weight × top × run / phrase length`, unless more than three do.
 */
export const scorePhrases = (
  index: LexicalIndex,
  phrases: readonly (readonly string[])[],
  readText: ReadText,
  fileScores: Float64Array,
  top: number,
): PhraseBonus => {
  const n = index.ids.length;
  const bonus = new Float64Array(n);
  const match: (PhraseMatch | undefined)[] = new Array(n).fill(undefined);
  const level = index.files;
  const weight = index.options.phrases.weight;
  if (!level || weight <= 0 || top <= 0 || phrases.length === 0) return { bonus, match };
  const files = level.index;
  // Only files whose text the index holds (their term bags): not tests, which assert every message,
  // completions, docs or data.
  const code = files.fields.find((f) => { const sources = index.options.fields[f.name]?.sources; return sources?.length === 1 && sources[0] === 'code'; });
  const hasText = (f: number): boolean => code === undefined || (code.lengths[f] ?? 0) > 0;
  let budget = MAX_BYTES;
  const cache = new Map<number, { text: string; lower: string } | undefined>();
  const textOf = (f: number): { text: string; lower: string } | undefined => {
    if (cache.has(f)) return cache.get(f);
    const path = files.ids[f];
    const text = path !== undefined && budget > 0 ? readText(path) : undefined;
    const read = text !== undefined && text.length <= MAX_FILE_BYTES ? { text, lower: text.toLowerCase() } : undefined;
    if (read !== undefined) budget -= text?.length ?? 0;
    cache.set(f, read);
    return read;
  };
  // The best run of a phrase in a file, looked for only around the anchor (the phrase's rarest indexed
  // word): tokenizing whole files made a request to git's tree take 80 ms.
  const runIn = (f: number, phrase: readonly string[], anchor: string): [number, number, number] => {
    const read = textOf(f);
    let best: [number, number, number] = [0, 0, 0];
    if (read === undefined) return best;
    let at = read.lower.indexOf(anchor);
    for (let seen = 0; at >= 0 && seen < MAX_ANCHORS; seen++) {
      const window = read.text.slice(Math.max(0, at - WINDOW), at + anchor.length + WINDOW);
      const found = longestRun(phrase, textWords(window));
      if (found[2] > best[2] || (found[2] === best[2] && found[1] > best[1])) best = found;
      at = read.lower.indexOf(anchor, at + WINDOW);
    }
    return best;
  };
  for (const phrase of phrases) {
    // Files by how many of the phrase's indexed words they hold (any field of the file level).
    const ids = new Map<number, string>();
    for (const word of phrase) {
      const id = files.terms.id(word);
      if (id !== undefined) ids.set(id, word);
    }
    if (ids.size === 0) continue;
    const count = new Map<number, number>();
    let anchor = '';
    let rarest = Infinity;
    for (const [id, word] of ids) {
      const holders = new Set<number>();
      for (const field of files.fields) {
        const { docs } = field.postings;
        for (let i = rowStart(field.postings, id), end = rowEnd(field.postings, id); i < end; i++) holders.add(docs[i] as number);
      }
      for (const f of holders) count.set(f, (count.get(f) ?? 0) + 1);
      if (holders.size > 0 && holders.size < rarest) {
        rarest = holders.size;
        anchor = word;
      }
    }
    if (anchor === '') continue;
    let most = 0;
    for (const c of count.values()) if (c > most) most = c;
    if (most < Math.min(2, ids.size)) continue;
    // A value the user's message holds (a number, a name) need not be in the file that prints it.
    const least = Math.max(Math.min(2, ids.size), Math.ceil(most / 2));
    const candidates = [...count].filter(([f, c]) => c >= least && hasText(f)).map(([f]) => f);
    candidates.sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || (fileScores[b] ?? 0) - (fileScores[a] ?? 0) || a - b);
    let best = 0;
    let length = 0;
    let found: { f: number; start: number }[] = [];
    for (const f of candidates.slice(0, MAX_FILES)) {
      const [start, run, written] = runIn(f, phrase, anchor);
      if (!isMatch(run, written, phrase.length)) continue;
      if (phrase.slice(start, start + run).join(' ').length < MIN_RUN_CHARS) continue;
      const rank = written * 100 + run;
      if (rank > best) {
        best = rank;
        length = run;
        found = [];
      }
      if (rank === best) found.push({ f, start });
    }
    const modules = new Set(found.map(({ f }) => level.owner[f] as number));
    if (best === 0 || modules.size > MAX_MODULES) continue;
    const gain = (weight * top * length) / phrase.length;
    for (const { f, start } of found) {
      const m = level.owner[f] as number;
      if (gain <= (bonus[m] as number)) continue;
      bonus[m] = gain;
      match[m] = { text: phrase.slice(start, start + length).join(' '), file: files.ids[f] as string, words: length, of: phrase.length };
    }
  }
  return { bonus, match };
};
