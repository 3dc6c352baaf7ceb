import { capDoc } from '../shared/cleanDoc.ts';
import { isBoilerplateComment } from '../shared/isBoilerplateComment.ts';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '', b: '', f: '' };

/**
 * A docstring's text: escapes read (`\"`, `\\`, `\n`) and its continuation lines dedented (Clojure
 * indents them two spaces under the opening quote by convention).
 */
export const docstringText = (raw: string): string => {
  const lines = raw.replace(/\\(.)/gu, (_, c: string) => ESCAPES[c] ?? c).split('\n');
  const indents = lines
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.length - l.trimStart().length);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  const text = [lines[0] ?? '', ...lines.slice(1).map((l) => l.slice(indent))]
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  return capDoc(text);
};

/**
 * A note to the maintainers (`;; TODO: remove for 3.0`, a template's `:description "FIXME: write
 * description"`) says nothing of what the code does.
 */
export const isNoteToSelf = (text: string): boolean => /^(?:TODO|FIXME|XXX|HACK)\b/u.test(text);

/** Editor settings (`;; -*- mode: clojure -*-`, `; vim: …`) and a shebang are no prose. */
const NOT_PROSE = /-\*-|^\s*(?:ex|vim?)\s*:|^!/iu;

/**
 * The prose of a block of `;` comment lines (as written): markers off, section headings (`;;; Traversal`,
 * three or more semicolons) and commented-out code (`;; (defn old …)`) left out; '' when it is a
 * licence or holds no prose.
 */
export const commentText = (lines: readonly string[]): string => {
  const uncomment = (l: string): string => l.replace(/^\s*;+\s?/u, '').trimEnd();
  const prose = lines
    .filter((l) => !/^\s*;{3,}/u.test(l) && !/^\s*#!/u.test(l))
    .map(uncomment)
    .filter((l) => !NOT_PROSE.test(l) && !/^\s*[([{]/u.test(l));
  const text = prose.join('\n').replace(/\n{3,}/gu, '\n\n').trim();
  if (text === '' || isNoteToSelf(text) || isBoilerplateComment(lines.map(uncomment).join('\n'))) return '';
  return capDoc(text);
};
