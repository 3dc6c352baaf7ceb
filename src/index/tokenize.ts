/**
 * Code-aware tokenizer shared by indexing and querying.
 *
 * A raw token is a run of unicode letters/digits joined by `_`, `-` or `$` (so `sprite-tiling`,
 * `foo_bar`, `$state` are one raw token). Each raw token yields its whole form (lowercased, joiners
 * removed: `sprite-tiling` → `spritetiling`, so the query "SpriteTiling" meets the directory
 * `sprite-tiling`) followed by its parts, split at joiners, lower→upper case changes
 * (`getElementById`), acronym ends (`XMLHttp` → `xml`, `http`; but `URLs` stays `urls`, a plural) and
 * letter/digit changes (`webgl2`).
 * Parts shorter than 2 characters are dropped: `x`, `2` and the `t` of "don't" carry no signal.
 * A run of Chinese, Japanese or Korean characters also yields its overlapping character pairs
 * (`内存泄漏` → 内存, 存泄, 泄漏): those scripts put no spaces between words.
 */

import { cjkBigrams } from '../util/cjkBigrams.ts';
import { MAX_TOKEN_LENGTH, rawTokens } from '../util/rawTokens.ts';

export { MAX_TOKEN_LENGTH, rawTokens };

const JOINERS = /[_\-$]+/u;
const MIN_PART_LENGTH = 2;

const ASCII_ALNUM = /^[A-Za-z0-9]+$/u;
const kind = (c: number): number => (c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : 3); // lower, upper, digit

/** An `s` that ends an acronym's run (`URLs`, `APIsFor`): its plural, not the start of a word (`UR` + `Ls`). */
const isPluralS = (chunk: string, at: number): boolean =>
  chunk.charCodeAt(at) === 115 && (at + 1 === chunk.length || kind(chunk.charCodeAt(at + 1)) !== 1);

/**
 * The four splitting rules below on an ASCII chunk, by one scan instead of four regex replaces
 * (identifiers are split millions of times when a big graph is built). Boundaries: lower→upper,
 * before the last upper of an upper run followed by a lower (`XMLHttp`), letter↔digit.
 */
const splitAsciiChunk = (chunk: string, parts: string[]): void => {
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= chunk.length; i++) {
    let boundary = i === chunk.length;
    if (!boundary) {
      const prev = kind(chunk.charCodeAt(i - 1));
      const cur = kind(chunk.charCodeAt(i));
      boundary =
        (prev === 1 && cur === 2) ||
        (prev === 2 && cur === 2 && i + 1 < chunk.length && kind(chunk.charCodeAt(i + 1)) === 1 && !isPluralS(chunk, i + 1)) ||
        (prev === 3) !== (cur === 3);
    }
    if (boundary) {
      runs.push(chunk.slice(start, i));
      start = i;
    }
  }
  pushRuns(runs, parts);
};

const DIGIT_RUN = /^\p{N}+$/u;
const LETTER_RUN = /^\p{L}+$/u;
const UPPER_START = /^\p{Lu}/u;
const UPPER_RUN = /^\p{Lu}+$/u;

/**
 * A capital that opens a chunk alone before a capitalised word (`FFmpegDecoder`: F | Fmpeg | Decoder,
 * `OAuthClient`, `GObjectClass`): a brand or prefix spelled with two capitals, so the two runs are also one word
 * (`ffmpeg`, `oauth`, `gobject`); a request that says "ffmpeg" had not met `FFmpegDecoder`. Not before digits, which
 * join on their own (`IPv6Address` → `ipv6`); not an `I`, the interface prefix of C# and TypeScript (`IUserService`).
 */
const isLoneCapital = (run: string, next: string | undefined, after: string | undefined): boolean =>
  run.length === 1 &&
  run !== 'I' &&
  UPPER_RUN.test(run) &&
  next !== undefined &&
  next.length >= MIN_PART_LENGTH &&
  UPPER_START.test(next) &&
  !UPPER_RUN.test(next) &&
  LETTER_RUN.test(next) &&
  (after === undefined || !DIGIT_RUN.test(after));

