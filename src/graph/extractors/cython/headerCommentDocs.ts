import { cleanDoc } from '../shared/cleanDoc.ts';
import { isBoilerplateComment, isIdeTemplateComment } from '../shared/isBoilerplateComment.ts';
import type { Comment } from './scanCython.ts';

/** Compiler directives (`# cython: boundscheck=False`, `# distutils: language = c++`): settings, not prose. */
const DIRECTIVE = /^#\s*(?:cython|distutils)\s*:/iu;
/** sklearn's templates stamp `# WARNING: Do not edit this .pyx file directly, it is generated from its .pyx.tp`. */
const GENERATED = /\bdo not edit\b|\b(?:auto-?)?generated (?:from|by)\b/iu;
/** `# Authors: Gilles Louppe <g.louppe@gmail.com>`, `# License: BSD 3 clause`: who, not what. */
const CREDIT = /^#\s*(?:authors?|maintainers?|contributors?|copyright|licen[cs]e)\b\s*:/iu;
/** The names that continue a credit line, indented under it (`#          Peter Prettenhofer <…>`). */
const CONTINUED = /^#\s{2,}\S/u;

/**
 * A docstring less its generator stamp (`WARNING: Do not edit .pyx file directly, it is generated from
 * .pyx.tp`) and the line that goes on with it (`` `sklearn/_loss/_loss.pyx.tp`. Changes must be made there.``).
 */
export const withoutStampLines = (doc: string | undefined): string | undefined => {
  if (doc === undefined) return undefined;
  const kept: string[] = [];
  let inStamp = false;
  for (const line of doc.split('\n')) {
    inStamp = GENERATED.test(line) || (inStamp && /^[^A-Z\s]/u.test(line));
    if (!inStamp) kept.push(line);
  }
  return kept.join('\n').trim() || undefined;
};

/**
 * `# See _tree.pyx for details.`: what a .pxd opens with in sklearn (5 of them) points elsewhere and says
 * nothing; as `_tree.pxd` speaks first for sklearn/tree (mainFilesFirst: named like its folder), it had
 * become the module's summary, over `__init__.py`'s "decision tree-based models for classification…".
 */
export const isCrossReference = (doc: string): boolean => /^see\s+\S+\s+for\s+(?:more\s+|further\s+|implementation\s+)?details\.?$/iu.test(doc.trim());

const isEmpty = (text: string): boolean => text.replace(/^#+/u, '').trim() === '';

/** Lines of one paragraph that say what the file does: credits with their continuation lines, directives and stamps go. */
const proseLines = (paragraph: string[]): string[] => {
  const kept: string[] = [];
  let inCredit = false;
  for (const line of paragraph) {
    if (CREDIT.test(line) || (inCredit && CONTINUED.test(line))) {
      inCredit = true;
      continue;
    }
    inCredit = false;
    if (!DIRECTIVE.test(line) && !GENERATED.test(line) && !isBoilerplateComment(line)) kept.push(line);
  }
  return kept;
};

/**
 * The prose of the `#` comments above the first statement, as Python's extractor reads a file's header
 * (runs of comment lines; a licence paragraph, a directive or a tool's line dropped), and also less
 * the credits Cython files open with (`# Authors: …` / `# License: BSD 3 clause`, 60 of sklearn's 95).
 */
export const headerCommentDocs = (comments: readonly Comment[], firstCodeRow: number): string[] => {
  const groups: string[][][] = [];
  let lastRow = -2;
  for (const comment of comments) {
    if (comment.row >= firstCodeRow) break;
    if (!comment.ownLine) continue;
    if (comment.row !== lastRow + 1) groups.push([[]]);
    const group = groups.at(-1) as string[][];
    if (isEmpty(comment.text)) group.push([]);
    else (group.at(-1) as string[]).push(comment.text);
    lastRow = comment.row;
  }
  const docs: string[] = [];
  for (const group of groups) {
    if (group.some((paragraph) => paragraph.some(isIdeTemplateComment))) continue;
    const kept = group
      .filter((paragraph) => paragraph.length > 0 && !isBoilerplateComment(paragraph.join('\n')))
      .map(proseLines)
      .filter((paragraph) => paragraph.length > 0);
    if (kept.length === 0) continue;
    const doc = cleanDoc(kept.map((paragraph) => paragraph.join('\n')).join('\n#\n'));
    if (doc !== '') docs.push(doc);
  }
  return docs;
};
