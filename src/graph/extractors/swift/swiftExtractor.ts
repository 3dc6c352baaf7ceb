import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { prepareNewSwift } from './prepareNewSwift.ts';
import { declarationChildren, docStyles, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { childOfType, hasToken } from '../shared/nodes.ts';
import { addSamePackageTypes } from '../shared/addSamePackageTypes.ts';

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
      prepareText: (text) => prepareNewSwift(blankNonisolated(text)),
      async visit(ctx) {
        for (const node of declarationChildren(ctx.root)) {
          if (node.type === 'import_declaration') {
            const name = childOfType(node, 'identifier');
            if (name) ctx.out.addImport({ spec: name.text, kind: 'qualified' });
          } else {
            visitDeclaration(ctx, node, undefined, true);
          }
        }
        await addSamePackageTypes(ctx, '(user_type (type_identifier) @type) (call_expression (simple_identifier) @call)', new Set(), true);
      },
    }),
} satisfies Extractor;

/**
 * Swift 5.10's `nonisolated(unsafe)` (and a plain `nonisolated`) before a declaration, blanked: the grammar read
 * `(unsafe)` as the name of Kingfisher's `animatedImageDataKey`. Rows and columns stay.
 */
const blankNonisolated = (text: string): string =>
  text.includes('nonisolated') ? text.replace(/\bnonisolated(?:\s*\(\s*unsafe\s*\))?(?=\s)/gu, (m) => ' '.repeat(m.length)) : text;

const isPrivate = (node: Node): boolean => {
  const visibility = childOfType(childOfType(node, 'modifiers') ?? node, 'visibility_modifier')?.text ?? '';
  return /^(private|fileprivate)/.test(visibility);
};

/**
 * A Swift function's name with its argument labels, as Swift spells it (`application(_:didReceiveRemoteNotification:)`):
 * overloads differ only there, and the labels say what each does (expo's AppDelegate subscriber had eight
 * `application` methods, stored as one).
 */
const withLabels = (node: Node, base: string): string => {
  const labels: string[] = [];
  for (const parameter of node.children) {
    if (parameter?.type !== 'parameter') continue;
    const label = childOfType(parameter, 'simple_identifier')?.text;
    if (label) labels.push(`${label}:`);
  }
  return labels.length > 0 ? `${base}(${labels.join('')})` : base;
};

/**
 * A member property worth routing on: computed (`var maxTorchStrength: Double { … }`, the API of an
 * extension), an override of the platform's (`override var preferredStatusBarStyle`), public, or
 * documented. Private and plain stored ones are state.
 */
const isMemberApi = (ctx: ExtractContext, node: Node): boolean => {
  if (isPrivate(node)) return false;
  if (childOfType(node, 'computed_property')) return true;
  const modifiers = childOfType(node, 'modifiers');
  if (modifiers && /\b(?:override|public|open)\b/u.test(modifiers.text)) return true;
  return ctx.comments.docAbove(ctx.docRow(node.startPosition.row), docStyles.slashOrBlock) !== undefined;
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
      if (name) ctx.symbol({ node, name: withLabels(node, name), kind: container ? 'method' : 'function', exported, container });
      return;
    }
    case 'init_declaration': {
      // `init(frame:)` says what a type is made from; a bare `init()` says nothing.
      const name = withLabels(node, 'init');
      if (container && name !== 'init') ctx.symbol({ node, name, kind: 'method', exported, container });
      return;
    }
    case 'typealias_declaration': {
      const name = node.childForFieldName('name')?.text;
      if (name) ctx.symbol({ node, name, kind: 'type', exported, container });
      return;
    }
    case 'property_declaration': {
      if (container) {
        if (isMemberApi(ctx, node)) {
          for (const pattern of node.childrenForFieldName('name')) {
            const id = pattern?.childForFieldName('bound_identifier') ?? pattern;
            if (id) ctx.symbol({ node, name: id.text, kind: 'property', exported, container });
          }
        }
        return;
      }
      const isLet = hasToken(childOfType(node, 'value_binding_pattern') ?? node, 'let');
      for (const pattern of node.childrenForFieldName('name')) {
        const id = pattern?.childForFieldName('bound_identifier') ?? pattern;
        if (id) ctx.symbol({ node, name: id.text, kind: isLet ? 'constant' : 'variable', exported });
      }
      return;
    }
  }
};