/**
 * A chunk's parts from its runs (split at case changes and digits): each run of two characters or more, and the
 * letters of a run with the digits that end it where those end the chunk or meet a capital (`v8`, `utf8Decoder`,
 * `http2`): one letter and one digit are too short alone (vitest's `coverage-v8` had no `v8`). An acronym split
 * before the letters joins back (`IPv6`: I | Pv → `ipv6`); a single letter joins only at the chunk's start (`v8`,
 * not a hash's `3f2a`); digits before a lowercase letter (`i18n`, `u200b`) join nothing.
 */
export const pushRuns = (runs: readonly string[], parts: string[]): void => {
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k] as string;
    if (run.length >= MIN_PART_LENGTH) parts.push(run.toLowerCase());
    if (k === 0 && isLoneCapital(run, runs[1], runs[2])) parts.push((run + (runs[1] as string)).toLowerCase());
    if (k === 0 || !DIGIT_RUN.test(run)) continue;
    const next = runs[k + 1];
    if (next !== undefined && !UPPER_START.test(next)) continue;
    let from = k - 1;
    const letters = runs[from] as string;
    if (!LETTER_RUN.test(letters)) continue;
    if (UPPER_START.test(letters) && from > 0 && UPPER_RUN.test(runs[from - 1] as string)) from--;
    if (from > 0 && letters.length === 1 && from === k - 1) continue;
    parts.push(runs.slice(from, k + 1).join('').toLowerCase());
  }
};

// Scripts written without spaces between words. A run of them next to other letters is a boundary, so
// "HTTP客户端仍然发送过期的cookie" still yields `http` and `cookie`.
// Script extensions: ー and 々 (script Common) belong to the Japanese words around them.
const UNSPACED = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}\\p{sc=Thai}';
const UNSPACED_TO_OTHER = new RegExp(`([${UNSPACED}])(?=[^${UNSPACED}])`, 'gu');
const OTHER_TO_UNSPACED = new RegExp(`([^${UNSPACED}])(?=[${UNSPACED}])`, 'gu');

/** Splits one identifier into its lowercased parts (no whole form). */
export const splitIdentifier = (identifier: string): string[] => {
  const parts: string[] = [];
  for (const chunk of identifier.split(JOINERS)) {
    if (ASCII_ALNUM.test(chunk)) {
      splitAsciiChunk(chunk, parts);
      continue;
    }
    const spaced = chunk
      .replace(UNSPACED_TO_OTHER, '$1 ')
      .replace(OTHER_TO_UNSPACED, '$1 ')
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
      .replace(/(\p{L})(\p{N})/gu, '$1 $2')
      .replace(/(\p{N})(\p{L})/gu, '$1 $2');
    pushRuns(spaced.split(' '), parts);
  }
  return parts;
};

/**
 * Tokens of a text, in order, duplicates kept (callers count term frequency).
 * A compound yields the whole form first, then each distinct part that differs from it.
 */
const SIMPLE_WORD = /^[a-z]+$/u;
const HAS_JOINER = /[_\-$]/;
const MEMO_LIMIT = 200_000;
// Identifiers repeat a lot across a repository (and the split below costs ~3 µs): memoize per raw token.
const memo = new Map<string, readonly string[]>();

/**
 * Apple's system names are one word each: `iOS` split as i + OS gave every request about iOS the term
 * `os`, which met Android's `android.os` and `os.log`.
 */
const SYSTEM_NAME = /^(?:i|iPad|mac|tv|watch|vision)OS$/u;
/**
 * Folder names whose parts mean nothing alone: `node_modules` split as node + modules matched every `*Node.ts`
 * of a JavaScript compiler (rollup's review: two requests about `node_modules` went to its AST nodes).
 */
const FOLDER_NAME = /^(?:node_modules|site[-_]packages|bower_components)$/iu;

