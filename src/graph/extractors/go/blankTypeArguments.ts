import { blankText } from '../../../util/blankText.ts';
import { quotedEnd } from '../../../util/quotedEnd.ts';

/** The Go text with comments, strings (`"…"`, raw `` `…` ``) and runes blanked, newlines kept: every bracket left is code. */
const maskGo = (text: string): string => {
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

/**
 * The text with each list of two or more type arguments or parameters after a name blanked (`NewSliceBase[float64,
 * NoConfig, floatValue[float64]]` → `NewSliceBase`), newlines kept. The grammar reads an instantiation with several type
 * arguments in an expression as an error, and the declarations after it with it: five of urfave/cli's 68 files lost their
 * methods. Names declared stay; the type arguments are in the file's term bag, which is read from the text as written.
 */
export const blankTypeArguments = (text: string): string => {
  if (!/\w\[[^\]\n]*,/u.test(text)) return text;
  const masked = maskGo(text);
  const chars = [...text];
  // (string offsets and array indexes agree only for text without astral characters; such a file is left as it is)
  if (chars.length !== text.length) return text;
  let changed = false;
  for (let at = 0; at < masked.length; at++) {
    if (masked[at] !== '[' || !/[\w)]/u.test(masked[at - 1] ?? '')) continue;
    let depth = 0;
    let comma = false;
    let end = -1;
    for (let i = at; i < masked.length; i++) {
      const c = masked[i];
      if (c === '[' || c === '(' || c === '{') depth++;
      else if (c === ']' || c === ')' || c === '}') {
        if (--depth === 0) {
          end = c === ']' ? i + 1 : -1;
          break;
        }
      } else if (c === ',' && depth === 1) comma = true;
    }
    if (end < 0 || !comma) continue;
    for (let i = at; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
    changed = true;
    at = end - 1;
  }
  return changed ? chars.join('') : text;
};
