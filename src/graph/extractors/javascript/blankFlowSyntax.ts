import { blankCasts, isArrowAfter, matching } from './blankFlowCasts.ts';
import { before, charCodes, fromCharCodes, isWord, maskJavaScript } from './maskJavaScript.ts';

/** `@flow` in the comments that open a file (`@noflow` is not it): such files are parsed as TSX. */
export const isFlowFile = (text: string): boolean => {
  const header = /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/|#![^\n]*)*/.exec(text)?.[0] ?? '';
  return /@flow\b/.test(header);
};

/**
 * Flow-typed JavaScript made readable by the TSX grammar: the Flow-only syntax that TypeScript
 * rejects becomes spaces of the same length (so rows, columns and doc comments stay), and what both
 * languages share (`import type`, `export type X = …`, annotations, generics, `$ReadOnly<…>`) stays.
 * Blanked: maybe types `?T`, exact objects `{| … |}`, inexact `...}`, `%checks`, `opaque` and `declare`
 * before `type`/`export`, `typeof` imports, variance signs `+x:`, generic bounds `<T: Bound>`, spreads in
 * object types, bare-type parameters `(Set<T> | null) => void`, type casts `(x: any)` and the type
 * parameters of generic arrows (`<T>(x) =>` reads as JSX in TSX). `T => R` becomes `(T)=> R`, `*` `_`.
 * On React 18.2's 817 Flow files the JavaScript grammar failed on 588, TSX on the raw text on 134, TSX
 * on this text on 10 (declared-but-unsupported libdef forms, tuple labels).
 */
