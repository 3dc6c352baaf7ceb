import type { Node } from 'web-tree-sitter';
import type { Extractor } from '../Extractor.ts';
import { cleanDocstring } from '../shared/cleanDoc.ts';
import { declarationChildren, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { hasShebang } from '../shared/hasShebang.ts';
import { childOfType, namedChildrenOf } from '../shared/nodes.ts';
import { wordOffsets } from '../shared/wordOffsets.ts';

export const pythonExtractor = {
  language: 'python',
  shouldUse: (file) => /\.pyi?$/.test(file.path) || hasShebang(file, /python/),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'python',
      commentTypes: ['comment'],
      isDocComment: () => false, // Python documents with docstrings, not comments
      firstCodeRow: (root) => firstStatement(root)?.startPosition.row ?? Number.MAX_SAFE_INTEGER,
      visit(ctx) {
        const moduleDoc = docstringOf(ctx.root);
        ctx.out.addFileDoc(moduleDoc);
        visitBlock(ctx, ctx.root, undefined, true);
        // a package's `__main__.py` is its entry point: what its main guard imports is what it runs
        const demoGuards = !/(?:^|\/)__main__\.py$/u.test(file.path);
        for (const statement of importStatements(ctx.root, ctx.text, demoGuards)) addImports(ctx, statement);
      },
    }),
} satisfies Extractor;

const firstStatement = (block: Node): Node | undefined =>
  declarationChildren(block).find((node) => node.type !== 'comment');

/** The string literal opening a module, class or function body. */
const docstringOf = (block: Node | null): string | undefined => {
  const first = block ? firstStatement(block) : undefined;
  const literal = first?.type === 'expression_statement' ? first.namedChild(0) : null;
  if (literal?.type !== 'string') return undefined;
  return cleanDocstring(literal.text) || undefined;
};

const isPublic = (name: string): boolean => !name.startsWith('_');

// Platform and fallback branches hold real definitions (`if sys.platform == 'win32': class X`,
// `try: from _json import f` / `except ImportError: def f`): subprocess.Popen's methods sit in them.
const COMPOUND = new Set(['if_statement', 'try_statement', 'with_statement']);
const CLAUSES = new Set(['elif_clause', 'else_clause', 'except_clause', 'except_group_clause', 'finally_clause']);

/**
 * The names a try block imports (`import jinja2`, `from yaml import CSafeLoader as Loader`): in its `except
 * ImportError` clauses, setting one of them to None or False marks a missing optional dependency (`jinja2 = None`),
 * no name of the module (starlette's cards "Declares … jinja2", "… yaml").
 */
const importedNames = (tryStatement: Node): Set<string> => {
  const names = new Set<string>();
  const body = namedChildrenOf(tryStatement).find((c) => c.type === 'block');
  for (const statement of body ? namedChildrenOf(body) : []) {
    if (statement.type !== 'import_statement' && statement.type !== 'import_from_statement') continue;
    for (const child of namedChildrenOf(statement)) {
      if (child === statement.childForFieldName('module_name')) continue;
      const alias = child.type === 'aliased_import' ? child.childForFieldName('alias') : child;
      const name = alias?.text.split('.')[0];
      if (name) names.add(name);
    }
  }
  return names;
};

/** An except clause for a missing module (bare `except:` too, as optional imports are often written). */
const IMPORT_ERROR = /^except\s*(?:$|\(?[^)]*\b(?:ImportError|ModuleNotFoundError)\b)/u;

