import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { declarationChildren, docStyles, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { childOfType, childrenOfType, unquote } from '../shared/nodes.ts';
import { blankTypeArguments } from './blankTypeArguments.ts';
import { renameValueNew } from './renameValueNew.ts';

const isExported = (name: string): boolean => /^\p{Lu}/u.test(name);

export const goExtractor = {
  language: 'go',
  shouldUse: (file) => file.path.endsWith('.go'),
  extract: (file, parse) =>
    extractFromTree({ ...file, text: renameValueNew(blankTypeArguments(file.text)) }, parse, {
      language: 'go',
      commentTypes: ['comment'],
      isDocComment: docStyles.any,
      visit(ctx) {
        for (const node of declarationChildren(ctx.root)) visitTopLevel(ctx, node);
      },
    }),
} satisfies Extractor;

const visitTopLevel = (ctx: ExtractContext, node: Node): void => {
  switch (node.type) {
    case 'package_clause': {
      const name = childOfType(node, 'package_identifier');
      if (name) ctx.out.setPackageName(name.text);
      return;
    }
    case 'import_declaration': {
      const list = childOfType(node, 'import_spec_list');
      for (const spec of childrenOfType(list ?? node, 'import_spec')) {
        const path = spec.childForFieldName('path');
        if (path) ctx.out.addImport({ spec: unquote(path.text), kind: 'go' });
      }
      return;
    }
    case 'function_declaration': {
      const name = node.childForFieldName('name')?.text;
      if (name) ctx.symbol({ node, name, kind: 'function', exported: isExported(name) });
      return;
    }
    case 'method_declaration': {
      const name = node.childForFieldName('name')?.text;
      const receiver = receiverType(node);
      if (name) ctx.symbol({ node, name, kind: 'method', exported: isExported(name) && isExported(receiver ?? ''), container: receiver });
      return;
    }
    case 'type_declaration':
      for (const spec of childrenOfType(node, 'type_spec', 'type_alias')) {
        const name = spec.childForFieldName('name')?.text;
        const type = spec.childForFieldName('type')?.type;
        const kind: SymbolKind = type === 'struct_type' ? 'struct' : type === 'interface_type' ? 'interface' : 'type';
        if (name) ctx.symbol({ node: spec, name, kind, exported: isExported(name), docRow: docRowOf(node, spec) });
      }
      return;
    case 'const_declaration':
    case 'var_declaration':
      for (const spec of childrenOfType(node, 'const_spec', 'var_spec')) {
        for (const id of spec.childrenForFieldName('name')) {
          if (id?.type !== 'identifier' || id.text === '_') continue;
          const kind = node.type === 'const_declaration' ? 'constant' : 'variable';
          ctx.symbol({ node: spec, name: id.text, kind, exported: isExported(id.text), docRow: docRowOf(node, spec) });
        }
      }
      return;
  }
};

/** `type X struct{}` is documented above the keyword; specs inside `type ( … )` above themselves. */
const docRowOf = (declaration: Node, spec: Node): number =>
  declaration.startPosition.row === spec.startPosition.row ? declaration.startPosition.row : spec.startPosition.row;

/** `func (s *Store[T]) Save()` belongs to Store. */
const receiverType = (method: Node): string | undefined => {
  const parameter = childOfType(method.childForFieldName('receiver') ?? method, 'parameter_declaration');
  const type = parameter?.childForFieldName('type')?.text;
  return type?.replace(/^\*/, '').replace(/\[.*$/, '');
};
