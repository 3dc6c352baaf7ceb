import type { Node } from 'web-tree-sitter';

/** Named children without the nulls web-tree-sitter's typing allows. */
export const namedChildrenOf = (node: Node): Node[] => node.namedChildren.filter((n): n is Node => n !== null);

export const childOfType = (node: Node, ...types: string[]): Node | undefined =>
  namedChildrenOf(node).find((child) => types.includes(child.type));

export const childrenOfType = (node: Node, ...types: string[]): Node[] =>
  namedChildrenOf(node).filter((child) => types.includes(child.type));

/** True when an anonymous (keyword) or named child has exactly this text, e.g. 'static', 'interface'. */
export const hasToken = (node: Node, token: string): boolean => {
  for (let i = 0; i < node.childCount; i++) {
    if (node.child(i)?.text === token) return true;
  }
  return false;
};

export const fieldText = (node: Node, field: string): string | undefined =>
  node.childForFieldName(field)?.text;

/** 1-based line of a node. */
export const lineOf = (node: Node): number => node.startPosition.row + 1;

/** Strips one level of matching quotes ('x', "x", `x`, <x>). */
export const unquote = (literal: string): string =>
  literal.length >= 2 && '"\'`<'.includes(literal.charAt(0)) && '"\'`>'.includes(literal.charAt(literal.length - 1))
    ? literal.slice(1, -1)
    : literal;

/** 'path' for relative or absolute specifiers, 'package' for bare ones. */
export const pathOrPackage = (spec: string): 'path' | 'package' =>
  spec.startsWith('.') || spec.startsWith('/') ? 'path' : 'package';
