export interface LineIndex {
  /** Rows in the text (tree-sitter counts rows by '\n' only). */
  readonly count: number;
  /**
   * False when no comment of any of our grammars can end on this row, so the tree need not be asked.
   * Every comment has '/' (`//`, `/*`, `*\/`) or '#' on the row it ends on (or one of the grammar's own
   * markers: Lua's `--` and `]]`), except a C line comment continued onto this row by a trailing backslash.
   */
  mayEndComment(row: number): boolean;
  /** Whether the row holds nothing but whitespace (false past the text). */
  isBlank(row: number): boolean;
}

const slash = 0x2f;
const hash = 0x23;
const backslash = 0x5c;
const carriageReturn = 0x0d;

export const createLineIndex = (text: string, extraMarkers = ''): LineIndex => {
  const extra = [...extraMarkers].map((c) => c.charCodeAt(0));
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const endOf = (row: number): number => (row + 1 < starts.length ? (starts[row + 1] as number) - 1 : text.length);

  const endsWithBackslash = (row: number): boolean => {
    let end = endOf(row) - 1;
    if (end >= 0 && text.charCodeAt(end) === carriageReturn) end--;
    return end >= (starts[row] as number) && text.charCodeAt(end) === backslash;
  };

  return {
    count: starts.length,
    mayEndComment(row) {
      if (row < 0 || row >= starts.length) return false;
      const end = endOf(row);
      for (let i = starts[row] as number; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code === slash || code === hash || (extra.length > 0 && extra.includes(code))) return true;
      }
      return row > 0 && endsWithBackslash(row - 1);
    },
    isBlank(row) {
      if (row < 0 || row >= starts.length) return false;
      return text.slice(starts[row] as number, endOf(row)).trim() === '';
    },
  };
};
