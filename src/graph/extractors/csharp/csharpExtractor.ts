import { prepareCSharp } from './prepareCSharp.ts';
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
      prepareText: prepareCSharp,
      visit: (ctx) => {
        const refs: TypeRefs = { namespace: undefined, names: new Map() };
        visitMembers(ctx, ctx.root, undefined, true, false, refs);
        addTypeReferences(ctx, refs);
      },
    }),
} satisfies Extractor;

/** `Validators` inside namespace `A.B`: `A.B.Validators`, `A.Validators` (not when it is written in full already). */
const enclosingNames = (namespace: string, name: string): string[] => {
  const parts = namespace.split('.');
  if (name === namespace || name.startsWith(`${parts[0]}.`)) return [];
  return parts.map((_, i) => `${parts.slice(0, parts.length - i).join('.')}.${name}`);
};

/** Explicit modifiers decide; without one, types are internal (public enough) and class members private. */
const isVisible = (node: Node, isType: boolean, inInterface: boolean): boolean => {
  const modifiers = childrenOfType(node, 'modifier').map((m) => m.text);
  if (modifiers.includes('private')) return false;
  if (modifiers.some((m) => m === 'public' || m === 'protected' || m === 'internal')) return true;
  return isType || inInterface;
};

const visitMembers = (ctx: ExtractContext, parent: Node, container: string | undefined, parentExported: boolean, inInterface: boolean, refs: TypeRefs): void => {
  for (const node of declarationChildren(parent)) {
    switch (node.type) {
      case 'using_directive': {
        // `using Alias = A.B;` names A.B last; `using static System.Math;` names System.Math.
        // `global using X;` (C# 10) opens X to every file of the project: marked so the resolver can apply it there.
        const target = childrenOfType(node, 'qualified_name', 'identifier').at(-1);
        if (!target) continue;
        const global = node.firstChild?.type === 'global';
        // Inside `namespace FluentValidation { … }`, `using Validators;` may name FluentValidation.Validators: the
        // enclosing namespaces' names first, innermost first, then the name as written (FluentValidation's folders had
        // no edge between them). The resolver takes a longer name only where the repository declares it.
        const outer = global || refs.namespace === undefined ? [] : enclosingNames(refs.namespace, target.text);
        ctx.out.addImport({ spec: [...outer, target.text].join('|'), kind: 'qualified', ...(global ? { system: true } : {}) });
        continue;
      }
      case 'namespace_declaration':
      case 'file_scoped_namespace_declaration': {
        const name = node.childForFieldName('name')?.text;
        if (name) ctx.out.setPackageName(name);
        const outer = refs.namespace;
        refs.namespace = name ?? outer;
        // A file-scoped namespace's declarations follow it as siblings or sit inside it, depending on version.
        visitMembers(ctx, node.childForFieldName('body') ?? node, container, parentExported, false, refs);
        if (node.type === 'namespace_declaration') refs.namespace = outer;
        continue;
      }
      case 'declaration_list':
        visitMembers(ctx, node, container, parentExported, inInterface, refs);
        continue;
    }
    collectSignatureTypes(node, refs);
    const name = node.childForFieldName('name')?.text;
    if (!name) continue;
    const typeKind = typeKinds[node.type];
    if (typeKind) {
      const exported = parentExported && isVisible(node, true, inInterface);
      ctx.symbol({ node, name, kind: typeKind, exported, container });
      const body = node.childForFieldName('body');
      if (body && typeKind !== 'enum') visitMembers(ctx, body, name, exported, typeKind === 'interface', refs);
      continue;
    }
    const memberKind = memberKinds[node.type];
    if (memberKind && container) {
      ctx.symbol({ node, name, kind: memberKind, exported: parentExported && isVisible(node, false, inInterface), container });
    }
  }
};

/** Type names a file's declarations use, each with the namespace it was named in, once per pair. */
interface TypeRefs {
  namespace: string | undefined;
  names: Map<string, { namespace: string; name: string }>;
}

/** Distinct type names kept per file: a generated file of thousands of names must not make thousands of rows. */
const MAX_TYPE_REFERENCES = 300;

/** The type names in a type (`Dictionary<string, JToken>?` → Dictionary, JToken); qualified names are left to `using`. */
const collectTypeNames = (type: Node | null | undefined, refs: TypeRefs): void => {
  if (!type || refs.namespace === undefined) return;
  switch (type.type) {
    case 'identifier':
      if (/^[A-Z]/u.test(type.text) && refs.names.size < MAX_TYPE_REFERENCES) refs.names.set(`${refs.namespace} ${type.text}`, { namespace: refs.namespace, name: type.text });
      return;
    case 'generic_name':
    case 'type_argument_list':
    case 'nullable_type':
    case 'array_type':
    case 'base_list':
    case 'primary_constructor_base_type':
      for (const child of type.namedChildren) collectTypeNames(child, refs);
      return;
    default:
      return;
  }
};

/**
 * The types a declaration's signature names: its base types, its (return, property, field) type and its
 * parameters' types. Signatures only: walking every method body cost a fifth of a C# repository's index
 * time (Newtonsoft.Json, 560 files: 2.6 → 3.1 s), for edges the signatures mostly give already.
 */
const collectSignatureTypes = (node: Node, refs: TypeRefs): void => {
  collectTypeNames(childrenOfType(node, 'base_list')[0], refs);
  collectTypeNames(node.childForFieldName('type'), refs);
  const declaration = childrenOfType(node, 'variable_declaration')[0];
  if (declaration) collectTypeNames(declaration.childForFieldName('type'), refs);
  const parameters = node.childForFieldName('parameters') ?? childrenOfType(node, 'parameter_list')[0];
  for (const parameter of parameters?.namedChildren ?? []) collectTypeNames(parameter?.childForFieldName('type'), refs);
};

/**
 * Types named in signatures, as the classes of the enclosing namespaces they may be (innermost first):
 * C# sees the types of `Acme.Core` from `Acme.Core.Linq` without a `using`, so a folder per namespace
 * imports its parent's types silently (Newtonsoft.Json's `Linq` uses `JsonReader` from the root, and no
 * file there says `using Newtonsoft.Json;`). Resolved only to a declared class's file.
 */
const addTypeReferences = (ctx: ExtractContext, refs: TypeRefs): void => {
  for (const { namespace, name } of refs.names.values()) {
    const parts = namespace.split('.');
    ctx.out.addImport({ spec: parts.map((_, i) => `${parts.slice(0, parts.length - i).join('.')}.${name}`).join('|'), kind: 'type' });
  }
};
