/**
 * The argument text of a Groovy/Kotlin call whose name ends at `from`: a balanced (…), or, in Groovy's
 * command syntax (`include ':a', ':b'`), the line plus lines continued by a trailing ','.
 */
export const gradleCallArguments = (text: string, from: number): string => {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '(') {
    const close = closingBracket(text, i, '(', ')');
    return text.slice(i + 1, close < 0 ? text.length : close);
  }
  // Each line is looked at once: re-reading the whole run per continued line was quadratic.
  let lineStart = i;
  let end = text.indexOf('\n', i);
  while (end >= 0 && text.slice(lineStart, end).trimEnd().endsWith(',')) {
    lineStart = end + 1;
    end = text.indexOf('\n', lineStart);
  }
  return text.slice(i, end < 0 ? text.length : end);
};

/** The offset of the `close` that balances the `open` at `at` (one kind of bracket, nesting), -1 when none does. */
export const closingBracket = (text: string, at: number, open: string, close: string): number => {
  let depth = 0;
  for (let j = at; j < text.length; j++) {
    if (text[j] === open) depth++;
    else if (text[j] === close && --depth === 0) return j;
  }
  return -1;
};

/** The arguments of an argument text split at its top-level commas (not those inside strings or brackets). */
const splitArguments = (args: string): string[] => {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(args.slice(start, i));
      start = i + 1;
    }
  }
  out.push(args.slice(start));
  return out.map((a) => a.trim()).filter((a) => a !== '');
};

const WHOLE_LITERAL = /^(?:"([^"\n]*)"|'([^'\n]*)')$/;

/**
 * The arguments that are string literals as a whole: `include ':a', ":b"` gives both, while
 * `include(it.replace('/', ':'))` gives none (its '/' and ':' are not project names).
 */
export const stringLiterals = (args: string): string[] =>
  splitArguments(args).flatMap((a) => {
    const m = WHOLE_LITERAL.exec(a);
    return m ? [m[1] ?? m[2] ?? ''] : [];
  });

/** The literals when the arguments are nothing but string literals (`'a', "b"`), else undefined. */
export const literalArguments = (args: string): string[] | undefined => {
  const all = splitArguments(args);
  const literals = stringLiterals(args);
  return literals.length === all.length ? literals : undefined;
};
