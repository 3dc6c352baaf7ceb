import type { Node } from 'web-tree-sitter';
import { wordOffsets } from './wordOffsets.ts';


/**
 * The string argument of `require('x')` or `import('x')` whose callee starts at `offset`: the
 * same calls as the query `(call_expression function: (identifier|import) arguments: (arguments .
 * (string)))`, found from the text instead of by walking every node.
 */
const callArgumentAt = (root: Node, offset: number, word: string, calleeType: string): Node | undefined => {
  const callee = root.namedDescendantForIndex(offset, offset + word.length);
  if (callee?.type !== calleeType || callee.startIndex !== offset || callee.endIndex !== offset + word.length) return undefined;
  const call = callee.parent;
  if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== callee.id) return undefined;
  const args = call.childForFieldName('arguments');
  if (args?.type !== 'arguments') return undefined;
  const first = args.firstNamedChild;
  return first?.type === 'string' ? first : undefined;
};

/**
 * String literals passed to `require(…)` and `import(…)` anywhere in the file, in document order.
 * A query over the whole tree cost about half a parse; the text rarely names either word, and each
 * place it does is checked against the tree (so strings and comments that mention them don't count).
 */
export const findCallImports = (root: Node, text: string): Node[] => {
  const calls = [
    ...wordOffsets(text, 'require').map((offset) => ({ offset, word: 'require', type: 'identifier' })),
    ...wordOffsets(text, 'import').map((offset) => ({ offset, word: 'import', type: 'import' })),
  ].sort((a, b) => a.offset - b.offset);
  const found: Node[] = [];
  for (const { offset, word, type } of calls) {
    const argument = callArgumentAt(root, offset, word, type);
    if (argument) found.push(argument);
  }
  return found;
};