const visitBlock = (ctx: ExtractContext, block: Node, container: string | undefined, exported: boolean, fallbacks?: ReadonlySet<string>): void => {
  for (const statement of declarationChildren(block)) {
    if (COMPOUND.has(statement.type)) {
      // A script's main guard runs code; its assignments are locals, not the module's API.
      if (isMainGuard(statement)) continue;
      const imported = statement.type === 'try_statement' ? importedNames(statement) : undefined;
      for (const child of namedChildrenOf(statement)) {
        if (child.type === 'block') visitBlock(ctx, child, container, exported, fallbacks);
        else if (CLAUSES.has(child.type)) {
          const missingImport = imported !== undefined && imported.size > 0 && (child.type === 'except_clause' || child.type === 'except_group_clause') && IMPORT_ERROR.test(child.text.slice(0, child.text.indexOf(':')));
          const clauseFallbacks = missingImport ? new Set([...(fallbacks ?? []), ...imported]) : fallbacks;
          for (const branch of namedChildrenOf(child)) if (branch.type === 'block') visitBlock(ctx, branch, container, exported, clauseFallbacks);
        }
      }
      continue;
    }
    const node = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (!node) continue;
    const name = node.childForFieldName('name')?.text ?? '';
    const body = node.childForFieldName('body');
    if (node.type === 'class_definition') {
      const classExported = exported && isPublic(name);
      ctx.symbol({ node, name, kind: 'class', exported: classExported, container, doc: docstringOf(body) });
      if (body) visitBlock(ctx, body, name, classExported);
    } else if (node.type === 'function_definition') {
      if (/^__\w+__$/.test(name)) continue; // dunders implement protocols, they are not API names
      const kind = container === undefined ? 'function' : 'method';
      ctx.symbol({ node, name, kind, exported: exported && isPublic(name), container, doc: docstringOf(body) });
    } else if (node.type === 'expression_statement' && container === undefined) {
      const assignment = childOfType(node, 'assignment');
      const target = assignment?.childForFieldName('left');
      if (target?.type !== 'identifier' || target.text === '__all__') continue;
      // (a stand-in that is a value of its own, `cached_property = property`, is still the module's name)
      if (fallbacks?.has(target.text) === true && /^(?:None|False)$/u.test(assignment?.childForFieldName('right')?.text ?? '')) continue;
      const kind = /^[A-Z][A-Z0-9_]*$/.test(target.text) ? 'constant' : 'variable';
      ctx.symbol({ node, name: target.text, kind, exported: isPublic(target.text) });
    }
  }
};

/**
 * Imports anywhere: lazy imports inside functions and `if TYPE_CHECKING:` blocks are real
 * dependencies. Found from each `import` keyword in the text (its parent is the statement) rather
 * than by a query over every node, which cost about a third of the parse.
 */
const importStatements = (root: Node, text: string, demoGuards: boolean): Node[] => {
  const statements: Node[] = [];
  for (const offset of wordOffsets(text, 'import')) {
    const keyword = root.descendantForIndex(offset, offset + 6);
    if (keyword?.type !== 'import' || keyword.startIndex !== offset) continue;
    const statement = keyword.parent;
    if ((statement?.type === 'import_statement' || statement?.type === 'import_from_statement') && !(demoGuards && inMainGuard(statement))) statements.push(statement);
  }
  return statements;
};

const isMainGuard = (node: Node): boolean => node.type === 'if_statement' && /^__name__\s*==/u.test(node.childForFieldName('condition')?.text ?? '');

/**
 * Inside the script's `if __name__ == "__main__":` block (not its `else:`): a demo's imports are no dependency of the module (rich's
 * `color.py` imports console, table and text to print a palette; 21 of its 383 edges came only from such blocks).
 */
const inMainGuard = (node: Node): boolean => {
  for (let current: Node | null = node; current?.parent; current = current.parent) {
    // the guard's own block, not its `else:` or `elif` branches
    if (isMainGuard(current.parent) && current.parent.childForFieldName('consequence')?.id === current.id) return true;
  }
  return false;
};

const addImports = (ctx: ExtractContext, node: Node): void => {
  if (node.type === 'import_statement') {
    for (const name of namedChildrenOf(node)) {
      const dotted = name.type === 'aliased_import' ? name.childForFieldName('name') : name;
      if (dotted?.type === 'dotted_name') ctx.out.addImport({ spec: dotted.text, kind: 'package' });
    }
    return;
  }
  const moduleName = node.childForFieldName('module_name');
  if (!moduleName) return;
  if (moduleName.type !== 'relative_import') {
    // `from celery import concurrency` imports the submodule celery/concurrency when there is one, else a
    // name of celery itself: each name is tried as a submodule first (`celery.concurrency|celery`).
    const names = childOfType(node, 'wildcard_import') ? [] : node.childrenForFieldName('name');
    if (names.length === 0) ctx.out.addImport({ spec: moduleName.text, kind: 'package' });
    for (const name of names) {
      const dotted = name?.type === 'aliased_import' ? name.childForFieldName('name') : name;
      if (dotted) ctx.out.addImport({ spec: `${moduleName.text}.${dotted.text}|${moduleName.text}`, kind: 'package' });
    }
    return;
  }
  // `from . import a, b` names sibling modules, so each becomes '.a'; `from .x import y` is '.x'.
  if (childOfType(moduleName, 'dotted_name')) {
    ctx.out.addImport({ spec: moduleName.text, kind: 'path' });
    return;
  }
  for (const name of node.childrenForFieldName('name')) {
    const dotted = name?.type === 'aliased_import' ? name.childForFieldName('name') : name;
    if (dotted) ctx.out.addImport({ spec: `${moduleName.text}${dotted.text}`, kind: 'path' });
  }
  if (childOfType(node, 'wildcard_import')) ctx.out.addImport({ spec: moduleName.text, kind: 'path' });
};
