import type { Node } from 'web-tree-sitter';
import { wordOffsets } from './wordOffsets.ts';


/**
 * The module names a call at `offset` imports: the string argument of `require('x')` or `import('x')`, and the
 * array of AMD's `define(['./core', './var/rnotwhite'], factory)`, `define('name', [...], factory)` and
 * `require([...], callback)` (jQuery's source is AMD modules: 0 edges before). Checked against the tree, as the
 * query `(call_expression function: (identifier|import) arguments: (arguments . (string)))` would be.
 */
const callArgumentsAt = (root: Node, offset: number, word: string, calleeType: string): Node[] => {
  const callee = root.namedDescendantForIndex(offset, offset + word.length);
  if (callee?.type !== calleeType || callee.startIndex !== offset || callee.endIndex !== offset + word.length) return [];
  const call = callee.parent;
  if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== callee.id) return [];
  const args = call.childForFieldName('arguments');
  if (args?.type !== 'arguments') return [];
  const first = args.firstNamedChild;
  if (word === 'import') return first?.type === 'string' ? [first] : [];
  if (first?.type === 'string' && word !== 'define') return [first];
  // `define([...], f)`, `define('name', [...], f)`, `require([...], f)`
  const list = first?.type === 'array' ? first : word === 'define' && first?.type === 'string' ? args.namedChild(1) : null;
  if (list?.type !== 'array') return [];
  // a loader plugin's resource (`text!./tpl.html`, `i18n!nls/messages`) is no module, nor are AMD's own
  // `require`, `exports` and `module` (TypeScript's AMD output lists them first)
  return list.namedChildren.filter((n): n is Node => n?.type === 'string' && !n.text.includes('!') && !/^['"](?:require|exports|module)['"]$/u.test(n.text));
};

/**
 * String literals passed to `require(…)` and `import(…)` anywhere in the file, and AMD's dependency arrays, in document order.
 * A query over the whole tree cost about half a parse; the text rarely names any of the words, and each
 * place it does is checked against the tree (so strings and comments that mention them don't count).
 */
export const findCallImports = (root: Node, text: string): Node[] => {
  const calls = [
    ...wordOffsets(text, 'require').map((offset) => ({ offset, word: 'require', type: 'identifier' })),
    ...wordOffsets(text, 'requirejs').map((offset) => ({ offset, word: 'requirejs', type: 'identifier' })),
    ...wordOffsets(text, 'define').map((offset) => ({ offset, word: 'define', type: 'identifier' })),
    ...wordOffsets(text, 'import').map((offset) => ({ offset, word: 'import', type: 'import' })),
  ].sort((a, b) => a.offset - b.offset);
  const found: Node[] = [];
  for (const { offset, word, type } of calls) found.push(...callArgumentsAt(root, offset, word, type));
  return found;
};
