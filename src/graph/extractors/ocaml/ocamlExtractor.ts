import type { Node } from 'web-tree-sitter';
import type { FileFacts, SourceFile, SymbolKind } from '../../types.ts';
import type { Extractor, ParseFn } from '../Extractor.ts';
import { createFactsCollector, type FactsCollector } from '../shared/createFactsCollector.ts';
import { isBoilerplateComment } from '../shared/isBoilerplateComment.ts';
import { childOfType, childrenOfType, namedChildrenOf } from '../shared/nodes.ts';
import { attachOdocs, type DocComment } from './attachOdocs.ts';
import { duneFileFacts } from './duneFileFacts.ts';
import { isDuneFile } from './duneLibraryNames.ts';
import { moduleReferences } from './moduleReferences.ts';
import { isOdocComment, odocText } from './odocText.ts';

/**
 * OCaml: `.ml` implementations and `.mli` interfaces, and dune's `dune` build files (duneFileFacts.ts).
 * Symbols are the top-level items (`let`/`let rec`/`and` functions and values, `type`s with their
 * variant constructors, `exception`, `module X = struct`/functors, `module type`, `external`, classes;
 * an interface's `val`s) and those of modules nested one level. odoc comments `(** … *)` are docs
 * (attachOdocs.ts); the first one before any item but `open`s is the file's. `open`/`include` and
 * qualified names (`Dune_lang.Ast.t`) are imports of the modules they name (moduleReferences.ts), found
 * by file name or library (createOcamlResolver.ts). dune's review: 705 `.ml`/`.mli` files gave no
 * symbol, doc or edge. `.mll`/`.mly` (ocamllex, menhir) are read as term bags only.
 *
 * An extractor sees one file, so it cannot tell whether an `.ml` has an `.mli` beside it: an `.ml`'s
 * top-level items count as exported, like a C file's non-static functions.
 */
export const ocamlExtractor = {
  language: 'ocaml',
  shouldUse: (file) => /\.mli?$/u.test(file.path) || isDuneFile(file.path),
  extract: async (file, parse) => (isDuneFile(file.path) ? duneFileFacts(file.text) : extractOcaml(file, parse)),
} satisfies Extractor;

/**
 * tree-sitter-wasms 0.1.13 ships the implementation grammar only: an interface's `val`s are syntax
 * errors at the top level (catapult.mli parsed as one type and errors). Wrapped as the body of a module
 * type, on the same first row so lines hold, all 391 `.ml`/`.mli` interfaces of dune 2.9.3 parse clean.
 */
const INTERFACE_HEAD = 'module type Mli__ = sig ';

const extractOcaml = async (file: SourceFile, parse: ParseFn): Promise<FileFacts> => {
  const isInterface = file.path.endsWith('.mli');
  const tree = await parse('ocaml', isInterface ? `${INTERFACE_HEAD}${file.text}\nend` : file.text);
  try {
    const root = tree.rootNode;
    const out = createFactsCollector('ocaml');
    const top = isInterface ? (childOfType(childOfType(root, 'module_type_definition') ?? root, 'signature') ?? root) : root;
    const comments: DocComment[] = [];
    for (const node of root.descendantsOfType('comment')) {
      if (node && isOdocComment(node.text)) comments.push({ node, text: node.text });
    }
    const items = declarationItems(top);
    // The file's doc: the first doc comment before any item but `open`s, unless it sits right on that item
    // (no blank line between: odoc gives it to the item, `(** Makes a thing. *)\nval make : …`).
    const firstItem = items.find((item) => item.type !== 'open_module');
    const lead = comments.find(
      (c) => c.node.startIndex >= top.startIndex && (firstItem === undefined || (c.node.endIndex <= firstItem.startIndex && firstItem.startPosition.row > c.node.endPosition.row + 1)),
    );
    const taken = new Set<Node['id']>();
    if (lead) {
      taken.add(lead.node.id);
      const doc = tidy(lead.text);
      if (doc) out.addFileDoc(doc);
    }
    visitItems({ out, comments, taken }, items, undefined, 0, true);
    const stem = file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\..*$/u, '');
    const ownName = stem.charAt(0).toUpperCase() + stem.slice(1);
    for (const spec of moduleReferences(root, ownName)) out.addImport({ spec, kind: 'qualified' });
    return out.build(root.hasError);
  } finally {
    tree.delete();
  }
};

interface Walk {
  out: FactsCollector;
  comments: readonly DocComment[];
  taken: ReadonlySet<Node['id']>;
}

