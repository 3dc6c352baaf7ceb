import type { Node } from 'web-tree-sitter';
import { cleanDoc } from './cleanDoc.ts';
import { isBoilerplateComment } from './isBoilerplateComment.ts';

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
  /** Cleaned doc comment ending on the line right above `row` (0-based); line comments are grouped. */
  docAbove(row: number, accept: (raw: string) => boolean): string | undefined;
  /** Cleaned file-level comments before `firstCodeRow` not used as declaration docs, without boilerplate. */
  header(firstCodeRow: number): string[];
}

const isLineComment = (text: string): boolean => !text.startsWith('/*');

/**
 * Looks comments up by line rather than by sibling: grammars attach comments in odd places
 * (Kotlin puts the comment above the first class inside the import list), but rows never lie.
 */
export const createCommentIndex = (comments: Node[], source: string): CommentIndex => {
  const entries: CommentEntry[] = comments.map((node) => {
    const lineStart = source.lastIndexOf('\n', node.startIndex - 1) + 1;
    return {
      startRow: node.startPosition.row,
      endRow: node.endPosition.row - (node.endPosition.column === 0 ? 1 : 0),
      text: node.text.trimEnd(),
      ownLine: source.slice(lineStart, node.startIndex).trim() === '',
      used: false,
    };
  });
  const byEndRow = new Map<number, CommentEntry>();
  for (const entry of entries) if (entry.ownLine) byEndRow.set(entry.endRow, entry);

  return {
    docAbove(row, accept) {
      const last = byEndRow.get(row - 1);
      if (!last || !accept(last.text)) return undefined;
      const group = [last];
      if (isLineComment(last.text)) {
        for (let prev = byEndRow.get(last.startRow - 1); prev; prev = byEndRow.get(prev.startRow - 1)) {
          if (!isLineComment(prev.text) || !accept(prev.text)) break;
          group.unshift(prev);
        }
      }
      for (const entry of group) entry.used = true;
      const doc = cleanDoc(group.map((entry) => entry.text).join('\n'));
      return doc === '' ? undefined : doc;
    },
    header(firstCodeRow) {
      const groups: CommentEntry[][] = [];
      for (const entry of entries) {
        if (entry.startRow >= firstCodeRow) break;
        if (entry.used) continue;
        const group = groups.at(-1);
        const prev = group?.at(-1);
        if (group && prev && isLineComment(prev.text) && isLineComment(entry.text) && prev.endRow + 1 === entry.startRow) {
          group.push(entry);
        } else {
          groups.push([entry]);
        }
      }
      return groups
        .map((group) => group.filter((entry) => !isBoilerplateComment(entry.text)))
        .filter((group) => group.length > 0 && !isBoilerplateComment(group.map((e) => e.text).join('\n')))
        .map((group) => cleanDoc(group.map((entry) => entry.text).join('\n')))
        .filter((doc) => doc !== '');
    },
  };
};
