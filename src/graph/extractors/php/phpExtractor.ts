import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { declarationChildren, docStyles, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { hasShebang } from '../shared/hasShebang.ts';
import { addSamePackageTypes } from '../shared/addSamePackageTypes.ts';
import { childOfType, childrenOfType, namedChildrenOf } from '../shared/nodes.ts';
import { wordOffsets } from '../shared/wordOffsets.ts';
import { prepareNewPhp } from './prepareNewPhp.ts';

const typeKinds: Record<string, SymbolKind> = {
  class_declaration: 'class',
  interface_declaration: 'interface',
  trait_declaration: 'trait',
  enum_declaration: 'enum',
};

/**
 * PHPDoc's tag lines (`@param \Illuminate\Contracts\Encryption\Encrypter $encrypter`, `@return $this`) are
 * type declarations, rarely prose: in Laravel they made every class that takes an encrypter read as
 * encryption code. The summary and description above the tags stay.
 */
const withoutTagLines = (doc: string): string => doc.split('\n').filter((line) => !/^\s*@[a-z]/i.test(line)).join('\n').trim();

export const phpExtractor = {
  language: 'php',
  shouldUse: (file) => /\.(php|phtml)$/.test(file.path) || hasShebang(file, /php/),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'php',
      commentTypes: ['comment'],
      isDocComment: docStyles.block,
      tidyDoc: withoutTagLines,
      prepareText: prepareNewPhp,
      // `<?php` is the first node of every file; the header comment comes after it.
      firstCodeRow: (root) =>
        declarationChildren(root).find((n) => n.type !== 'php_tag' && n.type !== 'comment' && n.type !== 'text')?.startPosition.row ?? Number.MAX_SAFE_INTEGER,
      async visit(ctx) {
        visitStatements(ctx, ctx.root);
        for (const expression of includeExpressions(ctx.root, ctx.text)) addInclude(ctx, expression);
        await addSamePackageTypes(ctx, SAME_NAMESPACE_TYPES, importedNames(ctx.root));
      },
    }),
} satisfies Extractor;

/**
 * Classes a file names unqualified without a `use`, which PHP reads as its own namespace's: `HandlerStack::create()`,
 * `new Pool(…)`, `RequestOptions::TIMEOUT`, type hints, `extends`, `implements`, `instanceof`, `catch`, a trait's `use` in a
 * class body (psr7's Request and Response `use MessageTrait;`, which had been used by none) (Guzzle's
 * `Client.php` uses nine classes of `GuzzleHttp` this way and had no edge to them). Resolved like Java's same-package
 * types, to a file named after the class in a folder of that namespace.
 */
const SAME_NAMESPACE_TYPES = `
  (named_type (name) @type)
  (object_creation_expression (name) @type)
  (scoped_call_expression scope: (name) @type)
  (class_constant_access_expression . (name) @type)
  (scoped_property_access_expression scope: (name) @type)
  (base_clause (name) @type)
  (class_interface_clause (name) @type)
  (binary_expression right: (name) @type)
  (use_declaration (name) @type)`;

/** The short names `use` clauses bring in (`use A\B\C;` → C, `use A\B as D;` → D, a group's members). */
const importedNames = (root: Node): Set<string> => {
  const out = new Set<string>();
  for (const use of root.descendantsOfType('namespace_use_declaration')) {
    for (const clause of use?.descendantsOfType(['namespace_use_clause', 'namespace_use_group_clause']) ?? []) {
      const alias = clause ? childOfType(clause, 'namespace_aliasing_clause') : undefined;
      const name = alias ? childOfType(alias, 'name') : clause ? (childOfType(clause, 'qualified_name', 'namespace_name', 'name') ?? undefined) : undefined;
      const last = name?.text.split('\\').at(-1);
      if (last) out.add(last);
    }
  }
  return out;
};

/** `Illuminate\Support\Str` → `Illuminate.Support.Str`: namespaces resolve like Java packages. */
const dotted = (name: string): string => name.replace(/^\\/, '').replace(/\\/g, '.');

const visitStatements = (ctx: ExtractContext, block: Node): void => {
  for (const node of declarationChildren(block)) {
    const kind = typeKinds[node.type];
    if (kind) {
      visitType(ctx, node, kind);
      continue;
    }
    switch (node.type) {
      case 'namespace_definition': {
        const name = node.childForFieldName('name');
        if (name) ctx.out.setPackageName(dotted(name.text));
        const body = node.childForFieldName('body'); // `namespace X { … }`
        if (body) visitStatements(ctx, body);
        break;
      }
      case 'namespace_use_declaration':
        addUses(ctx, node);
        break;
      case 'function_definition': {
        const name = node.childForFieldName('name')?.text;
        if (name) ctx.symbol({ node, name, kind: 'function', exported: true });
        break;
      }
      case 'const_declaration':
        addConstants(ctx, node, undefined, true);
        break;
      // `if (! function_exists('x')) { function x() … }`: how helper files define their functions.
      case 'if_statement':
      case 'compound_statement':
        for (const child of namedChildrenOf(node)) if (child.type === 'compound_statement') visitStatements(ctx, child);
        if (node.type === 'compound_statement') visitStatements(ctx, node);
        break;
    }
  }
};

