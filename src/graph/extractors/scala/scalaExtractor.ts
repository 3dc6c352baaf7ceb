import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { declarationChildren, docStyles, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { childOfType, namedChildrenOf } from '../shared/nodes.ts';

const typeKinds: Record<string, SymbolKind> = {
  class_definition: 'class',
  trait_definition: 'trait',
  object_definition: 'module',
};

const isPrivate = (node: Node): boolean => /\b(private|protected)\b/.test(childOfType(node, 'modifiers')?.text ?? '');

export const scalaExtractor = {
  language: 'scala',
  shouldUse: (file) => /\.(scala|sc)$/.test(file.path),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'scala',
      commentTypes: ['comment'],
      isDocComment: docStyles.block,
      visit(ctx) {
        // `package a.b` then `package c` is package a.b.c (chained clauses, as sbt projects write them).
        const packages: string[] = [];
        for (const node of declarationChildren(ctx.root)) {
          if (node.type === 'package_clause') {
            const name = node.childForFieldName('name')?.text;
            if (name) packages.push(name);
          } else if (node.type === 'import_declaration') {
            addImports(ctx, node);
          } else {
            visitDefinition(ctx, node, undefined, true);
          }
        }
        if (packages.length > 0) ctx.out.setPackageName(packages.join('.'));
      },
    }),
} satisfies Extractor;

const visitDefinition = (ctx: ExtractContext, node: Node, container: string | undefined, outerExported: boolean): void => {
  const kind = typeKinds[node.type];
  const name = node.childForFieldName('name')?.text;
  if (!name) return;
  const exported = outerExported && !isPrivate(node);
  if (kind) {
    ctx.symbol({ node, name, kind, exported, container });
    const body = node.childForFieldName('body');
    for (const member of body ? namedChildrenOf(body) : []) visitDefinition(ctx, member, name, exported);
  } else if (node.type === 'function_definition' || node.type === 'function_declaration') {
    ctx.symbol({ node, name, kind: container === undefined ? 'function' : 'method', exported, container });
  }
};

/** `import a.b.C`, `import a.b.{C, D => E}`, `import a.b._` as dotted names (Java's `.*` for the wildcard). */
const addImports = (ctx: ExtractContext, node: Node): void => {
  const path = node.childForFieldName('path')?.text;
  if (!path) return;
  const selectors = childOfType(node, 'import_selectors');
  if (childOfType(node, 'wildcard')) {
    ctx.out.addImport({ spec: `${path}.*`, kind: 'qualified' });
  } else if (selectors) {
    for (const selector of namedChildrenOf(selectors)) {
      const name = selector.type === 'renamed_identifier' ? selector.childForFieldName('name')?.text : selector.type === 'identifier' ? selector.text : undefined;
      if (name) ctx.out.addImport({ spec: `${path}.${name}`, kind: 'qualified' });
      else if (selector.type === 'wildcard') ctx.out.addImport({ spec: `${path}.*`, kind: 'qualified' });
    }
  } else {
    ctx.out.addImport({ spec: path, kind: 'qualified' });
  }
};
