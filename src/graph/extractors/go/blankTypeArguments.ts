import { maskGo } from './maskGo.ts';

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
