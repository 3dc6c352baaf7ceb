/**
 * Code-aware tokenizer shared by indexing and querying.
 *
 * A raw token is a run of unicode letters/digits joined by `_`, `-` or `$` (so `sprite-tiling`,
 * `foo_bar`, `$state` are one raw token). Each raw token yields its whole form (lowercased, joiners
 * removed: `sprite-tiling` → `spritetiling`, so the query "SpriteTiling" meets the directory
 * `sprite-tiling`) followed by its parts, split at joiners, lower→upper case changes
 * (`getElementById`), acronym ends (`XMLHttp` → `xml`, `http`) and letter/digit changes (`webgl2`).
 * Parts shorter than 2 characters are dropped: `x`, `2` and the `t` of "don't" carry no signal.
 */

const RAW_TOKEN = /[\p{L}\p{N}]+(?:[_\-$]+[\p{L}\p{N}]+)*/gu;
const JOINERS = /[_\-$]+/u;
/** Longer tokens are base64 blobs, hashes or minified code, not words. */
export const MAX_TOKEN_LENGTH = 48;
const MIN_PART_LENGTH = 2;

/** Splits one identifier into its lowercased parts (no whole form). */
export const splitIdentifier = (identifier: string): string[] => {
  const parts: string[] = [];
  for (const chunk of identifier.split(JOINERS)) {
    const spaced = chunk
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
      .replace(/(\p{L})(\p{N})/gu, '$1 $2')
      .replace(/(\p{N})(\p{L})/gu, '$1 $2');
    for (const part of spaced.split(' ')) {
      if (part.length >= MIN_PART_LENGTH) parts.push(part.toLowerCase());
    }
  }
  return parts;
};

/**
 * Tokens of a text, in order, duplicates kept (callers count term frequency).
 * A compound yields the whole form first, then each distinct part that differs from it.
 */
const SIMPLE_WORD = /^[a-z]+$/u;
const MEMO_LIMIT = 200_000;
// Identifiers repeat a lot across a repository (and the split below costs ~3 µs): memoize per raw token.
const memo = new Map<string, readonly string[]>();

const tokensOfRaw = (raw: string): readonly string[] => {
  const cached = memo.get(raw);
  if (cached !== undefined) return cached;
  const out: string[] = [];
  const whole = raw.replace(/[_\-$]+/gu, '').toLowerCase();
  if (whole.length >= MIN_PART_LENGTH) out.push(whole);
  const seen = new Set<string>([whole]);
  for (const part of splitIdentifier(raw)) {
    if (seen.has(part)) continue;
    seen.add(part);
    out.push(part);
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, out);
  return out;
};

/** Raw tokens of a text in order (before splitting), skipping overlong ones. */
export const rawTokens = (text: string): string[] => {
  const out: string[] = [];
  RAW_TOKEN.lastIndex = 0;
  for (let match = RAW_TOKEN.exec(text); match !== null; match = RAW_TOKEN.exec(text)) {
    if (match[0].length <= MAX_TOKEN_LENGTH) out.push(match[0]);
  }
  return out;
};

/** Tokens of one raw token: the whole form, then its distinct parts. */
export const splitRawToken = (raw: string): readonly string[] =>
  SIMPLE_WORD.test(raw) ? (raw.length >= MIN_PART_LENGTH ? [raw] : []) : tokensOfRaw(raw);

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

/** Tokens of a repo-relative path: each directory segment and the file stem, tokenized. */
export const tokenizePath = (path: string): string[] => {
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  const last = segments.pop();
  if (last !== undefined) segments.push(fileStem(last));
  return segments.flatMap((s) => tokenize(s));
};
