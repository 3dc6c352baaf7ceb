import { blankText } from '../../../util/blankText.ts';
import { quotedEnd } from '../../../util/quotedEnd.ts';

/** The Go text with comments, strings (`"…"`, raw `` `…` ``) and runes blanked, newlines kept: every bracket left is code. */
export const maskGo = (text: string): string => {
  let out = '';
  let copied = 0;
  const blank = (from: number, end: number): number => {
    out += text.slice(copied, from) + blankText(text.slice(from, end));
    copied = end;
    return end;
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = blank(i, end < 0 ? text.length : end);
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = blank(i, end < 0 ? text.length : end + 2);
    } else if (c === '"' || c === "'") i = blank(i, quotedEnd(text, i, c));
    else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      i = blank(i, end < 0 ? text.length : end + 1);
    } else i++;
  }
  return out + text.slice(copied);
};
