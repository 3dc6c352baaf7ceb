import { blankText } from '../../../util/blankText.ts';
import { quotedEnd } from '../../../util/quotedEnd.ts';

/**
 * A Rust text with its comments (line comments, nested block comments), strings (`"…"`, `b"…"`, raw `r#"…"#`) and
 * character literals (`'{'`, `b'"'`, `'\u{7d}'`) blanked, newlines kept: as long as the text, so offsets and
 * lines stay true, and every bracket left is code. A quote that opens no character literal is a lifetime
 * or a label (`'a`, `'outer: loop`) and stays.
 */
export const maskRust = (text: string): string => {
  const out: string[] = [];
  let start = 0; // first character not yet copied
  const blankTo = (from: number, end: number) => {
    out.push(text.slice(start, from), blankText(text.slice(from, end)));
    start = end;
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      blankTo(i, end < 0 ? text.length : end);
      i = start;
    } else if (c === '/' && next === '*') {
      blankTo(i, blockCommentEnd(text, i));
      i = start;
    } else if (c === '"') {
      blankTo(i, quotedEnd(text, i));
      i = start;
    } else if ((c === 'r' || c === 'b' || c === 'c') && !isIdentifierChar(text[i - 1])) {
      RAW_STRING.lastIndex = i;
      const raw = RAW_STRING.exec(text);
      if (raw) {
        const close = text.indexOf(`"${raw[1] ?? ''}`, i + raw[0].length);
        blankTo(i, close < 0 ? text.length : close + 1 + (raw[1] ?? '').length);
        i = start;
      } else {
        i++;
      }
    } else if (c === "'") {
      CHAR_LITERAL.lastIndex = i;
      const literal = CHAR_LITERAL.exec(text);
      if (literal) {
        blankTo(i, i + literal[0].length);
        i = start;
      } else {
        i++;
      }
    } else {
      i++;
    }
  }
  out.push(text.slice(start));
  return out.join('');
};

/** `r"…"`, `r#"…"#`, `br##"…"##`, `cr"…"`: the hashes the closing quote must be followed by. */
const RAW_STRING = /(?:b|c)?r(#*)"/uy;
/** One character or escape between quotes: `'x'`, `'\n'`, `'\''`, `'\x7f'`, `'\u{10FFFF}'`, `'é'`. */
const CHAR_LITERAL = /'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]{1,8}\}|[^\n])|[^\\'\n])'/uy;

const isIdentifierChar = (c: string | undefined): boolean => c !== undefined && /[\w]/u.test(c);

/** The offset after a block comment opened at `open`; Rust's nest, a comment within a comment. */
const blockCommentEnd = (text: string, open: number): number => {
  let depth = 0;
  for (let j = open; j < text.length - 1; j++) {
    if (text[j] === '/' && text[j + 1] === '*') {
      depth++;
      j++;
    } else if (text[j] === '*' && text[j + 1] === '/') {
      depth--;
      j++;
      if (depth === 0) return j + 1;
    }
  }
  return text.length;
};
