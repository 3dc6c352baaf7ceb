/** A string literal as written, quotes and prefix included, with the 0-based offsets it spans. */
export interface Literal {
  start: number;
  end: number;
  raw: string;
}

/** One logical line: physical lines joined inside brackets and after a trailing backslash. */
export interface Statement {
  /** 1-based line of its first physical line. */
  line: number;
  /** Columns before its first character. */
  indent: number;
  /** Its code with strings emptied (`"…"` → `""`), comments gone and white space collapsed. */
  code: string;
  /** Offsets of its first character and past its last one, in the scanned text. */
  start: number;
  end: number;
}

export interface Comment {
  /** 0-based row. */
  row: number;
  /** The comment as written, from its `#`. */
  text: string;
  /** No code before it on its line. */
  ownLine: boolean;
}

export interface ScannedCython {
  statements: Statement[];
  literals: Literal[];
  comments: Comment[];
}

const isQuote = (c: string | undefined): boolean => c === '"' || c === "'";

/**
 * Splits Cython (or Python) into logical lines without a grammar. Strings and comments are read first so
 * that a `def` in a docstring or a bracket in a comment is no code; what is left is joined across brackets
 * and backslashes, the way Python's tokenizer does. Cython's C declarations (`cdef inline double f(double* x)
 * nogil:`, `ctypedef double (*f)(int)`) are then plain text for cythonExtractor's patterns, where the Python
 * grammar reads them as errors.
 */
export const scanCython = (text: string): ScannedCython => {
  const literals: Literal[] = [];
  const comments: Comment[] = [];
  /** Rows whose line break lies inside a string: the statement goes on past them. */
  const rowsInString = new Set<number>();
  let masked = '';
  let row = 0;
  let lineHasCode = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '#') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      comments.push({ row, text: text.slice(i, stop).trimEnd(), ownLine: !lineHasCode });
      masked += ' '.repeat(stop - i);
      i = stop;
      continue;
    }
    if (isQuote(c)) {
      // A prefix (r, b, f, u, c and pairs of them) is already in `masked` as code: only the quoted part is emptied.
      let prefix = 0;
      while (prefix < 2 && /[A-Za-z]/u.test(text[i - prefix - 1] ?? '')) prefix++;
      const quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < text.length && !text.startsWith(quote, j)) {
        if (text[j] === '\\') j++;
        else if (quote.length === 1 && text[j] === '\n') break; // an unclosed string ends with its line
        j++;
      }
      const closed = text.startsWith(quote, j);
      const end = closed ? j + quote.length : j;
      literals.push({ start: i - prefix, end, raw: text.slice(i - prefix, end) });
      // Same length as the literal, line breaks kept: offsets and rows of the masked text are the source's.
      masked += quote + text.slice(i + quote.length, j).replace(/[^\n]/gu, ' ') + (closed ? quote : '');
      for (const ch of text.slice(i, end)) if (ch === '\n') rowsInString.add(row++);
      lineHasCode = true;
      i = end;
      continue;
    }
    if (c === '\n') {
      row++;
      lineHasCode = false;
    } else if (c !== ' ' && c !== '\t' && c !== '\r') {
      lineHasCode = true;
    }
    masked += c;
    i++;
  }
  return { statements: logicalLines(masked, rowsInString), literals, comments };
};

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

const logicalLines = (masked: string, rowsInString: ReadonlySet<number>): Statement[] => {
  const statements: Statement[] = [];
  const lines = masked.split('\n');
  let current: { line: number; indent: number; parts: string[]; start: number } | undefined;
  let depth = 0;
  let offset = 0;
  for (let r = 0; r < lines.length; r++) {
    const line = (lines[r] ?? '').replace(/\r$/u, '');
    const lineStart = offset;
    offset += (lines[r] ?? '').length + 1;
    if (current === undefined) {
      if (line.trim() === '') continue;
      const indent = line.length - line.trimStart().length;
      current = { line: r + 1, indent, parts: [], start: lineStart + indent };
      depth = 0;
    }
    for (const ch of line) {
      if (OPEN.has(ch)) depth++;
      else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    }
    const continued = /\\\s*$/u.test(line);
    current.parts.push(continued ? line.replace(/\\\s*$/u, '') : line);
    if (depth > 0 || continued || rowsInString.has(r)) continue;
    statements.push({
      line: current.line,
      indent: current.indent,
      code: current.parts.join(' ').replace(/\s+/gu, ' ').trim(),
      start: current.start,
      end: lineStart + line.length,
    });
    current = undefined;
  }
  if (current !== undefined) {
    statements.push({ line: current.line, indent: current.indent, code: current.parts.join(' ').replace(/\s+/gu, ' ').trim(), start: current.start, end: masked.length });
  }
  return statements;
};
