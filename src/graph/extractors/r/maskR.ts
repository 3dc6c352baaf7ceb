import { blankText } from '../../../util/blankText.ts';
import { quotedEnd } from '../../../util/quotedEnd.ts';
import { createTwoViewMask } from '../../../util/twoViewMask.ts';

/** Two views of an R text, each as long as it with its newlines in place, so offsets and lines stay true. */
export interface MaskedR {
  /** Comments blanked (roxygen `#'` lines too): strings are read here (`setClass("Shape"`, `source("x.R")`). */
  code: string;
  /** Comments blanked, every string's content too (its quotes stay), a backquoted name's to `_`: calls and brackets are looked for here. */
  bare: string;
}

/** R 4.0's raw strings: `r"(...)"`, `R'[...]'`, `r"---{...}---"`; the closing bracket and dashes must match. */
const RAW_OPEN = /[rR](["'])(-*)([([{])/uy;
const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * Blanks what no line reader may take for code: a `#` comment to the end of its line, and a string's
 * content (`"#"`, `"a <- function("`, a raw string). A backquoted name (`` `%+%` ``) is a name: a `#` inside
 * it or inside a string starts no comment.
 */
export const maskR = (text: string): MaskedR => {
  const mask = createTwoViewMask(text);
  const literal = (from: number, end: number, quoteLength: number) => {
    const piece = text.slice(from, end);
    const inner = piece.length >= 2 * quoteLength ? piece.slice(quoteLength, piece.length - quoteLength) : piece.slice(quoteLength);
    mask.replace(from, end, piece, piece.slice(0, quoteLength) + blankText(inner) + piece.slice(quoteLength + inner.length));
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '#') {
      i = mask.lineComment(i);
      continue;
    }
    if ((c === 'r' || c === 'R') && !/[\w.]/u.test(text[i - 1] ?? '')) {
      RAW_OPEN.lastIndex = i;
      const raw = RAW_OPEN.exec(text);
      if (raw) {
        const close = `${CLOSER[raw[3] ?? '('] ?? ')'}${raw[2] ?? ''}${raw[1] ?? '"'}`;
        const at = text.indexOf(close, i + raw[0].length);
        const end = at < 0 ? text.length : at + close.length;
        // The prefix and opening run count as the quote: only what lies between is blanked.
        const piece = text.slice(i, end);
        const head = raw[0].length;
        const tail = at < 0 ? 0 : close.length;
        mask.replace(i, end, piece, piece.slice(0, head) + blankText(piece.slice(head, piece.length - tail)) + piece.slice(piece.length - tail));
        i = end;
        continue;
      }
    }
    if (c === '"' || c === "'") {
      const end = quotedEnd(text, i, c);
      literal(i, end, 1);
      i = end;
      continue;
    }
    if (c === '`') {
      // A backquoted name (`` `[[.ggproto` ``): as it is in `code`; in `bare` its inside turns to `_`, so that
      // its brackets count for nothing and it still reads as one name.
      const end = quotedEnd(text, i, '`');
      const piece = text.slice(i, end);
      mask.replace(i, end, piece, piece.replace(/[^`\n]/gu, '_'));
      i = end;
      continue;
    }
    i++;
  }
  return mask.done();
};
