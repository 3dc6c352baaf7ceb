/** Words after which `(` or `/` starts an expression, not a call or a division. */
export const expressionKeywords = new Set([
  'return', 'await', 'throw', 'typeof', 'case', 'in', 'of', 'yield', 'void', 'delete', 'else', 'do', 'new', 'instanceof',
]);

/**
 * The text with comments, string and template literals and regular expressions turned to spaces
 * (newlines kept), so that punctuation found in it is code. An approximation: a quote or a regex
 * ends at its line's end, so an apostrophe in JSX text (`<p>Don't</p>`) hides one line at most.
 */
export const maskJavaScript = (text: string): string => {
  const out = charCodes(text);
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) if (out[k] !== newline) out[k] = space;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`' || (c === '/' && startsRegex(text, i))) {
      const stop = literalEnd(text, i, c);
      blank(i + 1, stop - 1);
      i = stop;
    } else {
      i++;
    }
  }
  return fromCharCodes(out);
};

const newline = 10;
const space = 32;

/** A text as UTF-16 code units: editing these and decoding once is far cheaper than joining a character array. */
export const charCodes = (text: string): Uint16Array => {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
};

// Node's utf16le reads little-endian code units, the byte order of a Uint16Array on the platforms Node
// runs on; String.fromCharCode over 8 KiB slices took half of the time of preparing React's Flow files.
export const fromCharCodes = (codes: Uint16Array): string =>
  Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');

/** Index after the literal that opens at `start`; quotes and regexes stop at the line's end, templates do not. */
const literalEnd = (text: string, start: number, quote: string): number => {
  let inClass = false;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '\n' && quote !== '`') return i;
    else if (quote === '/' && c === '[') inClass = true;
    else if (quote === '/' && c === ']') inClass = false;
    else if (c === quote && !inClass) return i + 1;
  }
  return text.length;
};

/** A `/` starts a regex after an operator or keyword; `</tag>` closes JSX. */
const startsRegex = (text: string, at: number): boolean => {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  const prev = text[i] ?? '';
  if (prev === '<') return false;
  if (/[\w$]/.test(prev)) {
    let s = i;
    while (s > 0 && /[\w$]/.test(text[s - 1] ?? '')) s--;
    return expressionKeywords.has(text.slice(s, i + 1));
  }
  return prev === '' || /[(,=:[!&|?{};+\-*%~^>]/.test(prev);
};

export const isWord = (c: string | undefined): boolean => c !== undefined && /[\w$]/.test(c);

/** The significant character before `at` and, if it ends a word, the word. */
export const before = (code: string, at: number): { char: string; word: string } => {
  let i = at - 1;
  while (i >= 0 && /\s/.test(code[i] ?? '')) i--;
  let s = i;
  while (s > 0 && isWord(code[s - 1])) s--;
  return { char: code[i] ?? '', word: isWord(code[i]) ? code.slice(s, i + 1) : '' };
};