/** The whole form, then the distinct parts, of a compound raw token (not memoized). */
const partsOfRaw = (token: string): string[] => {
  if (SYSTEM_NAME.test(token)) return [token.toLowerCase()];
  if (FOLDER_NAME.test(token)) return [token.replace(/[_-]+/gu, '').toLowerCase()];
  // One spelling of each accented letter: a decomposed é (e + U+0301) must meet the composed one.
  const raw = token.normalize('NFC');
  const out: string[] = [];
  const whole = (HAS_JOINER.test(raw) ? raw.replace(/[_\-$]+/gu, '') : raw).toLowerCase();
  if (whole.length >= MIN_PART_LENGTH) out.push(whole);
  // A handful of parts: a linear scan beats a Set.
  for (const part of splitIdentifier(raw)) if (part !== whole && !out.includes(part)) out.push(part);
  // Chinese, Japanese and Korean runs: their character pairs too (util/cjkBigrams.ts).
  for (let i = 0, n = out.length; i < n; i++) for (const pair of cjkBigrams(out[i] as string)) if (!out.includes(pair)) out.push(pair);
  return out;
};

const tokensOfRaw = (raw: string): readonly string[] => {
  const cached = memo.get(raw);
  if (cached !== undefined) return cached;
  const out = partsOfRaw(raw);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, out);
  return out;
};

/** Tokens of one raw token: the whole form, then its distinct parts. */
export const splitRawToken = (raw: string): readonly string[] =>
  SIMPLE_WORD.test(raw) ? (raw.length >= MIN_PART_LENGTH ? [raw] : []) : tokensOfRaw(raw);

/** `splitRawToken` without its memo, for callers that memoize the finished terms themselves. */
export const splitRawTokenOnce = (raw: string): readonly string[] =>
  SIMPLE_WORD.test(raw) ? (raw.length >= MIN_PART_LENGTH ? [raw] : []) : partsOfRaw(raw);

export const tokenize = (text: string): string[] => {
  const out: string[] = [];
  for (const raw of rawTokens(text)) for (const token of splitRawToken(raw)) out.push(token);
  return out;
};

/** File extensions that say nothing about what a file does. */
const EXTENSION = /(\.d)?\.(m|c)?(j|t)sx?$|\.[a-z0-9]{1,6}$/iu;

/** Base name of a file path without its extension(s): `lib/scene/Sprite.d.ts` → `Sprite`. */
export const fileStem = (path: string): string => {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const stem = base.replace(EXTENSION, '');
  return stem === '' ? base : stem;
};

/**
 * Extensions that name what a request would name: the shell or editor a script is for ("CTRL-R in bash" and
 * fzf's `key-bindings.bash` beside `key-bindings.zsh` and `.fish`), languages people call by name, and build tools
 * (resty's "the Bazel build" had found no module: `BUILD.bazel` read as `build`).
 */
const NAMED_EXTENSION = /\.(bash|zsh|fish|ksh|csh|tcsh|vim|nix|sql|graphql|cmake|ps1|bazel|bzl|gradle|proto|tf)$/iu;
const EXTENSION_NAMES: Readonly<Record<string, string>> = { ps1: 'powershell' };

/**
 * Build and deployment files named after their tool, one word that a request splits (LocalSend's "self-hosted with
 * Docker" had not met `server/Dockerfile`). Not `Makefile`, `Justfile`: "make" and "just" are words of every request;
 * nor a `Gemfile` or `Rakefile`, which every Ruby repository's root holds: "the gem" is the library, not its root.
 */
const TOOL_FILES: ReadonlyMap<string, string> = new Map([
  ['dockerfile', 'docker'], ['containerfile', 'container'], ['jenkinsfile', 'jenkins'], ['vagrantfile', 'vagrant'],
  ['podfile', 'cocoapods'], ['brewfile', 'brew'], ['earthfile', 'earthly'], ['tiltfile', 'tilt'],
]);

/** Tokens of a repo-relative path: each directory segment and the file stem, tokenized, and a named extension. */
export const tokenizePath = (path: string): string[] => {
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  const last = segments.pop();
  if (last !== undefined) segments.push(fileStem(last));
  const named = last !== undefined ? NAMED_EXTENSION.exec(last)?.[1]?.toLowerCase() : undefined;
  if (named !== undefined && named !== segments[segments.length - 1]?.toLowerCase()) segments.push(EXTENSION_NAMES[named] ?? named);
  const tool = last !== undefined ? TOOL_FILES.get(fileStem(last).toLowerCase()) : undefined;
  if (tool !== undefined) segments.push(tool);
  return segments.flatMap((s) => tokenize(s));
};
