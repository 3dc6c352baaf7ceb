import { blankText } from './blankText.ts';

/** Two views of a source text, each as long as it with its newlines in place, so offsets and lines stay true. */
export interface TwoViews {
  /** Comments blanked: what a reader takes attributes and strings from. */
  code: string;
  /** Comments and literals masked too: where a reader looks for calls, brackets and ends of forms. */
  bare: string;
}

/** A builder of TwoViews (createTwoViewMask). */
export interface TwoViewMask {
  /** `text[from, end)` as `codePiece` in the code view and `barePiece` in the bare one (each as long as it). */
  replace(from: number, end: number, codePiece: string, barePiece: string): void;
  /** A comment from `from` to the end of its line, blanked in both views; returns where it ends. */
  lineComment(from: number): number;
  /** The two views, what was not replaced copied as it is. */
  done(): TwoViews;
}

/**
 * Builds the two views of `text` piece by piece, left to right, for the line readers' maskers (Erlang, R): what
 * is not replaced is copied to both as it is.
 */
export const createTwoViewMask = (text: string): TwoViewMask => {
  const code: string[] = [];
  const bare: string[] = [];
  let start = 0; // first character not yet copied
  const copyTo = (end: number): void => {
    const piece = text.slice(start, end);
    code.push(piece);
    bare.push(piece);
    start = end;
  };
  /** `text[from, end)` as `codePiece` in the code view and `barePiece` in the bare one (each as long as it). */
  const replace = (from: number, end: number, codePiece: string, barePiece: string): void => {
    copyTo(from);
    code.push(codePiece);
    bare.push(barePiece);
    start = end;
  };
  return {
    replace,
    /** A comment from `from` to the end of its line, blanked in both views; returns where it ends. */
    lineComment(from: number): number {
      let end = text.indexOf('\n', from);
      if (end < 0) end = text.length;
      const blanked = blankText(text.slice(from, end));
      replace(from, end, blanked, blanked);
      return end;
    },
    done(): TwoViews {
      copyTo(text.length);
      return { code: code.join(''), bare: bare.join('') };
    },
  };
};