const tidy = (raw: string): string | undefined => {
  if (isBoilerplateComment(raw)) return undefined;
  const text = odocText(raw);
  return text === '' ? undefined : text;
};

/** The items of a structure or signature: everything but comments (docs are found beside them). */
const declarationItems = (container: Node): Node[] => namedChildrenOf(container).filter((n) => n.type !== 'comment');

/** Modules nested deeper than this are left out: their items are rarely what a request names. */
const MAX_DEPTH = 2;

const visitItems = (walk: Walk, items: Node[], container: string | undefined, depth: number, exported: boolean): void => {
  const docs = attachOdocs(items, walk.comments, walk.taken);
  const add = (node: Node, name: string, kind: SymbolKind, doc = docs.get(node.id), owner = container): void => {
    if (name === '' || name.startsWith('_')) return;
    const cleaned = doc === undefined ? undefined : tidy(doc);
    walk.out.addSymbol({ name, kind, line: node.startPosition.row + 1, exported, ...(cleaned ? { doc: cleaned } : {}), ...(owner ? { container: owner } : {}) });
  };
  for (const item of items) {
    const doc = docs.get(item.id);
    switch (item.type) {
      case 'value_definition':
        // `let rec f … and g …`: the doc is the first binding's.
        for (const [i, binding] of childrenOfType(item, 'let_binding').entries()) {
          const name = childOfType(binding, 'value_name');
          if (!name || name.startIndex !== binding.startIndex) continue; // a pattern (`let a, b = …`, `let () = …`)
          add(binding, name.text, isFunctionBinding(binding) ? 'function' : 'variable', i === 0 ? doc : undefined);
        }
        break;
      case 'value_specification':
      case 'external': {
        const name = childOfType(item, 'value_name');
        if (name) add(item, name.text, item.type === 'external' || childOfType(item, 'function_type') ? 'function' : 'variable', doc);
        break;
      }
      case 'type_definition':
        for (const [i, binding] of childrenOfType(item, 'type_binding').entries()) {
          const name = childOfType(binding, 'type_constructor')?.text;
          if (!name) continue;
          const variants = childOfType(binding, 'variant_declaration');
          add(binding, name, variants ? 'enum' : childOfType(binding, 'record_declaration') ? 'struct' : 'type', i === 0 ? doc : undefined);
          if (variants && depth === 0) {
            for (const ctor of childrenOfType(variants, 'constructor_declaration')) {
              const ctorName = childOfType(ctor, 'constructor_name')?.text;
              if (ctorName) add(ctor, ctorName, 'constant', undefined, name);
            }
          }
        }
        break;
      case 'exception_definition': {
        const name = childOfType(childOfType(item, 'constructor_declaration') ?? item, 'constructor_name');
        if (name) add(item, name.text, 'class', doc);
        break;
      }
      case 'module_definition':
        for (const [i, binding] of childrenOfType(item, 'module_binding').entries()) {
          const name = childOfType(binding, 'module_name')?.text;
          if (!name) continue;
          // `module T = Dune_rules.Super_context` only renames: the import is its edge, not a symbol.
          const body = namedChildrenOf(binding).filter((n) => n.type !== 'module_name' && n.type !== 'comment');
          if (body.length === 1 && body[0]?.type === 'module_path') continue;
          add(binding, name, 'module', i === 0 ? doc : undefined);
          if (depth + 1 >= MAX_DEPTH) continue;
          // A signature says what is public (`module G : sig … end = struct … end`); without one, the structure.
          const signature = childOfType(binding, 'signature');
          const structure = childOfType(binding, 'structure');
          if (signature) visitItems(walk, declarationItems(signature), name, depth + 1, exported);
          else if (structure) visitItems(walk, declarationItems(structure), name, depth + 1, exported);
        }
        break;
      case 'module_type_definition': {
        const name = childOfType(item, 'module_type_name');
        if (name) add(item, name.text, 'interface', doc);
        break;
      }
      case 'class_definition':
      case 'class_type_definition':
        for (const binding of childrenOfType(item, 'class_binding', 'class_type_binding')) {
          const name = childOfType(binding, 'class_name', 'class_type_name');
          if (name) add(binding, name.text, 'class', doc);
        }
        break;
    }
  }
};

/** `let f x = …`, `let f = fun x -> …`, `let f = function …`: a function; anything else a value. */
const isFunctionBinding = (binding: Node): boolean =>
  childOfType(binding, 'parameter') !== undefined || childOfType(binding, 'fun_expression', 'function_expression') !== undefined;
