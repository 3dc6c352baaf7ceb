import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { FileFacts } from '../types.ts';

/** Characters of an included doc read: a long guide must not outweigh the module's other docs. */
const MAX_INCLUDED_DOC = 8000;

/**
 * Markdown as the prose a doc comment would hold: fenced code (examples), link definitions, HTML comments and
 * heading marks go; a link reads as its text. The examples' identifiers are no words of what the item does.
 */
export const markdownProse = (text: string): string =>
  text
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gmu, '')
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/^ {0,3}\[[^\]\n]+\]:\s*\S+.*$/gmu, '')
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/gu, '$1')
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/gu, '$1')
    .replace(/^ {0,3}#{1,6}\s+/gmu, '')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();

/**
 * Reads the docs declarations take from other files (SymbolFact.docFile, relative to the declaring file) into
 * their `doc`, after what their own comments say. A file outside the repository (`root`) or unreadable adds
 * nothing; each is read once per declaring file. Changes `facts` in place.
 */
export const readIncludedDocs = (facts: FileFacts, absPath: string, root: string): void => {
  const read = new Map<string, string>();
  for (const symbol of facts.symbols) {
    const file = symbol.docFile;
    if (file === undefined) continue;
    delete symbol.docFile;
    const target = resolve(dirname(absPath), file);
    const inside = relative(root, target);
    if (inside === '' || inside.startsWith('..') || resolve(root, inside) !== target) continue;
    let prose = read.get(target);
    if (prose === undefined) {
      try {
        prose = markdownProse(readFileSync(join(root, inside), 'utf8').slice(0, MAX_INCLUDED_DOC));
      } catch {
        prose = '';
      }
      read.set(target, prose);
    }
    if (prose !== '') symbol.doc = symbol.doc === undefined ? prose : `${symbol.doc}\n\n${prose}`;
  }
};
