import type { Node, Query } from 'web-tree-sitter';
import { cleanDoc } from './cleanDoc.ts';
import { descriptionInLicence, isBoilerplateComment, isIdeTemplateComment, namesItsFileOnly } from './isBoilerplateComment.ts';
import { createLineIndex } from './createLineIndex.ts';

interface CommentEntry {
  startRow: number;
  endRow: number;
  text: string;
  /** Nothing but whitespace before it on its first line (a trailing `x = 1 // note` is not a doc). */
  ownLine: boolean;
  /** Already attached to a declaration, so not file-level. */
  used: boolean;
}

export interface CommentIndex {
  /**
   * Cleaned doc comment ending on the line right above `row` (0-based); line comments are grouped. With
   * `acrossBlankLine`, one blank line may part it from `row`.
   */
  docAbove(row: number, accept: (raw: string) => boolean, acrossBlankLine?: boolean): string | undefined;
  /** Cleaned file-level comments before `firstCodeRow` not used as declaration docs, without boilerplate. */
  header(firstCodeRow: number, accept?: (raw: string) => boolean): string[];
}

const isLineComment = (text: string): boolean => !text.startsWith('/*');

// Rows per comment query: small enough to skip function bodies far from any declaration asked about.
const rowsPerBlock = 128;

/**
 * Looks comments up by line rather than by sibling: grammars attach comments in odd places
 * (Kotlin puts the comment above the first class inside the import list), but rows never lie.
 *
 * Only the rows that matter are asked for, with `commentQuery` limited to a range of rows: blocks of
 * rows holding the row above a declaration, and the rows before the first code. Capturing every
 * comment of the file walked the whole tree, which cost a quarter of the parse itself.
 */
export const createCommentIndex = (root: Node, source: string, commentQuery: Query, commentMarkers = ''): CommentIndex => {
  const lines = createLineIndex(source, commentMarkers);
  // One entry per comment node, so that `used` set by docAbove is seen by header.
  const byStart = new Map<number, CommentEntry>();
  const byEndRow = new Map<number, CommentEntry | undefined>();

  const entryOf = (node: Node): CommentEntry => {
    let entry = byStart.get(node.startIndex);
    if (!entry) {
      const lineStart = source.lastIndexOf('\n', node.startIndex - 1) + 1;
      const end = node.endPosition;
      entry = {
        startRow: node.startPosition.row,
        endRow: end.row - (end.column === 0 ? 1 : 0),
        text: node.text.trimEnd(),
        ownLine: source.slice(lineStart, node.startIndex).trim() === '',
        used: false,
      };
      byStart.set(node.startIndex, entry);
    }
    return entry;
  };

  /**
   * Loads every comment ending in the block of rows holding `row`. One query per row restarts from
   * the root each time and steps over every earlier sibling (quadratic in a C header of thousands of
   * prototypes inside one `#ifdef`); a block serves the declarations that follow from the cache.
   * A query over rows [a, b) captures every comment whose (adjusted) end row lies in [a, b).
   */
  const loadBlock = (row: number): void => {
    const first = row - (row % rowsPerBlock);
    const last = Math.min(first + rowsPerBlock, lines.count);
    const range = { startPosition: { row: first, column: 0 }, endPosition: { row: last, column: 0 } };
    for (let r = first; r < last; r++) byEndRow.set(r, undefined);
    for (const capture of commentQuery.captures(root, range)) {
      const entry = entryOf(capture.node);
      // The last own-line comment ending on a row is the one right above the next line.
      if (entry.ownLine && entry.endRow >= first && entry.endRow < last) byEndRow.set(entry.endRow, entry);
    }
  };

  /** The last own-line comment whose text ends on `row`. */
  const endingOn = (row: number): CommentEntry | undefined => {
    if (row < 0 || !lines.mayEndComment(row)) return undefined;
    if (!byEndRow.has(row)) loadBlock(row);
    return byEndRow.get(row);
  };

  return {
    docAbove(row, accept, acrossBlankLine = false) {
      const last = endingOn(row - 1) ?? (acrossBlankLine && lines.isBlank(row - 1) ? endingOn(row - 2) : undefined);
      if (!last || !accept(last.text)) return undefined;
      const group = [last];
      if (isLineComment(last.text)) {
        for (let prev = endingOn(last.startRow - 1); prev; prev = endingOn(prev.startRow - 1)) {
          if (!isLineComment(prev.text) || !accept(prev.text)) break;
          group.unshift(prev);
        }
      }
      for (const entry of group) entry.used = true;
      const doc = cleanDoc(group.map((entry) => entry.text).join('\n'));
      return doc === '' ? undefined : doc;
    },
    header(firstCodeRow, accept) {
      if (firstCodeRow <= 0) return [];
      // No code at all (a file of comments): every comment; a row past the file would overflow wasm's i32.
      const range = firstCodeRow > lines.count ? {} : { startPosition: { row: 0, column: 0 }, endPosition: { row: firstCodeRow, column: 0 } };
      const groups: CommentEntry[][] = [];
      for (const capture of commentQuery.captures(root, range)) {
        const entry = entryOf(capture.node);
        if (entry.startRow >= firstCodeRow) break;
        if (entry.used || (accept !== undefined && !accept(entry.text))) continue;
        const group = groups.at(-1);
        const prev = group?.at(-1);
        if (group && prev && isLineComment(prev.text) && isLineComment(entry.text) && prev.endRow + 1 === entry.startRow) {
          group.push(entry);
        } else {
          groups.push([entry]);
        }
      }
      return groups
        .filter((group) => !group.some((entry) => isIdeTemplateComment(entry.text)))
        .map(withoutLicenceParagraphs)
        .map((group) => group.map(describedInLicence))
        .map((group) => group.filter((entry) => !isBoilerplateComment(entry.text)))
        .map((group) => group.map((entry) => entry.text).join('\n'))
        .filter((text) => text !== '' && !isBoilerplateComment(text) && !namesItsFileOnly(text))
        .map(cleanDoc)
        .filter((doc) => doc !== '');
    },
  };
};

