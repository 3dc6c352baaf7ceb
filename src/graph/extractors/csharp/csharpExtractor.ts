import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { declarationChildren, docStyles, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { childrenOfType } from '../shared/nodes.ts';

const typeKinds: Record<string, SymbolKind> = {
  class_declaration: 'class',
  record_declaration: 'class',
  record_struct_declaration: 'struct',
  struct_declaration: 'struct',
  interface_declaration: 'interface',
  enum_declaration: 'enum',
  delegate_declaration: 'type',
};

const memberKinds: Record<string, SymbolKind> = {
  method_declaration: 'method',
  property_declaration: 'property',
  event_declaration: 'property',
};

// The grammar is tree-sitter-c_sharp.wasm; FileFacts.language follows the grammar name like every extractor.
export const csharpExtractor = {
  language: 'c_sharp',
  shouldUse: (file) => file.path.endsWith('.cs'),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'c_sharp',
      commentTypes: ['comment'],
      isDocComment: docStyles.tripleSlash,
      visit: (ctx) => visitMembers(ctx, ctx.root, undefined, true, false),
    }),
} satisfies Extractor;

/** Explicit modifiers decide; without one, types are internal (public enough) and class members private. */
const isVisible = (node: Node, isType: boolean, inInterface: boolean): boolean => {
  const modifiers = childrenOfType(node, 'modifier').map((m) => m.text);
  if (modifiers.includes('private')) return false;
  if (modifiers.some((m) => m === 'public' || m === 'protected' || m === 'internal')) return true;
  return isType || inInterface;
};

const visitMembers = (ctx: ExtractContext, parent: Node, container: string | undefined, parentExported: boolean, inInterface: boolean): void => {
  for (const node of declarationChildren(parent)) {
    switch (node.type) {
      case 'using_directive': {
        // `using Alias = A.B;` names A.B last; `using static System.Math;` names System.Math.
        const target = childrenOfType(node, 'qualified_name', 'identifier').at(-1);
        if (target) ctx.out.addImport({ spec: target.text, kind: 'qualified' });
        continue;
      }
      case 'namespace_declaration':
      case 'file_scoped_namespace_declaration': {
        const name = node.childForFieldName('name')?.text;
        if (name) ctx.out.setPackageName(name);
        // A file-scoped namespace's declarations follow it as siblings or sit inside it, depending on version.
        visitMembers(ctx, node.childForFieldName('body') ?? node, container, parentExported, false);
        continue;
      }
      case 'declaration_list':
        visitMembers(ctx, node, container, parentExported, inInterface);
        continue;
    }
    const name = node.childForFieldName('name')?.text;
    if (!name) continue;
    const typeKind = typeKinds[node.type];
    if (typeKind) {
      const exported = parentExported && isVisible(node, true, inInterface);
      ctx.symbol({ node, name, kind: typeKind, exported, container });
      const body = node.childForFieldName('body');
      if (body && typeKind !== 'enum') visitMembers(ctx, body, name, exported, typeKind === 'interface');
      continue;
    }
    const memberKind = memberKinds[node.type];
    if (memberKind && container) {
      ctx.symbol({ node, name, kind: memberKind, exported: parentExported && isVisible(node, false, inInterface), container });
    }
  }
};