export const blankFlowSyntax = (text: string): string => {
  const out = charCodes(text);
  const code = charCodes(maskJavaScript(text));
  let current: string | undefined;
  const blank = (from: number, to: number, fill = ' '): void => {
    for (let k = from; k < to; k++) {
      if (out[k] === 10) continue;
      out[k] = fill.charCodeAt(0);
      code[k] = fill.charCodeAt(0);
    }
    current = undefined;
  };
  const write = (at: number, chars: string): void => {
    for (let k = 0; k < chars.length; k++) {
      out[at + k] = chars.charCodeAt(k);
      code[at + k] = chars.charCodeAt(k);
    }
    current = undefined;
  };
  /** The masked text with the changes so far. */
  const masked = (): string => (current ??= fromCharCodes(code));

  for (const m of masked().matchAll(/\{\||\|\}|%checks\b/g)) {
    if (m[0] === '{|') blank(m.index + 1, m.index + 2);
    else if (m[0] === '|}') blank(m.index, m.index + 1);
    else blank(m.index, m.index + m[0].length);
  }
  // `declare export function f(): T;` is a signature; TypeScript has `declare type`, not `opaque type`.
  for (const m of masked().matchAll(/\b(?:opaque(?=\s+type\b)|declare(?=\s+(?:export|opaque)\b))/g)) blank(m.index, m.index + m[0].length);
  for (const m of masked().matchAll(/\bimport\s+typeof\b|\bimport\s*(?:type\s*)?\{[^}]*\}/g)) {
    for (const t of m[0].matchAll(/\btypeof(?=\s+[\w$])/g)) blank(m.index + t.index, m.index + t.index + 6);
  }
  // A `?` after these cannot be a conditional: it is a maybe type (`: ?Fiber`, `Array<?T>`, `=> ?T`).
  for (const m of masked().matchAll(/(?:[:<,(|&[]|=>?)\s*(\?)(?=[\w$({[])/g)) {
    const at = m.index + m[0].length - 1;
    blank(at, at + 1);
  }
  // Variance: `{+key: T}`, `{-[key: string]: T}`, `ComponentType<-P>`.
  for (const m of masked().matchAll(/(?:[{,;]\s*[+-](?=[\w$]+\??\s*:|\[[^\]\n]*\]\s*:)|[<,]\s*[+-](?=[A-Z][\w$]*\s*[,>:=]))/g)) {
    const at = m.index + m[0].length - 1;
    blank(at, at + 1);
  }
  // Explicitly inexact objects: `{a: T, ...}`, `{...}`.
  for (const m of masked().matchAll(/\.\.\.(?:\s*,)?(?=\s*[}\]])/g)) blank(m.index, m.index + m[0].length);
  // The supertype of an opaque type: `export opaque type Key: string = string`.
  for (const m of masked().matchAll(/\btype\s+[\w$]+\s*(:[^=;\n]*)=/g)) {
    const end = m.index + m[0].length - 1;
    blank(end - (m[1] ?? '').length, end);
  }
  for (const m of masked().matchAll(/[<,]\s*\*(?=\s*[,>])/g)) blank(m.index + m[0].length - 1, m.index + m[0].length, '_');
  parenthesizeArrowParameters(masked(), write);
  blankUnnamedParameters(masked(), blank);
  blankTypeParameters(masked(), blank);
  blankTypeSpreads(masked(), blank);
  blankCasts(masked(), blank);
  return fromCharCodes(out);
};

export type Blank = (from: number, to: number) => void;

/** `type Props = {...Base, x: T}`: TypeScript has no spread in object types; the spread goes (up to its comma). */
const blankTypeSpreads = (code: string, blank: Blank): void => {
  for (const m of code.matchAll(/\btype\s+[\w$]+\s*(?:<[^=;]*>)?\s*=\s*\{/g)) {
    let depth = 0;
    let spread: number | undefined;
    for (let i = m.index + m[0].length - 1; i < code.length; i++) {
      const c = code[i];
      if (c === '{' || c === '(' || c === '[' || c === '<') depth++;
      else if (c === '}' || c === ')' || c === ']' || (c === '>' && code[i - 1] !== '=')) depth--;
      if (depth === 0) {
        if (spread !== undefined) blank(spread, i);
        break;
      }
      if (depth === 1 && c === '.' && code.startsWith('...', i) && spread === undefined) spread = i;
      else if (depth === 1 && c === ',' && spread !== undefined) {
        blank(spread, i + 1);
        spread = undefined;
      }
    }
  }
};

/** Types that the TSX grammar does not take as a parameter's name (`(boolean) => void`). */
const typeKeywords = new Set(['any', 'boolean', 'number', 'string', 'symbol', 'void', 'null', 'undefined', 'never', 'unknown', 'object', 'bigint']);

/**
 * A Flow function type's parameters may be bare types, `(Set<T> | null, number) => void`, which
 * TypeScript reads as names: when one is not a plain name, the list is blanked (`(` and `)` stay).
 */
const blankUnnamedParameters = (code: string, blank: Blank): void => {
  for (const m of code.matchAll(/\)\s*=>/g)) {
    const open = matchingOpen(code, m.index);
    if (open === undefined) continue;
    const items = topLevelItems(code.slice(open + 1, m.index));
    // A `:` or `=` (not `=>`) at the list's depth: annotated or defaulted parameters, so names.
    if (items.some((item) => /:|=(?!>)/.test(item.separators))) continue;
    const typeLike = items.some(({ text }) => {
      const t = text.trim();
      return typeKeywords.has(t) || /^[(?'"\d]/.test(t) || /[<|&]|(?<!\.)\.(?!\.)/.test(t.replace(/^\.\.\./, ''));
    });
    if (typeLike) blank(open + 1, m.index);
  }
};

/** The comma-separated items of a list, with the characters each has at its own depth (to find `:`, `=`). */
const topLevelItems = (list: string): { text: string; separators: string }[] => {
  const items: { text: string; separators: string }[] = [];
  let depth = 0;
  let text = '';
  let separators = '';
  for (const c of list) {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    if (c === ',' && depth === 0) {
      items.push({ text, separators });
      text = '';
      separators = '';
      continue;
    }
    text += c;
    if (depth === 0) separators += c;
  }
  items.push({ text, separators });
  return items;
};

const matchingOpen = (code: string, close: number): number | undefined => {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const c = code[i];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      depth--;
      if (depth === 0) return c === '(' ? i : undefined;
    }
  }
  return undefined;
};

/**
 * Flow's one-parameter function type `Fiber => void` needs parentheses in TypeScript: `(Fiber)=> void`
 * takes the spaces around the name; with too few, `()=>` (the name of a type's parameter says nothing
 * here). The same rewrite of a JavaScript arrow `x => x` keeps it an arrow.
 */
const parenthesizeArrowParameters = (code: string, write: (at: number, chars: string) => void): void => {
  const blankBefore = (at: number): number => {
    let i = at;
    while (i > 0 && (code[i - 1] === ' ' || code[i - 1] === '\t')) i--;
    return i;
  };
  // Walked back by hand: a regex with a leading `[ \t]*` retried every space of long blanked runs.
  for (const arrow of code.matchAll(/=>/g)) {
    const nameEnd = blankBefore(arrow.index);
    let nameStart = nameEnd;
    while (nameStart > 0 && isWord(code[nameStart - 1])) nameStart--;
    const name = code.slice(nameStart, nameEnd);
    const { char, word } = before(code, nameStart);
    // `async x =>`, `1 =>` are left alone.
    if (name === '' || /^\d/.test(name) || (isWord(char) && word !== 'return')) continue;
    // `(a: A): number => …` is an arrow's return type, not a function type.
    if (char === ':' && before(code, code.lastIndexOf(':', nameStart)).char === ')') continue;
    const start = blankBefore(nameStart);
    const room = arrow.index - start;
    if (room >= name.length + 2 && !typeKeywords.has(name)) write(start, `(${name})`.padEnd(room));
    else if (room >= 2) write(start, '()'.padEnd(room));
  }
};

/**
 * `<T: Bound = Default, U>` after a name: the bounds are blanked. `<T>(` in an expression is a generic
 * arrow, which TSX reads as a JSX tag: the whole list goes.
 */
const blankTypeParameters = (code: string, blank: Blank): void => {
  for (const m of code.matchAll(/<(?=\s*[\w$]+\s*[:,=>])/g)) {
    const list = typeParameterList(code, m.index);
    if (!list) continue;
    const { char, word } = before(code, m.index);
    const next = /^\s*(?:([\w$]+)|(.))/.exec(code.slice(list.end + 1, list.end + 120));
    const after = next?.[2] ?? '';
    const paren = after === '(' ? list.end + 1 + (next?.[0].length ?? 1) - 1 : -1;
    // A generic arrow's `<T>(…) =>`; not JSX text opening with a parenthesis (`<b>(beta)</b>`).
    const close = paren >= 0 ? matching(code, paren) : undefined;
    const arrowStart = (char === '' || /[=(,:?]/.test(char) || word === 'return' || word === 'async') && close !== undefined && isArrowAfter(code, close + 1);
    if (arrowStart) blank(m.index, list.end + 1);
    // Bounds of a declaration's parameters (`f<T: X>(`, `C<T: X> {`, `type T<A: B> =`, `C<T: X> extends`), not a
    // comparison in a ternary (`asc ? a < b : a > b`).
    else if (isWord(char) && (/^[({=<]$/.test(after) || next?.[1] === 'extends' || next?.[1] === 'implements')) for (const [from, to] of list.bounds) blank(from, to);
  }
};

/** The bounds of a type-parameter list opening at `open`, or undefined when it is not one. */
const typeParameterList = (code: string, open: number): { end: number; bounds: [number, number][] } | undefined => {
  const bounds: [number, number][] = [];
  let i = open + 1;
  for (;;) {
    const name = /^\s*[\w$]+\s*/.exec(code.slice(i, i + 200));
    if (!name) return undefined;
    i += name[0].length;
    if (code[i] === ':') {
      const end = typeEnd(code, i + 1);
      if (end === undefined) return undefined;
      bounds.push([i, end]);
      i = end;
    }
    if (code[i] === '=') {
      const end = typeEnd(code, i + 1);
      if (end === undefined) return undefined;
      i = end;
    }
    if (code[i] === '>') return { end: i, bounds };
    if (code[i] !== ',') return undefined;
    i++;
  }
};

/** Where a type inside `<…>` ends: the `,`, `=` or `>` at its depth; undefined past a `;` or 300 characters. */
const typeEnd = (code: string, from: number): number | undefined => {
  let depth = 0;
  for (let i = from; i < Math.min(code.length, from + 300); i++) {
    const c = code[i];
    if (c === '=' && code[i + 1] === '>') i++;
    else if (c === '(' || c === '[' || c === '{' || c === '<') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '>') {
      if (depth === 0) return i;
      depth--;
    } else if ((c === ',' || c === '=') && depth === 0) return i;
    else if (c === ';' || depth < 0) return undefined;
  }
  return undefined;
};
