import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { docStyles, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { childOfType, childrenOfType, namedChildrenOf } from '../shared/nodes.ts';
import { createScalaImportScope, type ScalaImportScope } from './scalaImportScope.ts';
import { definitionsInError, statementsOf, type Statement } from './scalaStatements.ts';

/** Node types of tree-sitter-scala 0.24.0 (its own package, see parse/grammarSource.ts). */
const typeKinds: Record<string, SymbolKind> = {
  class_definition: 'class',
  trait_definition: 'trait',
  object_definition: 'module',
  package_object: 'module',
  enum_definition: 'enum', // Scala 3
};
const valueKinds: Record<string, 'val' | 'var'> = {
  val_definition: 'val',
  val_declaration: 'val',
  var_definition: 'var',
  var_declaration: 'var',
};

/** `private`, `private[pkg]`, `protected[this]`…: not the public API. */
const isPrivate = (node: Node): boolean => /\b(private|protected)\b/.test(childOfType(node, 'modifiers')?.text ?? '');

interface Walk {
  ctx: ExtractContext;
  imports: ScalaImportScope;
  /** The package the statements walked belong to ('' before any package clause). */
  pkg: string;
}

export const scalaExtractor = {
  language: 'scala',
  shouldUse: (file) => /\.(scala|sc)$/.test(file.path),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'scala',
      commentTypes: ['comment', 'block_comment'],
      isDocComment: docStyles.block,
      visit(ctx) {
        const packages = visitStatements({ ctx, imports: createScalaImportScope(), pkg: '' }, ctx.root, undefined, true);
        // A package object's file holds that package's members (and usually its Scaladoc): it is the package.
        const name = packages.object ?? packages.clauses ?? packages.braced;
        if (name) ctx.out.setPackageName(name);
      },
    }),
} satisfies Extractor;

interface PackagesSeen {
  /** The chained package clauses (`package a.b` then `package c` is a.b.c). */
  clauses?: string;
  /** The first package object's full name. */
  object?: string;
  /** The first braced package's full name (`package scala.sys { … }`). */
  braced?: string;
}

/** Walks the statements of the file or of a braced package, or the members of a definition (container set). */
const visitStatements = (walk: Walk, block: Node, container: string | undefined, exported: boolean): PackagesSeen => {
  const seen: PackagesSeen = {};
  let pkg = walk.pkg;
  for (const { node, path, recovered } of statementsOf(block)) {
    const inside = [...(container === undefined ? [] : [container]), ...path].join('.') || undefined;
    if (recovered) {
      addRecovered(walk.ctx, { node, recovered, path }, inside, exported);
    } else if (node.type === 'package_clause') {
      const name = node.childForFieldName('name')?.text.replace(/\s+/gu, '');
      if (!name) continue;
      const full = pkg ? `${pkg}.${name}` : name;
      const body = node.childForFieldName('body');
      if (body) {
        const imports = walk.imports.child();
        imports.openPackage(full);
        const inner = visitStatements({ ctx: walk.ctx, imports, pkg: full }, body, undefined, true);
        seen.object ??= inner.object;
        seen.braced ??= inner.braced ?? full;
      } else {
        pkg = full;
        seen.clauses = full;
        walk.imports.openPackage(full);
      }
    } else if (node.type === 'import_declaration') {
      walk.imports.add(walk.ctx.out, node);
    } else {
      const object = visitDefinition({ ...walk, pkg }, node, inside, exported);
      if (object) seen.object ??= object;
    }
  }
  return seen;
};

/** Adds a definition's symbols; returns a package object's full name. */
const visitDefinition = (walk: Walk, node: Node, container: string | undefined, outerExported: boolean): string | undefined => {
  const { ctx } = walk;
  const exported = outerExported && !isPrivate(node);
  const kind = typeKinds[node.type];
  if (kind) {
    const name = node.childForFieldName('name')?.text;
    if (!name) return undefined;
    if (node.type === 'package_object') {
      // `/** Contains the base traits … */ package object collection`: the package's Scaladoc, the file's doc.
      const doc = ctx.comments.docAbove(node.startPosition.row, docStyles.block);
      ctx.out.addFileDoc(doc);
      ctx.symbol({ node, name, kind, exported, container, doc });
    } else {
      ctx.symbol({ node, name, kind, exported, container });
    }
    const body = node.childForFieldName('body');
    // Nested definitions keep their path (Regex.Match), so members of Regex.Match and of a Match elsewhere differ.
    if (body) visitStatements({ ...walk, imports: walk.imports.child() }, body, container ? `${container}.${name}` : name, exported);
    return node.type === 'package_object' ? (walk.pkg ? `${walk.pkg}.${name}` : name) : undefined;
  }
  if (node.type === 'function_definition' || node.type === 'function_declaration') {
    const name = node.childForFieldName('name')?.text;
    // `def this(…)` is an auxiliary constructor, the class itself under another signature.
    if (name && name !== 'this') ctx.symbol({ node, name, kind: container === undefined ? 'function' : 'method', exported, container });
    for (const error of childrenOfType(node, 'ERROR')) {
      for (const statement of definitionsInError(error)) addRecovered(ctx, statement, container, outerExported);
    }
  } else if (node.type === 'type_definition') {
    const name = node.childForFieldName('name')?.text;
    if (name) ctx.symbol({ node, name, kind: 'type', exported, container });
  } else if (valueKinds[node.type] && exported) {
    // A public val or var is API (read like a def without parameters); a private one is state.
    const kindOfValue: SymbolKind = container !== undefined ? 'property' : valueKinds[node.type] === 'val' ? 'constant' : 'variable';
    for (const name of boundNames(node)) ctx.symbol({ node, name, kind: kindOfValue, exported, container });
  }
  return undefined;
};

/** A definition read back from the pieces of a syntax error (scalaStatements.ts). */
const addRecovered = (ctx: ExtractContext, { node, recovered }: Statement, container: string | undefined, exported: boolean): void => {
  if (!recovered || recovered.name === 'this') return;
  const kind = recovered.kind === 'method' && container === undefined ? 'function' : recovered.kind;
  ctx.symbol({ node, name: recovered.name, kind, exported: exported && !recovered.private, container });
};

/** The names a val or var binds: `val a`, `val a, b`, `val (a, b) = …`; not those deeper in a pattern. */
const boundNames = (node: Node): string[] => {
  const target = node.childForFieldName('name') ?? node.childForFieldName('pattern');
  if (!target) return [];
  if (target.type === 'identifier' || target.type === 'operator_identifier') return [target.text];
  if (target.type === 'identifiers' || target.type === 'tuple_pattern') {
    return namedChildrenOf(target).filter((n) => n.type === 'identifier').map((n) => n.text);
  }
  return [];
};
