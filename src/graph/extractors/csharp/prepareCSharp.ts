import { blankText } from '../../../util/blankText.ts';

/**
 * C# 12 and 13 syntax the grammar (tree-sitter-c_sharp of tree-sitter-wasms) cannot read, blanked to as many spaces so
 * rows and columns stay:
 * - a class's or struct's primary constructor (`class PathMap(LambdaExpression destination, MemberPath path) : …`): the
 *   grammar lost the class (AutoMapper, Kavita's controllers, `Serilog`'s sinks);
 * - `params` before a collection type other than an array (`params ReadOnlySpan<ILogEventEnricher> enrichers`);
 * - a collection expression assigned (`VaryByQueryKeys = ["role", "apiKey"]`, `List<int> ids = [];`), read as `0`.
 */
const PRIMARY_CONSTRUCTOR = /\b((?:class|struct)\s+[A-Za-z_]\w*(?:\s*<[^<>(){};]*(?:<[^<>(){};]*>[^<>(){};]*)*>)?\s*)\(/gu;
const PARAMS_COLLECTION = /\bparams(?=\s+(?:ReadOnlySpan|Span|IEnumerable|IReadOnlyList|IReadOnlyCollection|ICollection|IList|List)\s*<)/gu;
const COLLECTION_EXPRESSION = /(?<=[^=!<>]=\s*)\[(?:[^\[\]\n;]|\[[^\[\]\n;]*\])*\]/gu;

/** The end of the parenthesized list opening at `open` (its `)`), or -1. */
const closing = (text: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    else if (c === '{' || c === ';') return -1;
  }
  return -1;
};

export const prepareCSharp = (text: string): string => {
  let out = text;
  if (/\b(?:class|struct)\s+\w+[^;{(]*\(/u.test(out)) {
    for (const m of [...out.matchAll(PRIMARY_CONSTRUCTOR)]) {
      const open = (m.index ?? 0) + (m[1]?.length ?? 0);
      const close = closing(out, open);
      // (a primary constructor is followed by the base list, constraints, the body or a `;`)
      if (close < 0 || !/^\s*(?::|\{|where\b|;)/u.test(out.slice(close + 1))) continue;
      out = out.slice(0, open) + blankText(out.slice(open, close + 1)) + out.slice(close + 1);
    }
  }
  if (out.includes('params')) out = out.replace(PARAMS_COLLECTION, '      ');
  if (out.includes('[')) out = out.replace(COLLECTION_EXPRESSION, (m) => `0${' '.repeat(m.length - 1)}`);
  return out;
};
