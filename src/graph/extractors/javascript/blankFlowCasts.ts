import type { Blank } from './blankFlowSyntax.ts';
import { before, expressionKeywords } from './maskJavaScript.ts';

/**
 * Flow's type cast `(expr: Type)` becomes `(expr      )`. A `(` is one where an expression starts (not
 * after a name, `)` or `>`: calls, declarations, generics), whose `:` at depth 0 follows no `?`
 * (a conditional) and no JSX, and whose `)` is not followed by `=>` (or `: Type =>`): arrow parameters.
 */
export const blankCasts = (code: string, blank: Blank): void => {
  for (let open = code.indexOf('('); open >= 0; open = code.indexOf('(', open + 1)) {
    const { char, word } = before(code, open);
    if (word ? !expressionKeywords.has(word) : /[)\]>]/.test(char)) continue;
    const colon = castColon(code, open);
    if (colon === undefined) continue;
    const close = matching(code, open);
    if (close === undefined || isArrowAfter(code, close + 1)) continue;
    blank(colon, close);
  }
};

/** The first `:` at the depth of the parenthesis opening at `open`, unless a conditional or JSX comes first. */
const castColon = (code: string, open: number): number | undefined => {
  let depth = 0;
  for (let i = open + 1; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return undefined;
      depth--;
    } else if (depth > 0) continue;
    else if (c === ':') return i;
    else if (c === '?' && code[i + 1] !== '.' && code[i + 1] !== '?' && code[i - 1] !== '?') return undefined;
    else if (c === '<' && /[A-Za-z>]/.test(code[i + 1] ?? '')) return undefined;
    else if (c === ';') return undefined;
  }
  return undefined;
};

export const matching = (code: string, open: number): number | undefined => {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return c === ')' ? i : undefined;
    }
  }
  return undefined;
};

/** `=> …` or `: ReturnType => …` follows: the parentheses held arrow parameters. */
export const isArrowAfter = (code: string, from: number): boolean => {
  const rest = /^\s*(=>|:)?/.exec(code.slice(from, from + 50))?.[1];
  if (rest === '=>') return true;
  if (rest !== ':') return false;
  let depth = 0;
  for (let i = from; i < Math.min(code.length, from + 500); i++) {
    const c = code[i];
    if (c === '=' && code[i + 1] === '>') {
      if (depth === 0) return true;
      i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return false;
      depth--;
    } else if (c === ';' && depth === 0) return false;
  }
  return false;
};
