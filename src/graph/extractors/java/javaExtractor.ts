import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { declarationChildren, docStyles, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { childOfType, hasToken, namedChildrenOf } from '../shared/nodes.ts';
import { addSamePackageTypes } from '../shared/addSamePackageTypes.ts';

const typeKinds: Record<string, SymbolKind> = {
  class_declaration: 'class',
  record_declaration: 'class',
  interface_declaration: 'interface',
  annotation_type_declaration: 'interface',
  enum_declaration: 'enum',
};

export const javaExtractor = {
  language: 'java',
  shouldUse: (file) => file.path.endsWith('.java'),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'java',
      commentTypes: ['line_comment', 'block_comment'],
      isDocComment: docStyles.block,
      async visit(ctx) {
        const imported = new Set<string>();
        for (const node of declarationChildren(ctx.root)) {
          if (node.type === 'package_declaration') {
            const name = childOfType(node, 'scoped_identifier', 'identifier');
            if (name) ctx.out.setPackageName(name.text);
          } else if (node.type === 'import_declaration') {
            const name = childOfType(node, 'scoped_identifier', 'identifier');
            if (name) ctx.out.addImport({ spec: name.text + (childOfType(node, 'asterisk') ? '.*' : ''), kind: 'qualified' });
            const last = name?.text.split('.').at(-1);
            if (last) imported.add(last);
          } else {
            visitType(ctx, node, undefined, true, false);
          }
        }
        await addSamePackageTypes(ctx, '(type_identifier) @type', imported);
      },
    }),
} satisfies Extractor;

const isPrivate = (node: Node): boolean => {
  const modifiers = childOfType(node, 'modifiers');
  return modifiers !== undefined && hasToken(modifiers, 'private');
};

const visitType = (ctx: ExtractContext, node: Node, container: string | undefined, outerExported: boolean, inInterface: boolean): void => {
  const kind = typeKinds[node.type];
  const name = node.childForFieldName('name')?.text;
  if (!kind || !name) return;
  const exported = outerExported && !isPrivate(node);
  ctx.symbol({ node, name, kind, exported, container });
  const body = node.childForFieldName('body');
  if (!body) return;
  // Enum constants are followed by ordinary members inside enum_body_declarations.
  const members = namedChildrenOf(body).flatMap((member) =>
    member.type === 'enum_body_declarations' ? declarationChildren(member) : [member],
  );
  const memberOfInterface = kind === 'interface' || inInterface;
  for (const member of members) {
    if (typeKinds[member.type]) {
      visitType(ctx, member, name, exported, memberOfInterface);
    } else if (member.type === 'method_declaration') {
      const method = member.childForFieldName('name')?.text;
      if (method) ctx.symbol({ node: member, name: method, kind: 'method', exported: exported && !isPrivate(member), container: name });
    } else if (member.type === 'field_declaration' || member.type === 'constant_declaration') {
      visitConstant(ctx, member, name, exported, memberOfInterface);
    }
  }
};

/** Only `static final` fields (and interface fields, implicitly so) are API-level constants. */
const visitConstant = (ctx: ExtractContext, member: Node, container: string, exported: boolean, inInterface: boolean): void => {
  const modifiers = childOfType(member, 'modifiers');
  const isConstant = inInterface || (modifiers !== undefined && hasToken(modifiers, 'static') && hasToken(modifiers, 'final'));
  if (!isConstant) return;
  for (const declarator of member.childrenForFieldName('declarator')) {
    const name = declarator?.childForFieldName('name')?.text;
    if (name) ctx.symbol({ node: member, name, kind: 'constant', exported: exported && !isPrivate(member), container });
  }
};
