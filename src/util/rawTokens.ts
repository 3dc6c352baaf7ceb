/**
 * Raw tokens: runs of unicode letters/digits joined by `_`, `-` or `$` (so `sprite-tiling`,
 * `foo_bar`, `$state` are one raw token). Shared by the index build's tokenizer (index/tokenize.ts)
 * and the per-file term bags written at parse time (graph/codeTermBag.ts), so both cut text alike.
 */

// A combining mark continues a word (Thai tone marks, Devanagari vowel signs, a decomposed accent): a
// token of letters and digits alone cut หน่วย into หน + วย.
const RAW_TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[_\-$]+[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
/** Longer tokens are base64 blobs, hashes or minified code, not words. */
export const MAX_TOKEN_LENGTH = 48;

const NON_ASCII = /[^\x00-\x7f]/;
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isJoiner = (c: number): boolean => c === 95 || c === 45 || c === 36;

export const isAscii = (text: string): boolean => !NON_ASCII.test(text);

/**
 * RAW_TOKEN for ASCII text by a char-code scan (the unicode regex costs several times more per
 * token): calls `onToken(start, end)` per raw token, skipping overlong ones.
 */
export const scanAsciiRawTokens = (text: string, onToken: (start: number, end: number) => void): void => {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAlnum(text.charCodeAt(i))) i++;
    for (;;) {
      let j = i;
      while (j < n && isJoiner(text.charCodeAt(j))) j++;
      if (j === i || j >= n || !isAlnum(text.charCodeAt(j))) break;
      i = j;
      while (i < n && isAlnum(text.charCodeAt(i))) i++;
    }
    if (i - start <= MAX_TOKEN_LENGTH) onToken(start, i);
  }
};

/** Calls `onToken` with each raw token of a text in order (before splitting), skipping overlong ones. */
export const forEachRawToken = (text: string, onToken: (raw: string) => void): void => {
  if (isAscii(text)) {
    scanAsciiRawTokens(text, (start, end) => onToken(text.slice(start, end)));
    return;
  }
  RAW_TOKEN.lastIndex = 0;
  for (let match = RAW_TOKEN.exec(text); match !== null; match = RAW_TOKEN.exec(text)) {
    if (match[0].length <= MAX_TOKEN_LENGTH) onToken(match[0]);
  }
};

/** Raw tokens of a text in order (before splitting), skipping overlong ones. */
export const rawTokens = (text: string): string[] => {
  const out: string[] = [];
  forEachRawToken(text, (raw) => out.push(raw));
  return out;
};
