import type { Node } from 'web-tree-sitter';
import { argumentsOf, targetOf } from './elixirNodes.ts';

/**
 * The name a `def`/`defmacro`/`defguard`/`defdelegate` head defines: `f` of `f(x)`, `f(x) when …` and a bare
 * `f`; the operator of `left + right` or `-value` (Kernel's and Bitwise's operators had been one function
 * named "left"); the atom of `unquote(:%{})(…)`. A name computed at compile time (`unquote(name)(…)`) is
 * no name: undefined.
 */
export const definitionName = (head: Node | undefined): string | undefined => {
  if (!head) return undefined;
  switch (head.type) {
    case 'identifier':
      return head.text;
    case 'call': {
      const target = head.childForFieldName('target');
      if (target?.type === 'identifier') return target.text;
      if (target?.type === 'call' && targetOf(target) === 'unquote') {
        const atom = argumentsOf(target)[0];
        return atom?.type === 'atom' || atom?.type === 'quoted_atom' ? atomName(atom.text) : undefined;
      }
      return undefined;
    }
    case 'binary_operator': {
      const operator = head.childForFieldName('operator')?.text;
      return operator === 'when' ? definitionName(head.childForFieldName('left') ?? undefined) : operator;
    }
    case 'unary_operator':
      return head.childForFieldName('operator')?.text;
    default:
      return undefined;
  }
};

/** `:%{}` → `%{}`, `:"foo bar"` → `foo bar`. */
const atomName = (atom: string): string => atom.replace(/^:/u, '').replace(/^"(.*)"$/su, '$1');

/** The function a `@callback`/`@macrocallback` specifies: `init` of `init(arg) :: {:ok, state} when state: term`. */
export const callbackName = (spec: Node | undefined): string | undefined => {
  if (!spec) return undefined;
  if (spec.type === 'binary_operator') {
    const operator = spec.childForFieldName('operator')?.text;
    if (operator === 'when' || operator === '::') return callbackName(spec.childForFieldName('left') ?? undefined);
    return undefined;
  }
  return spec.type === 'call' || spec.type === 'identifier' ? definitionName(spec) : undefined;
};
