import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { isTestCfg } from '../../parse/inlineTestRegions.ts';
import { declarationChildren, docStyles, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { childOfType, namedChildrenOf } from '../shared/nodes.ts';
import { unwrapItemMacros } from './unwrapItemMacros.ts';
import { blankInnerAttributes } from './blankInnerAttributes.ts';
import { prepareNewRust } from './prepareNewRust.ts';

const itemKinds: Record<string, SymbolKind> = {
  struct_item: 'struct',
  union_item: 'struct',
  enum_item: 'enum',
  trait_item: 'trait',
  type_item: 'type',
  const_item: 'constant',
  static_item: 'variable',
  function_item: 'function',
  function_signature_item: 'function',
  macro_definition: 'function',
};

export const rustExtractor = {
  language: 'rust',
  shouldUse: (file) => file.path.endsWith('.rs'),
  extract: async (input, parse) => {
    const file = { ...input, text: blankInnerAttributes(prepareNewRust(input.text)) };
    return extractFromTree(BRACE_MACRO.test(file.text) ? { ...file, text: await unwrapItemMacros(file.text, parse) } : file, parse, {
      language: 'rust',
      commentTypes: ['line_comment', 'block_comment'],
      isDocComment: docStyles.slashOrBlock,
      // A crate's or module's doc is its inner doc (`//!`, `/*!`); a plain `//` above `#![allow(…)]` is a note to
      // developers (newsboat's libnewsboat card read "This lint is nitpicky, …").
      isFileDocComment: (raw) => /^(?:\/\/!|\/\*!)/u.test(raw.trimStart()),
      // A crate's `//!` docs usually follow its `#![allow(…)]` attributes: they are still its header.
      // (The grammar reads a first-line `#![allow(…)]` as a shebang.)
      firstCodeRow: (root) => {
        for (const child of root.namedChildren) {
          // A first-line `#![allow(` spanning lines is an ERROR node (tokio's lib.rs): still an attribute.
          if (child && !HEADER_NODES.has(child.type) && !(child.type === 'ERROR' && child.text.startsWith('#!['))) return child.startPosition.row;
        }
        return Number.MAX_SAFE_INTEGER;
      },
      visit: (ctx) => {
        visitItems(ctx, ctx.root, undefined, 'module');
        addInlineCratePaths(ctx);
      },
    });
  },
} satisfies Extractor;

/** A file without a `name! {` call has no wrapped items: parsed once, not twice. */
const BRACE_MACRO = /\w!\s*\{/u;

const HEADER_NODES = new Set(['line_comment', 'block_comment', 'inner_attribute_item', 'shebang']);

const isMacroExported = (node: Node): boolean => {
  for (let prev = node.previousNamedSibling; prev?.type === 'attribute_item'; prev = prev.previousNamedSibling) {
    if (/^#\[\s*macro_export\b/u.test(prev.text)) return true;
  }
  return false;
};

const isPub = (node: Node): boolean => childOfType(node, 'visibility_modifier')?.text.startsWith('pub') === true;

/** Doc comments sit above `#[derive(…)]` and other attributes, not directly above the item. */
const docRow = (node: Node): number => {
  let row = node.startPosition.row;
  for (let prev = node.previousNamedSibling; prev?.type === 'attribute_item'; prev = prev.previousNamedSibling) {
    row = prev.startPosition.row;
  }
  return row;
};

/**
 * The file an item's attribute reads its docs from: `#[doc = include_str!("../docs/routing/route.md")]` (axum keeps
 * the Router's and the extractors' docs, what they do and when they panic, in 21 such Markdown files).
 */
const includedDoc = (node: Node): string | undefined => {
  for (let prev = node.previousNamedSibling; prev?.type === 'attribute_item'; prev = prev.previousNamedSibling) {
    const found = /^#\[\s*doc\s*=\s*include_str!\s*\(\s*"([^"\\]+)"\s*\)\s*\]$/u.exec(prev.text);
    if (found) return found[1];
  }
  return undefined;
};

/**
 * How members of `parent` are published: items by their own `pub`; trait members with the trait;
 * methods of a trait impl are as public as the trait, which the impl does not say: count them public.
 */
type Visibility = 'module' | 'private-module' | 'public-trait' | 'private-trait' | 'trait-impl';

const isExported = (node: Node, visibility: Visibility): boolean => {
  if (visibility === 'public-trait' || visibility === 'trait-impl') return true;
  if (visibility === 'private-trait' || visibility === 'private-module') return false;
  return isPub(node);
};

/**
 * `#[cfg(test)]` (or `all(test, …)`) among the attributes above an item. Such a `mod tests { … }` is the
 * crate's unit tests, compiled for them only: none of it is the module's API (`pub(crate) mod test` was
 * exported), its test names and `use`s say nothing of the module, and its words are kept out of the
 * file's term bag (parse/inlineTestRegions.ts).
 */
const isTestOnly = (node: Node): boolean => {
  for (let prev = node.previousNamedSibling; prev?.type === 'attribute_item'; prev = prev.previousNamedSibling) {
    if (isTestCfg(prev.text)) return true;
  }
  return false;
};

const visitItems = (ctx: ExtractContext, parent: Node, container: string | undefined, visibility: Visibility): void => {
  for (const node of declarationChildren(parent)) {
    if (node.type === 'use_declaration') {
      const argument = node.childForFieldName('argument');
      if (argument) for (const spec of usePaths(argument, '')) ctx.out.addImport({ spec, kind: 'package' });
      continue;
    }
    // `pub extern crate grep_cli as cli;` (ripgrep's grep façade re-exports six crates that way): a dependency as a `use` is.
    if (node.type === 'extern_crate_declaration') {
      const crate = node.childForFieldName('name')?.text;
      if (crate !== undefined && crate !== 'self' && crate !== 'std' && crate !== 'core' && crate !== 'alloc') ctx.out.addImport({ spec: crate, kind: 'package' });
      continue;
    }
    const name = node.childForFieldName('name')?.text;
    if (node.type === 'mod_item' && name) {
      const body = node.childForFieldName('body');
      // `mod x;` pulls in x.rs or x/mod.rs next to this file: a file dependency, resolved like a path; not a unit-test
      // module's (`#[cfg(test)] mod test;`: starship's src had depended on its src/test helpers).
      if (!body) {
        if (!isTestOnly(node)) ctx.out.addImport({ spec: `./${name}`, kind: 'path' });
      }
      // A unit-test module is read as no part of the file (isTestOnly).
      else if (!isTestOnly(node)) {
        const exported = isExported(node, visibility);
        ctx.symbol({ node, name, kind: 'module', exported, docRow: docRow(node) });
        visitItems(ctx, body, undefined, exported ? 'module' : 'private-module');
      }
      continue;
    }
    if (node.type === 'impl_item') {
      const type = node.childForFieldName('type');
      const typeName = (type?.type === 'generic_type' ? type.childForFieldName('type') : type)?.text;
      const body = node.childForFieldName('body');
      if (typeName && body) visitItems(ctx, body, typeName, node.childForFieldName('trait') ? 'trait-impl' : 'module');
      continue;
    }
    const kind = itemKinds[node.type];
    if (!kind || !name) continue;
    // A trait impl's associated types and constants (`type Target = PyTuple;`, `type Err = Error;`) fill in what the
    // trait asks for: no name of the module's own (reqwest's dns card read "Declares Err, Response, Error, Future").
    if (visibility === 'trait-impl' && (node.type === 'type_item' || node.type === 'const_item')) continue;
    // `macro_rules!` has no `pub`: `#[macro_export]` publishes it at the crate root.
    const exported = node.type === 'macro_definition' ? isMacroExported(node) : isExported(node, visibility);
    const isMethod = container !== undefined && kind === 'function';
    ctx.symbol({ node, name, kind: isMethod ? 'method' : kind, exported, container, docRow: docRow(node), docFile: includedDoc(node) });
    if (node.type === 'trait_item') {
      const body = node.childForFieldName('body');
      if (body) visitItems(ctx, body, name, exported ? 'public-trait' : 'private-trait');
    }
  }
};

const PATH_NODES = ['scoped_identifier', 'scoped_type_identifier'];

/**
 * Paths written out in code (`crate::runtime::context::enter(…)`, `crate::sync::Notify`) reference
 * their module as a `use` does, once per path and file: tokio's `src` writes 1,355 of them beside 599
 * `use crate::` lines. The outermost path only; those inside `use` were read with it.
 */
const addInlineCratePaths = (ctx: ExtractContext): void => {
  const seen = new Set<string>();
  for (const node of ctx.root.descendantsOfType(PATH_NODES)) {
    if (!node || !node.text.startsWith('crate::')) continue;
    const parent = node.parent;
    if (parent && PATH_NODES.includes(parent.type)) continue;
    // Inside a `use` it was read with the `use`; inside a unit-test module it is no dependency of the file.
    let skip = false;
    for (let up = parent; up; up = up.parent) {
      if (up.type === 'use_declaration' || (up.type === 'mod_item' && isTestOnly(up))) {
        skip = true;
        break;
      }
    }
    const spec = node.text.replace(/\s+/gu, '');
    if (skip || seen.has(spec)) continue;
    seen.add(spec);
    ctx.out.addImport({ spec, kind: 'package' });
  }
};

/** Expands `a::{b, c::{d, e as f}}` into every full path; wildcards keep their `::*`. */
const usePaths = (node: Node, prefix: string): string[] => {
  const join = (tail: string): string => (prefix === '' ? tail : `${prefix}::${tail}`);
  switch (node.type) {
    case 'scoped_use_list': {
      const path = node.childForFieldName('path')?.text;
      const list = node.childForFieldName('list');
      const next = path ? join(path) : prefix;
      return list ? usePaths(list, next) : [next];
    }
    case 'use_list':
      return namedChildrenOf(node).flatMap((child) => usePaths(child, prefix));
    case 'use_as_clause': {
      const path = node.childForFieldName('path');
      return path ? usePaths(path, prefix) : [];
    }
    case 'self':
      return prefix === '' ? ['self'] : [prefix];
    default:
      return [join(node.text)];
  }
};
