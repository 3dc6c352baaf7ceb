import type { LexicalIndex } from './LexicalIndex.ts';
import { docsWithTerm } from './postings.ts';
import { porterStem } from './porterStem.ts';
import { MIN_PHRASE_WORDS } from './quotedPhrases.ts';
import { STOPWORDS } from './stopwords.ts';

/** Reads a file of the repository by its repo-relative path; undefined when it cannot, or when it holds more than `maxBytes`. */
export type ReadText = (path: string, maxBytes: number) => string | undefined;

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

/** Files read per phrase (those holding most of its words, then the best scored), and bytes read per request at most. */
const MAX_FILES = 64;
const MAX_FILE_BYTES = 1 << 20;
const MAX_BYTES = 8 << 20;
/**
 * Characters read on each side of an anchor: a quoted phrase is at most 300, so an anchor less than
 * WINDOW − 300 after one already read has its phrase inside that window. Windows read per file at most.
 */
const WINDOW = 400;
const PHRASE_CHARS = 300;
const MAX_WINDOWS = 200;
/**
 * A run proves the phrase when it has three words or more, two or more of them as written (the rest
 * placeholders), half the phrase as written, and either all of the phrase or four words: three words of
 * a longer phrase ("file is empty" of "object file is empty") are common wording. Where placeholders stand in, two of
 * the words as written are no function words: Firefly III's "relation …_id_seq does not exist" had found "group #%d does
 * not exist", the placeholder standing for the three words that said which.
 */
export const isMatch = (length: number, written: number, of: number, topical: number): boolean =>
  length >= MIN_PHRASE_WORDS && written >= 2 && written * 2 >= of && (length === of || length >= 4) && (written === length || topical >= 2);
/** A run shorter than this in characters (two short words, "is on") proves nothing. */
const MIN_RUN_CHARS = 8;
/** A phrase found in more modules than this is common wording, not the place that prints it. */
const MAX_MODULES = 3;

/**
 * A format placeholder of the file's text: it stands for the value a message shows. printf's (`%s`, `%lu`,
 * `%-5d`, Go's `%w` and `%T`, Objective-C's `%@`, Python's `%(name)s`), Qt's `%1`, braces (`{0}`, `{}`,
 * `{x!r}`, Rust's `{:?}` and `{n:>5}`, `{{count}}`), template and string interpolation (`${name}`, Kotlin's and
 * Dart's `$name`, Swift's `\(x)`). No flag is a space: "100% complete" holds none.
 */
