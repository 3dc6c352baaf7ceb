import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { declarationChildren, docStyles, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { childOfType, hasToken } from '../shared/nodes.ts';

const declarationKinds: Record<string, SymbolKind> = {
  class: 'class',
  actor: 'class',
  struct: 'struct',
  enum: 'enum',
  protocol: 'protocol',
};

export const swiftExtractor = {
  language: 'swift',
  shouldUse: (file) => file.path.endsWith('.swift'),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'swift',
      commentTypes: ['comment', 'multiline_comment'],
      isDocComment: docStyles.slashOrBlock,
      visit(ctx) {
        for (const node of declarationChildren(ctx.root)) {
          if (node.type === 'import_declaration') {
            const name = childOfType(node, 'identifier');
            if (name) ctx.out.addImport({ spec: name.text, kind: 'qualified' });
          } else {
            visitDeclaration(ctx, node, undefined, true);
          }
        }
      },
    }),
} satisfies Extractor;

const isPrivate = (node: Node): boolean => {
  const visibility = childOfType(childOfType(node, 'modifiers') ?? node, 'visibility_modifier')?.text ?? '';
  return /^(private|fileprivate)/.test(visibility);
};

const visitDeclaration = (ctx: ExtractContext, node: Node, container: string | undefined, outerExported: boolean): void => {
  const exported = outerExported && !isPrivate(node);
  switch (node.type) {
    case 'class_declaration':
    case 'protocol_declaration': {
      const declarationKind = node.childForFieldName('declaration_kind')?.text ?? '';
      const nameNode = node.childForFieldName('name');
      // `extension Foo: Bar` adds members to Foo and declares no new type.
      const name = declarationKind === 'extension' ? childOfType(nameNode ?? node, 'type_identifier')?.text ?? nameNode?.text : nameNode?.text;
      if (!name) return;
      const kind = declarationKinds[declarationKind];
      if (kind) ctx.symbol({ node, name, kind, exported, container });
      const body = node.childForFieldName('body');
      if (body) for (const member of declarationChildren(body)) visitDeclaration(ctx, member, name, exported);
      return;
    }
    case 'function_declaration':
    case 'protocol_function_declaration': {
      const name = node.childForFieldName('name')?.text;
      if (name) ctx.symbol({ node, name, kind: container ? 'method' : 'function', exported, container });
      return;
    }
    case 'typealias_declaration': {
      const name = node.childForFieldName('name')?.text;
      if (name) ctx.symbol({ node, name, kind: 'type', exported, container });
      return;
    }
    case 'property_declaration': {
      if (container) return; // stored properties are state, not API names worth routing on
      const isLet = hasToken(childOfType(node, 'value_binding_pattern') ?? node, 'let');
      for (const pattern of node.childrenForFieldName('name')) {
        const id = pattern?.childForFieldName('bound_identifier') ?? pattern;
        if (id) ctx.symbol({ node, name: id.text, kind: isLet ? 'constant' : 'variable', exported });
      }
      return;
    }
  }
};
