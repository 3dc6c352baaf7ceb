import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { declarationChildren, docStyles, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { childOfType, namedChildrenOf, unquote } from '../shared/nodes.ts';

const typeKinds: Record<string, SymbolKind> = {
  class_definition: 'class',
  mixin_declaration: 'trait',
  extension_declaration: 'type',
  enum_declaration: 'enum',
  type_alias: 'type',
};

/** A leading underscore makes a Dart name private to its library. */
const isPublic = (name: string): boolean => !name.startsWith('_');

export const dartExtractor = {
  language: 'dart',
  shouldUse: (file) => file.path.endsWith('.dart'),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'dart',
      commentTypes: ['comment', 'documentation_comment'],
      isDocComment: docStyles.slashOrBlock,
      visit(ctx) {
        for (const node of declarationChildren(ctx.root)) visitTopLevel(ctx, node);
      },
    }),
} satisfies Extractor;

/** The declared name: the `name` field, else the first identifier (a mixin's, a typedef's type identifier). */
const nameOf = (node: Node): string | undefined =>
  node.childForFieldName('name')?.text ?? childOfType(node, 'identifier', 'type_identifier')?.text;

const visitTopLevel = (ctx: ExtractContext, node: Node): void => {
  const kind = typeKinds[node.type];
  // An unnamed extension (`extension on String`) declares no type: its members extend the type it is on, visible in
  // their own library only (bloc_tools' listed a type "String").
  if (node.type === 'extension_declaration' && node.childForFieldName('name') === null) {
    const on = childOfType(node, 'type_identifier', 'identifier')?.text;
    const body = node.childForFieldName('body') ?? childOfType(node, 'extension_body', 'class_body');
    if (on && body) visitMembers(ctx, body, on, false);
    return;
  }
  if (kind) {
    const name = nameOf(node);
    if (!name) return;
    ctx.symbol({ node, name, kind, exported: isPublic(name) });
    const body = node.childForFieldName('body') ?? childOfType(node, 'class_body', 'extension_body');
    if (body && node.type !== 'enum_declaration') visitMembers(ctx, body, name, isPublic(name));
    return;
  }
  switch (node.type) {
    case 'import_or_export':
    case 'part_directive':
      for (const uri of node.descendantsOfType('uri')) if (uri) addImport(ctx, uri);
      return;
    case 'function_signature':
    case 'getter_signature':
    case 'setter_signature': {
      const name = node.childForFieldName('name')?.text;
      if (name) ctx.symbol({ node, name, kind: 'function', exported: isPublic(name) });
      return;
    }
    case 'static_final_declaration_list':
    case 'initialized_identifier_list':
      for (const declared of namedChildrenOf(node)) {
        const name = childOfType(declared, 'identifier')?.text;
        if (name) ctx.symbol({ node: declared, name, kind: 'constant', exported: isPublic(name), docRow: node.startPosition.row });
      }
      return;
  }
};

const visitMembers = (ctx: ExtractContext, body: Node, container: string, exported: boolean): void => {
  for (const member of namedChildrenOf(body)) {
    const signature = member.type === 'method_signature' || member.type === 'declaration' ? namedChildrenOf(member)[0] : undefined;
    if (!signature) continue;
    // Constructors say `new`; fields are state, not API names.
    if (!/^(function|getter|setter)_signature$/.test(signature.type)) continue;
    const name = signature.childForFieldName('name')?.text;
    if (name) ctx.symbol({ node: member, name, kind: 'method', exported: exported && isPublic(name), container });
  }
};

/**
 * `import 'package:shop/src/cart.dart'` → the package spec `shop/src/cart.dart` (resolved into that
 * package's lib/); a relative URI → a path; `dart:` libraries are the SDK's.
 */
const addImport = (ctx: ExtractContext, uri: Node): void => {
  const spec = unquote(uri.text.trim());
  if (spec.startsWith('dart:') || spec === '') return;
  if (spec.startsWith('package:')) ctx.out.addImport({ spec: spec.slice('package:'.length), kind: 'package' });
  else if (!/^[a-z]+:/i.test(spec)) ctx.out.addImport({ spec: spec.startsWith('.') || spec.startsWith('/') ? spec : `./${spec}`, kind: 'path' });
};
