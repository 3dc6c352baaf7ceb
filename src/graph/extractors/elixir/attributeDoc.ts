import type { Node } from 'web-tree-sitter';
import { cleanDocstring } from '../shared/cleanDoc.ts';
import { argumentsOf, targetOf } from './elixirNodes.ts';

/**
 * The text of `@name "…"`, `@name """…"""` or a string sigil (`@name ~S"""…"""`, `~s(…)`) when `node` is
 * that attribute; `false` for `@doc false`; undefined for anything else (`@doc since: "1.4.0"`).
 * `~S` is how docs that show `#{…}` or backslashes are written: Logger's, EEx's and Code's moduledocs
 * (35 of the Elixir repository's 189) were lost while only plain strings were read.
 */
export const attributeDoc = (node: Node, name: string): string | false | undefined => {
  if (node.type !== 'unary_operator') return undefined;
  const operand = node.childForFieldName('operand');
  if (!operand || targetOf(operand) !== name) return undefined;
  const value = argumentsOf(operand)[0];
  if (value?.type === 'boolean') return value.text === 'false' ? false : undefined;
  const content = value ? quotedContent(value) : undefined;
  // cleanDocstring drops a quote pair and dedents a heredoc's lines.
  return content === undefined ? undefined : cleanDocstring(`"${content}"`);
};

/** What stands between the delimiters of a string or an `~s`/`~S` sigil, as written. */
const quotedContent = (value: Node): string | undefined => {
  if (value.type === 'sigil') {
    if (!/^[sS]$/u.test(value.namedChildren.find((c) => c?.type === 'sigil_name')?.text ?? '')) return undefined;
  } else if (value.type !== 'string') {
    return undefined;
  }
  // The delimiters are anonymous children; quoted_content, escape_sequence and interpolation lie back to back between them.
  let text = '';
  for (const child of value.namedChildren) {
    if (child && child.type !== 'sigil_name' && child.type !== 'sigil_modifiers') text += child.text;
  }
  return text;
};
