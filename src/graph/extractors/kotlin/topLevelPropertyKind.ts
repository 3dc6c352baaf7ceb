import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import { childOfType, hasToken } from '../shared/nodes.ts';

const LITERALS = new Set([
  'integer_literal', 'long_literal', 'hex_literal', 'bin_literal', 'unsigned_literal', 'real_literal',
  'boolean_literal', 'character_literal', 'null',
]);

/** A literal value: a number (also `-1`), a boolean, a character, null, or a string without templates. */
const isLiteral = (node: Node): boolean => {
  if (LITERALS.has(node.type)) return true;
  if (node.type === 'string_literal') return !node.namedChildren.some((c) => c?.type === 'interpolated_identifier' || c?.type === 'interpolated_expression');
  if (node.type === 'prefix_expression' && /^[-+]/.test(node.text)) {
    const operand = node.namedChildren.at(-1);
    return operand !== null && operand !== undefined && isLiteral(operand);
  }
  return false;
};

/**
 * What a top-level `val`/`var` is: `const val`, and a `val` whose value is a literal, are constants; an
 * extension property (`val Dispatchers.JavaFx: …`) or one with its own getter (`val x: Int get() = …`)
 * is computed each time, as a function is, so it is a property; any other (a `var`, a `val` holding an
 * object or a call's result, a delegate) is a variable. Calling them all constants made kotlinx.coroutines'
 * `val Any.hexAddress` and `val Dispatchers.JavaFx` look like named values.
 */
export const topLevelPropertyKind = (node: Node): SymbolKind => {
  if (/\bconst\b/.test(childOfType(node, 'modifiers')?.text ?? '')) return 'constant';
  // The receiver type sits before the '.' that precedes the name; a getter may be the next sibling
  // (the grammar puts an accessor on its own line beside the property).
  const hasReceiver = node.children.some((c) => c?.type === '.');
  const hasGetter = node.namedChildren.some((c) => c?.type === 'getter') || node.nextNamedSibling?.type === 'getter';
  if (hasReceiver || hasGetter) return 'property';
  if (!hasToken(childOfType(node, 'binding_pattern_kind') ?? node, 'val')) return 'variable';
  const children = node.children;
  const at = children.findIndex((c) => c?.type === '=');
  const value = at < 0 ? undefined : children[at + 1];
  return value && isLiteral(value) ? 'constant' : 'variable';
};
