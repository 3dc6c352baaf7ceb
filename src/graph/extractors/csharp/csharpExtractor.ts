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
      visit: (ctx) => {
        visitMembers(ctx, ctx.root, undefined, true, false);
        addTypeReferences(ctx);
      },
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

/** Where an identifier names a type: `JToken x`, `new JTokenWriter()`, `: JContainer`, `List<JToken>`, `JsonConvert.X()`, `[JsonIgnore]`, `typeof(X)`. */
const TYPE_PARENTS = new Set(['base_list', 'type_argument_list', 'type_of_expression', 'array_type', 'nullable_type', 'attribute', 'generic_name']);
const NAMESPACES = new Set(['namespace_declaration', 'file_scoped_namespace_declaration']);
/** Distinct type names kept per file: a generated file of thousands of names must not make thousands of rows. */
const MAX_TYPE_REFERENCES = 300;

const namesAType = (node: Node): boolean => {
  const parent = node.parent;
  if (!parent) return false;
  if (TYPE_PARENTS.has(parent.type)) return parent.type !== 'generic_name' || parent.firstNamedChild?.id === node.id;
  if (parent.type === 'member_access_expression') return parent.childForFieldName('expression')?.id === node.id;
  return parent.childForFieldName('type')?.id === node.id;
};

/**
 * Types named in code, as the classes of the enclosing namespaces they may be (innermost first): C#
 * sees the types of `Acme.Core` from `Acme.Core.Linq` without a `using`, so a folder per namespace
 * imports its parent's types silently (Newtonsoft.Json's `Linq` uses `JsonReader` from the root, and
 * no file there says `using Newtonsoft.Json;`). Resolved only to a declared class's file.
 */
const addTypeReferences = (ctx: ExtractContext): void => {
  const fileScoped = ctx.root.namedChildren.find((n) => n?.type === 'file_scoped_namespace_declaration')?.childForFieldName('name')?.text;
  const seen = new Set<string>();
  for (const node of ctx.root.descendantsOfType('identifier')) {
    if (!node || !/^[A-Z]/u.test(node.text) || !namesAType(node)) continue;
    let namespace = fileScoped;
    for (let up = node.parent; up; up = up.parent) {
      if (NAMESPACES.has(up.type)) {
        namespace = up.childForFieldName('name')?.text ?? namespace;
        break;
      }
    }
    if (namespace === undefined) continue;
    const key = `${namespace} ${node.text}`;
    if (seen.has(key)) continue;
    if (seen.size >= MAX_TYPE_REFERENCES) break;
    seen.add(key);
    const parts = namespace.split('.');
    const candidates = parts.map((_, i) => `${parts.slice(0, parts.length - i).join('.')}.${node.text}`);
    ctx.out.addImport({ spec: candidates.join('|'), kind: 'type' });
  }
};