const PLACEHOLDER =
  /%(?:\d+\$)?[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t|I64)?[diouxXeEfFgGcspqrvwT@]|%\([\w.]+\)[-+#0]*\d*(?:\.\d+)?[a-zA-Z]|%\d\b|\$\{[^}\n]{0,80}\}|\{\{[^}\n]{0,80}\}\}|\{[\w.:!?<>^+#=-]{0,30}\}|\$[A-Za-z_]\w*|\\\([^()\n]{0,40}\)/gu;
const WILDCARD = '\u0001';
const PLACEHOLDER_WORDS = 3;

/** The words of a file's text as phraseWords has them, each format placeholder a WILDCARD. */
export const textWords = (text: string): string[] => text.replace(PLACEHOLDER, ` ${WILDCARD} `).toLowerCase().match(/[\p{L}\p{N}]+|\u0001/gu) ?? [];

/**
 * A line that is a comment: a message is printed from a string, and a comment that says the same words
 * explains code elsewhere (Syncthing's "out of sync items" in a Go comment, while the UI string it names
 * lives in an HTML view).
 */
const COMMENT_LINE = /^[ \t]*(?:\/\/|\/\*|\*|#|--|;|%).*$/gmu;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Longest run of consecutive phrase words that the text's words hold in order, a placeholder standing
 * for none to three words (the user's message holds the value: a number, a file name, or leaves it out):
 * [start in phrase, length, words matched as written], the most words as written first.
 */
export const longestRun = (phrase: readonly string[], words: readonly string[]): [number, number, number, number] => {
  const positions = new Map<string, number[]>();
  phrase.forEach((w, i) => positions.set(w, [...(positions.get(w) ?? []), i]));
  const k = phrase.length;
  // run[i], real[i]: the run ending at phrase word i and the previous text word, and its words as written; topic[i]:
  // of those, the words that are no function words.
  let run = new Int32Array(k);
  let real = new Int32Array(k);
  let topic = new Int32Array(k);
  let nextRun = new Int32Array(k);
  let nextReal = new Int32Array(k);
  let nextTopic = new Int32Array(k);
  let best: [number, number, number, number] = [0, 0, 0, 0];
  const extend = (i: number, covered: number, written: number): void => {
    const before = i - covered;
    const length = (before >= 0 ? (run[before] as number) : 0) + covered;
    const asWritten = (before >= 0 ? (real[before] as number) : 0) + written;
    if (asWritten < (nextReal[i] as number) || (asWritten === nextReal[i] && length <= (nextRun[i] as number))) return;
    const topical = (before >= 0 ? (topic[before] as number) : 0) + (written > 0 && !STOPWORDS.has(phrase[i] as string) ? 1 : 0);
    nextRun[i] = length;
    nextReal[i] = asWritten;
    nextTopic[i] = topical;
    if (asWritten > best[2] || (asWritten === best[2] && length > best[1])) best = [i - length + 1, length, asWritten, topical];
  };
  for (const word of words) {
    nextRun.fill(0);
    nextReal.fill(0);
    nextTopic.fill(0);
    // A placeholder stands for a value of up to PLACEHOLDER_WORDS words (`'%s'` for notes.txt).
    if (word === WILDCARD) {
      for (let i = 0; i < k; i++) {
        // … or for none: a value the user's quote left out ("Expected '===' and instead saw '=='").
        if ((run[i] as number) > 0 && ((real[i] as number) > (nextReal[i] as number) || ((real[i] as number) === nextReal[i] && (run[i] as number) > (nextRun[i] as number)))) {
          nextRun[i] = run[i] as number;
          nextReal[i] = real[i] as number;
          nextTopic[i] = topic[i] as number;
        }
        for (let covered = 1; covered <= Math.min(PLACEHOLDER_WORDS, i + 1); covered++) extend(i, covered, 0);
      }
    }
    else for (const i of positions.get(word) ?? []) extend(i, 1, 1);
    [run, nextRun] = [nextRun, run];
    [real, nextReal] = [nextReal, real];
    [topic, nextTopic] = [nextTopic, topic];
  }
  return best;
};

/**
 * Quoted phrases found verbatim (case and punctuation aside) in the repository's files: a request that
 * quotes an error message or a prompt names the file that prints it, however ordinary its words
 * ("Something went wrong", "Should I try again"). The files holding most of a phrase's indexed words
 * are read (`readText`), then the best scored (`fileScores`, the file level's BM25F); the longest run of the
 * phrase's words each file holds in order counts when it has three words or more, at least half the
 * phrase (a user's own value inside a quoted message is nowhere) and eight characters. Each module holding
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
  // Lowercased once: windows are cut from it (a lowercased 'İ' is two characters, so offsets into the
  // original would drift).
  const cache = new Map<number, string | undefined>();
  const textOf = (f: number): string | undefined => {
    if (cache.has(f)) return cache.get(f);
    const path = files.ids[f];
    const text = path !== undefined && budget > 0 ? readText(path, Math.min(MAX_FILE_BYTES, budget)) : undefined;
    if (text !== undefined) budget -= text.length;
    const lower = text?.toLowerCase();
    cache.set(f, lower);
    return lower;
  };
  // The best run of a phrase in a file, looked for only around the anchor (a rare word of the phrase the
  // file holds) as a whole word: tokenizing whole files made a request to git's tree take 80 ms.
  const runIn = (f: number, phrase: readonly string[], anchor: string): [number, number, number, number] => {
    const lower = textOf(f);
    let best: [number, number, number, number] = [0, 0, 0, 0];
    if (lower === undefined) return best;
    let covered = -1;
    let windows = 0;
    for (let at = lower.indexOf(anchor); at >= 0 && windows < MAX_WINDOWS; at = lower.indexOf(anchor, at + anchor.length)) {
      if (isWordChar(lower[at - 1]) || isWordChar(lower[at + anchor.length]) || at < covered) continue;
      windows++;
      covered = at + WINDOW - PHRASE_CHARS;
      const window = lower.slice(Math.max(0, at - WINDOW), at + anchor.length + WINDOW).replace(COMMENT_LINE, '');
      const found = longestRun(phrase, textWords(window));
      if (found[2] > best[2] || (found[2] === best[2] && found[1] > best[1])) best = found;
    }
    return best;
  };
  for (const phrase of phrases) {
    // Files by how many of the phrase's indexed words they hold (any field of the file level).
    const ids = new Map<number, string>();
    for (const word of phrase) {
      const id = files.terms.id(index.options.stem ? porterStem(word) : word);
      if (id !== undefined) ids.set(id, word);
    }
    if (ids.size === 0) continue;
    const count = new Map<number, number>();
    const holdersOf: { word: string; holders: Set<number> }[] = [];
    for (const [id, word] of ids) {
      const holders = docsWithTerm(files.fields, id);
      for (const f of holders) count.set(f, (count.get(f) ?? 0) + 1);
      holdersOf.push({ word, holders });
    }
    // Rarest first: each file is searched around the rarest word it holds (the user's own value may be
    // the rarest of all, in a file that has nothing to do with the message).
    holdersOf.sort((a, b) => a.holders.size - b.holders.size);
    const anchorOf = (f: number): string | undefined => holdersOf.find((h) => h.holders.has(f))?.word;
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
      const anchor = anchorOf(f);
      if (anchor === undefined) continue;
      const [start, run, written, topical] = runIn(f, phrase, anchor);
      if (!isMatch(run, written, phrase.length, topical)) continue;
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
