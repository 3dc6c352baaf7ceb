import type { Node } from 'web-tree-sitter';
import type { Extractor } from '../Extractor.ts';
import { cleanDocstring } from '../shared/cleanDoc.ts';
import { extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { childOfType, namedChildrenOf } from '../shared/nodes.ts';

export const elixirExtractor = {
  language: 'elixir',
  shouldUse: (file) => /\.exs?$/.test(file.path),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'elixir',
      commentTypes: ['comment'],
      // Elixir documents with @moduledoc and @doc attributes, not comments.
      isDocComment: () => false,
      visit(ctx) {
        const loaded: Loaded = { aliases: new Map(), names: new Set() };
        visitBlock(ctx, namedChildrenOf(ctx.root), undefined, loaded);
        addRemoteCalls(ctx, loaded);
      },
    }),
} satisfies Extractor;

const DEFINITIONS: Record<string, boolean> = { def: true, defmacro: true, defguard: true, defdelegate: true, defp: false, defmacrop: false, defguardp: false };
const LOADERS = new Set(['alias', 'import', 'use', 'require']);

/** `Foo.Bar` → `foo/bar` (Mix's file naming: `MyApp.Accounts` lives in lib/my_app/accounts.ex). */
const toPath = (alias: string): string =>
  alias
    .split('.')
    .map((part) => part.replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase())
    .join('/');

const targetOf = (call: Node): string | undefined => (call.type === 'call' ? call.childForFieldName('target')?.text : undefined);
const argumentsOf = (call: Node): Node[] => namedChildrenOf(childOfType(call, 'arguments') ?? call);

/** The text of `@name "…"` / `@name """…"""` when `node` is that attribute; `false` for `@doc false`. */
const attributeText = (node: Node, name: string): string | false | undefined => {
  if (node.type !== 'unary_operator') return undefined;
  const operand = node.childForFieldName('operand');
  if (!operand || targetOf(operand) !== name) return undefined;
  const value = argumentsOf(operand)[0];
  if (value?.type === 'boolean') return false;
  return value?.type === 'string' ? cleanDocstring(value.text.replace(/^"""|"""$/g, '"')) : undefined;
};

/** What a file's loaders named: `alias` short names → full names, and every module loaded (one edge each). */
interface Loaded {
  aliases: Map<string, string>;
  names: Set<string>;
}

const visitBlock = (ctx: ExtractContext, statements: Node[], module: string | undefined, loaded: Loaded): void => {
  let doc: string | false | undefined;
  for (const node of statements) {
    const pending = attributeText(node, 'doc');
    if (pending !== undefined) {
      doc = pending;
      continue;
    }
    const target = targetOf(node);
    if (target === 'defmodule' || target === 'defprotocol') {
      const name = childOfType(childOfType(node, 'arguments') ?? node, 'alias')?.text;
      const body = childOfType(node, 'do_block');
      if (!name) continue;
      const full = module && !name.includes('.') ? `${module}.${name}` : name;
      const statementsInside = body ? namedChildrenOf(body) : [];
      const moduledoc = statementsInside.map((s) => attributeText(s, 'moduledoc')).find((d) => d !== undefined);
      const dot = full.lastIndexOf('.');
      ctx.symbol({
        node, name: full.slice(dot + 1), kind: target === 'defprotocol' ? 'protocol' : 'module', exported: moduledoc !== false,
        container: dot > 0 ? full.slice(0, dot) : undefined, doc: moduledoc || undefined,
      });
      visitBlock(ctx, statementsInside, full, loaded);
    } else if (target !== undefined && target in DEFINITIONS) {
      const head = argumentsOf(node)[0];
      const call = head?.type === 'binary_operator' ? head.childForFieldName('left') : head; // `def f(x) when …`
      const name = call?.type === 'call' ? targetOf(call) : call?.type === 'identifier' ? call.text : undefined;
      if (name) {
        const container = module?.slice(module.lastIndexOf('.') + 1);
        ctx.symbol({ node, name, kind: 'function', exported: (DEFINITIONS[target] ?? false) && doc !== false, container, doc: doc || undefined });
      }
      doc = undefined;
    } else if (target !== undefined && LOADERS.has(target)) {
      for (const full of addImports(ctx, argumentsOf(node)[0])) {
        loaded.names.add(full);
        if (target === 'alias') loaded.aliases.set(full.slice(full.lastIndexOf('.') + 1), full);
      }
    }
  }
};

/**
 * `alias MyApp.Repo`, `import Ecto.Changeset`, `alias MyApp.Accounts.{Token, Session}` as the files Mix
 * would hold them in. Returns the full module names.
 */
const addImports = (ctx: ExtractContext, arg: Node | undefined): string[] => {
  if (!arg) return [];
  const names: string[] = [];
  if (arg.type === 'alias') {
    names.push(arg.text);
  } else if (arg.type === 'dot') {
    const prefix = arg.childForFieldName('left')?.text;
    const tuple = arg.childForFieldName('right');
    if (!prefix || tuple?.type !== 'tuple') return [];
    for (const part of namedChildrenOf(tuple)) if (part.type === 'alias') names.push(`${prefix}.${part.text}`);
  }
  for (const name of names) ctx.out.addImport({ spec: `${toPath(name)}.ex`, kind: 'include' });
  return names;
};

/**
 * Remote calls (`Mix.Project.config()`, `Repo.insert(x)` after `alias MyApp.Repo`) as references to the
 * module's file, once per module: Elixir code calls other modules by name far more often than it
 * aliases or imports them (the Elixir repository's six apps had 15 edges from loaders alone).
 */
const addRemoteCalls = (ctx: ExtractContext, loaded: Loaded): void => {
  const seen = new Set(loaded.names);
  for (const call of ctx.root.descendantsOfType('call')) {
    const target = call?.childForFieldName('target');
    const left = target?.type === 'dot' ? target.childForFieldName('left') : undefined;
    if (left?.type !== 'alias') continue;
    const dot = left.text.indexOf('.');
    const head = dot < 0 ? left.text : left.text.slice(0, dot);
    const expanded = loaded.aliases.get(head);
    const name = expanded === undefined ? left.text : `${expanded}${dot < 0 ? '' : left.text.slice(dot)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    ctx.out.addImport({ spec: `${toPath(name)}.ex`, kind: 'include' });
  }
};