const isPrivate = (node: Node): boolean => childrenOfType(node, 'visibility_modifier').some((m) => m.text === 'private');

const visitType = (ctx: ExtractContext, node: Node, kind: SymbolKind): void => {
  const name = node.childForFieldName('name')?.text;
  if (!name) return;
  ctx.symbol({ node, name, kind, exported: true });
  const body = node.childForFieldName('body');
  for (const member of body ? namedChildrenOf(body) : []) {
    if (member.type === 'method_declaration') {
      const method = member.childForFieldName('name')?.text;
      // Magic methods (`__construct`, `__get`) implement the language's protocols; they are not API names.
      if (method && !method.startsWith('__')) ctx.symbol({ node: member, name: method, kind: 'method', exported: !isPrivate(member), container: name });
    } else if (member.type === 'const_declaration') {
      addConstants(ctx, member, name, !isPrivate(member));
    } else if (member.type === 'enum_case') {
      const value = member.childForFieldName('name')?.text;
      if (value) ctx.symbol({ node: member, name: value, kind: 'constant', exported: true, container: name });
    }
  }
};

const addConstants = (ctx: ExtractContext, node: Node, container: string | undefined, exported: boolean): void => {
  for (const element of childrenOfType(node, 'const_element')) {
    const name = childOfType(element, 'name')?.text;
    if (name) ctx.symbol({ node, name, kind: 'constant', exported, container });
  }
};

/** `use A\B\C;`, `use A\{B, C\D as E};`, `use function A\f;`: each as a dotted name. */
const addUses = (ctx: ExtractContext, node: Node): void => {
  const group = childOfType(node, 'namespace_use_group');
  if (group) {
    const prefix = childOfType(node, 'namespace_name')?.text ?? '';
    for (const clause of namedChildrenOf(group)) {
      const name = childOfType(clause, 'namespace_name', 'qualified_name', 'name');
      if (name) ctx.out.addImport({ spec: dotted(`${prefix}\\${name.text}`), kind: 'qualified' });
    }
    return;
  }
  for (const clause of childrenOfType(node, 'namespace_use_clause')) {
    const name = childOfType(clause, 'qualified_name', 'namespace_name', 'name');
    if (name) ctx.out.addImport({ spec: dotted(name.text), kind: 'qualified' });
  }
};

const INCLUDES = ['require_once', 'require', 'include_once', 'include'];
const INCLUDE_TYPES = new Set(INCLUDES.map((keyword) => `${keyword}_expression`));

/** `require_once __DIR__ . '/x.php'` and friends, anywhere (legacy code includes inside functions). */
const includeExpressions = (root: Node, text: string): Node[] => {
  const found = new Map<number, Node>();
  for (const keyword of INCLUDES) {
    for (const offset of wordOffsets(text, keyword)) {
      const expression = root.descendantForIndex(offset, offset + keyword.length)?.parent;
      if (expression && INCLUDE_TYPES.has(expression.type) && expression.startIndex === offset) found.set(expression.id, expression);
    }
  }
  return [...found.values()];
};

/**
 * The file an include names: its last string literal ending in `.php`. Next to `__DIR__` or
 * `dirname(__FILE__)` the path is the including file's folder; otherwise it is searched for by its
 * path's tail, as the include path would find it (`ABSPATH . WPINC . '/class-wp.php'`).
 */
const addInclude = (ctx: ExtractContext, expression: Node): void => {
  const strings = expression.descendantsOfType(['string_content', 'string_value']).filter((n): n is Node => n !== null);
  const path = strings.map((s) => s.text).reverse().find((s) => /\.php$/.test(s));
  if (!path) return;
  const spec = path.replace(/^\/+/, '');
  if (/__DIR__|__FILE__/.test(expression.text)) {
    // `dirname(__DIR__)` is the folder above; `dirname(__FILE__)` is the file's own.
    const ups = (expression.text.match(/dirname\s*\(/g) ?? []).length - (expression.text.includes('__FILE__') ? 1 : 0);
    ctx.out.addImport({ spec: `${'../'.repeat(Math.max(0, ups)) || './'}${spec}`, kind: 'path' });
  } else if (/^\.\.?\//.test(path)) {
    ctx.out.addImport({ spec: path, kind: 'path' });
  } else {
    ctx.out.addImport({ spec, kind: 'include' });
  }
};
