import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { declarationChildren, docStyles, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { childOfType, childrenOfType, hasToken } from '../shared/nodes.ts';
import { prepareKotlin } from './prepareKotlin.ts';
import { addSamePackageTypes } from '../shared/addSamePackageTypes.ts';
import { hidesFromApi, tidyKDoc } from './kdocVisibility.ts';
import { topLevelPropertyKind } from './topLevelPropertyKind.ts';

export const kotlinExtractor = {
  language: 'kotlin',
  shouldUse: (file) => /\.kts?$/.test(file.path),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'kotlin',
      commentTypes: ['line_comment', 'multiline_comment'],
      isDocComment: docStyles.block,
      tidyDoc: tidyKDoc,
      prepareText: prepareKotlin,
      async visit(ctx) {
        const imported = new Set<string>();
        for (const node of declarationChildren(ctx.root)) {
          if (node.type === 'package_header') {
            const name = childOfType(node, 'identifier');
            if (name) ctx.out.setPackageName(name.text);
          } else if (node.type === 'import_list' || node.type === 'import_header') {
            const headers = node.type === 'import_list' ? childrenOfType(node, 'import_header') : [node];
            for (const header of headers) {
              addImport(ctx, header);
              // `import a.b.C` and `import a.b.C as D` name C and D
              for (const id of [childOfType(header, 'identifier'), childOfType(childOfType(header, 'import_alias') ?? header, 'type_identifier')]) {
                const last = id?.text.split('.').at(-1);
                if (last) imported.add(last);
              }
            }
          } else {
            visitDeclaration(ctx, node, undefined, true);
          }
        }
        await addSamePackageTypes(ctx, '(user_type (type_identifier) @type) (call_expression (simple_identifier) @call)', imported);
      },
    }),
} satisfies Extractor;

const addImport = (ctx: ExtractContext, header: Node): void => {
  const name = childOfType(header, 'identifier');
  if (name) ctx.out.addImport({ spec: name.text + (childOfType(header, 'wildcard_import') ? '.*' : ''), kind: 'qualified' });
};

const visibility = (node: Node): string | undefined =>
  childOfType(childOfType(node, 'modifiers') ?? node, 'visibility_modifier')?.text;

const classKind = (node: Node): SymbolKind => {
  if (hasToken(node, 'interface')) return 'interface';
  const modifiers = childOfType(node, 'modifiers');
  if (childOfType(node, 'enum_class_body') || (modifiers && /\benum\b/.test(modifiers.text))) return 'enum';
  return 'class';
};

/**
 * Public API: not `private`, not `internal` (visible to its own Gradle module only), and not hidden from
 * the API docs by a KDoc `@suppress`/`@hide`; a member is API only inside an API declaration.
 */
const isExported = (ctx: ExtractContext, node: Node, outerExported: boolean): boolean => {
  if (!outerExported) return false;
  const declared = visibility(node);
  if (declared === 'private' || declared === 'internal') return false;
  return !hidesFromApi(ctx.comments.docAbove(ctx.docRow(node.startPosition.row), docStyles.block));
};

const visitDeclaration = (ctx: ExtractContext, node: Node, container: string | undefined, outerExported: boolean): void => {
  const exported = isExported(ctx, node, outerExported);
  switch (node.type) {
    case 'class_declaration':
    case 'object_declaration': {
      const name = childOfType(node, 'type_identifier')?.text;
      if (!name) return;
      ctx.symbol({ node, name, kind: node.type === 'object_declaration' ? 'class' : classKind(node), exported, container });
      const body = childOfType(node, 'class_body', 'enum_class_body');
      if (body) visitBody(ctx, body, name, exported);
      return;
    }
    case 'function_declaration': {
      // The name is the identifier after an optional receiver type (`fun String.slug()`).
      const name = childOfType(node, 'simple_identifier')?.text;
      if (name) ctx.symbol({ node, name, kind: container ? 'method' : 'function', exported, container });
      return;
    }
    case 'type_alias': {
      const name = childOfType(node, 'type_identifier')?.text;
      if (name) ctx.symbol({ node, name, kind: 'type', exported, container });
      return;
    }
    case 'property_declaration': {
      if (container) {
        // A member property is API when it is documented, overrides one, or has its own getter or setter
        // (`var badgeValue … set(value) { … }`, the props of a native view); plain state is not.
        if (visibility(node) === 'private' || !isMemberApi(ctx, node)) return;
        for (const id of childrenOfType(node, 'variable_declaration')) {
          const name = childOfType(id, 'simple_identifier')?.text;
          if (name) ctx.symbol({ node, name, kind: 'property', exported, container });
        }
        return;
      }
      const kind = topLevelPropertyKind(node);
      for (const variable of childrenOfType(node, 'variable_declaration', 'multi_variable_declaration')) {
        for (const id of variable.type === 'variable_declaration' ? [variable] : childrenOfType(variable, 'variable_declaration')) {
          const name = childOfType(id, 'simple_identifier')?.text;
          if (name) ctx.symbol({ node, name, kind, exported });
        }
      }
      return;
    }
  }
};

const isMemberApi = (ctx: ExtractContext, node: Node): boolean => {
  if (/\boverride\b/u.test(childOfType(node, 'modifiers')?.text ?? '')) return true;
  // the grammar puts an accessor on the next line beside the property, not inside it
  const accessor = (n: Node | null) => n?.type === 'getter' || n?.type === 'setter';
  if (node.namedChildren.some(accessor) || accessor(node.nextNamedSibling)) return true;
  return ctx.comments.docAbove(node.startPosition.row, docStyles.block) !== undefined;
};

const visitBody = (ctx: ExtractContext, body: Node, container: string, exported: boolean): void => {
  for (const member of declarationChildren(body)) {
    if (member.type === 'companion_object') {
      const inner = childOfType(member, 'class_body');
      if (inner) visitBody(ctx, inner, container, isExported(ctx, member, exported));
    } else {
      visitDeclaration(ctx, member, container, exported);
    }
  }
};