/** A licence's block comment as the description it holds (descriptionInLicence), or as it is. */
const describedInLicence = (entry: CommentEntry): CommentEntry => {
  if (isLineComment(entry.text) || !isBoilerplateComment(entry.text)) return entry;
  const description = descriptionInLicence(entry.text);
  return description === undefined ? entry : { ...entry, text: `/* ${description} */` };
};

const isEmptyLineComment = (text: string): boolean => isLineComment(text) && text.replace(/^\s*(\/\/[/!]?|#+|-{2,})/u, '').trim() === '';

/**
 * A run of line comments less its paragraphs (split at empty `//` lines) that are licence text: a
 * licence header is one run with a blank line between its notice and its terms (protobuf's "Protocol
 * Buffers - Google's data interchange format / Copyright 2008 Google Inc. / … // Redistribution and use
 * in source and binary forms …"), and dropping its lines one by one left the rest to open every summary.
 * A description after the licence, in the same run, stays (`// Package x does y.`).
 */
const withoutLicenceParagraphs = (group: CommentEntry[]): CommentEntry[] => {
  if (group.length < 2) return group;
  const kept: CommentEntry[] = [];
  let paragraph: CommentEntry[] = [];
  let blank: CommentEntry | undefined;
  const flush = (): void => {
    if (paragraph.length > 0 && !isBoilerplateComment(paragraph.map((e) => e.text).join('\n'))) {
      // the empty line between two kept paragraphs stays: it ends the first one's sentence (clap's crate doc
      // "//! > **Command Line Argument Parser for Rust**" over "//!" and "//! Quick Links:" had read as one)
      if (kept.length > 0 && blank !== undefined) kept.push(blank);
      kept.push(...paragraph);
    }
    paragraph = [];
  };
  for (const entry of group) {
    if (isEmptyLineComment(entry.text)) {
      flush();
      blank = entry;
    } else paragraph.push(entry);
  }
  flush();
  return kept;
};
