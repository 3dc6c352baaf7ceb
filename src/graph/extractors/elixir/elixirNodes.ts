import type { Node } from 'web-tree-sitter';
import { childOfType, namedChildrenOf } from '../shared/nodes.ts';

/** The called name of a call node (`defmodule`, `alias`, `def`); undefined for anything else. */
export const targetOf = (call: Node): string | undefined => (call.type === 'call' ? call.childForFieldName('target')?.text : undefined);

/** A call's arguments, without the parentheses. */
export const argumentsOf = (call: Node): Node[] => namedChildrenOf(childOfType(call, 'arguments') ?? call);

/** The value of keyword `key:` among a call's arguments (`for:` of defimpl, `as:` of alias). */
export const keywordValue = (call: Node, key: string): Node | undefined => {
  for (const arg of argumentsOf(call)) {
    if (arg.type !== 'keywords') continue;
    for (const pair of namedChildrenOf(arg)) {
      if (pair.childForFieldName('key')?.text.replace(/:\s*$/u, '') === key) return pair.childForFieldName('value') ?? undefined;
    }
  }
  return undefined;
};

/** The statements of a `do … end` block. */
export const doBlockOf = (call: Node): Node[] => {
  const body = childOfType(call, 'do_block');
  return body ? namedChildrenOf(body) : [];
};

/** The statements of the `else` of a `do … else … end` block. */
export const elseBlockOf = (call: Node): Node[] => {
  const body = childOfType(call, 'do_block');
  const branch = body ? childOfType(body, 'else_block') : undefined;
  return branch ? namedChildrenOf(branch) : [];
};
