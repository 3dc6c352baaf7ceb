import type { Node } from 'web-tree-sitter';
import type { Extractor } from '../Extractor.ts';
import { declarationChildren, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { attributeDoc } from './attributeDoc.ts';
import { joinDeclaredModules } from './declaredModules.ts';
import { callbackName, definitionName } from './definitionName.ts';
import { argumentsOf, doBlockOf, elseBlockOf, keywordValue, targetOf } from './elixirNodes.ts';
import { expandAlias, type FileScope } from './fileScope.ts';
import { addRemoteCalls, loadModules } from './moduleReferences.ts';

export const elixirExtractor = {
  language: 'elixir',
  shouldUse: (file) => /\.exs?$/.test(file.path),
  extract: (file, parse) => {
    const scope: FileScope = {
      aliases: new Map(), referenced: [], declared: [], topModuledocs: [],
      // A project file's `use Mix.Project` is the build tool, not code the app calls: each app of the
      // Elixir repository "depended on" lib/mix through its mix.exs alone.
      ignores: /(^|\/)mix\.exs$/u.test(file.path) ? (name) => name === 'Mix' || name.startsWith('Mix.') : () => false,
    };
    return extractFromTree(file, parse, {
      language: 'elixir',
      commentTypes: ['comment'],
      // Elixir documents with @moduledoc and @doc attributes, not comments.
      isDocComment: () => false,
      visit(ctx) {
        visitBlock(ctx, declarationChildren(ctx.root), undefined, scope, false);
        addRemoteCalls(ctx, scope);
        for (const name of scope.referenced) ctx.out.addImport({ spec: name, kind: 'qualified' });
        const declared = joinDeclaredModules(scope.declared);
        if (declared !== undefined) ctx.out.setPackageName(declared);
        // The main module's @moduledoc is the file's doc: the module named like the file (query.ex defines Ecto.SubQuery
        // before Ecto.Query, and ecto's query card had read "A struct representing subqueries"), else the first that has one.
        const stem = file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.exs?$/u, '').replaceAll('_', '').toLowerCase();
        const documented = scope.topModuledocs.filter((m): m is { name: string; doc: string } => m.doc !== false);
        const fileDoc = (documented.find((m) => m.name.slice(m.name.lastIndexOf('.') + 1).toLowerCase() === stem) ?? documented[0])?.doc;
        if (fileDoc) ctx.out.addFileDoc(fileDoc);
      },
      // `#` comments above a documented module are notes to developers ("Use elixir_bootstrap module to be able
      // to bootstrap Kernel." above Kernel's moduledoc; converger.ex's "This module and its functions are
      // private to Mix."): with any @moduledoc, even `false`, none is the file's doc. A script's still is.
      firstCodeRow: (root) => (scope.topModuledocs.length > 0 ? 0 : firstNonCommentRow(root)),
    });
  },
} satisfies Extractor;

const DEFINITIONS: Record<string, boolean> = { def: true, defmacro: true, defguard: true, defdelegate: true, defp: false, defmacrop: false, defguardp: false };
const LOADERS = new Set(['alias', 'import', 'use', 'require']);
const CALLBACKS = new Set(['callback', 'macrocallback']);

/**
 * One block's declarations. `module` is the enclosing module's full name; `impl` is true inside a
 * `defimpl`, whose functions implement a protocol rather than add API of their own.
 */
const visitBlock = (ctx: ExtractContext, statements: Node[], module: string | undefined, scope: FileScope, impl: boolean): void => {
  let doc: string | false | undefined;
  for (const node of statements) {
    const pending = attributeDoc(node, 'doc');
    if (pending !== undefined) {
      doc = pending;
      continue;
    }
    const target = targetOf(node);
    if (target === 'defmodule' || target === 'defprotocol') {
      const full = moduleName(argumentsOf(node)[0], module, scope);
      if (full === undefined) continue; // a name computed at compile time
      const inside = doBlockOf(node);
      const moduledoc = inside.map((s) => attributeDoc(s, 'moduledoc')).find((d) => d !== undefined);
      if (module === undefined && moduledoc !== undefined) scope.topModuledocs.push({ name: full, doc: moduledoc });
      const dot = full.lastIndexOf('.');
      ctx.symbol({
        node, name: full.slice(dot + 1), kind: target === 'defprotocol' ? 'protocol' : 'module', exported: moduledoc !== false,
        container: dot > 0 ? full.slice(0, dot) : undefined, doc: moduledoc || undefined,
      });
      scope.declared.push(full);
      visitBlock(ctx, inside, full, scope, false);
    } else if (target === 'defimpl') {
      visitImpl(ctx, node, module, scope);
    } else if (target === 'if' || target === 'unless' || target === 'for') {
      // `if Code.ensure_loaded?(Postgrex) do defmodule … end`: a module for an optional dependency (oban's
      // Postgres notifier and installer had no symbol); both branches declare into the enclosing module. So does
      // a comprehension's body (`for encoder <- [Jason.Encoder, JSON.Encoder] do defimpl encoder, … end`: ecto's json.ex).
      visitBlock(ctx, [...doBlockOf(node), ...elseBlockOf(node)], module, scope, impl);
      doc = undefined;
    } else if (target !== undefined && target in DEFINITIONS) {
      const name = definitionName(argumentsOf(node)[0]);
      if (name) ctx.symbol({ node, name, kind: 'function', exported: (DEFINITIONS[target] ?? false) && doc !== false && !impl, container: module, doc: doc || undefined });
      doc = undefined;
    } else if (target !== undefined && LOADERS.has(target)) {
      loadModules(node, target, module, scope);
    } else if (node.type === 'unary_operator') {
      // `@callback init(arg) :: …`: the functions a behaviour asks for (GenServer's init, handle_call) are its API.
      const operand = node.childForFieldName('operand');
      const attribute = operand ? targetOf(operand) : undefined;
      if (operand && attribute !== undefined && CALLBACKS.has(attribute)) {
        const name = callbackName(argumentsOf(operand)[0]);
        if (name) ctx.symbol({ node, name, kind: 'method', exported: doc !== false, container: module, doc: doc || undefined });
        doc = undefined;
      }
    }
  }
};

/**
 * `defimpl Enumerable, for: Range do … end` defines the module Enumerable.Range (`for:` left out inside a
 * module: the module itself). Its functions are read (range.ex had no symbol past its first defimpl) but not
 * exported: the protocol's own functions are the API. The protocol is a module the file uses.
 */
const visitImpl = (ctx: ExtractContext, node: Node, module: string | undefined, scope: FileScope): void => {
  const protocol = argumentsOf(node)[0];
  const forValue = keywordValue(node, 'for');
  const first = forValue?.type === 'list' ? forValue.namedChildren.find((c) => c?.type === 'alias') : forValue;
  const forName = first?.type === 'alias' ? expandAlias(first.text, module, scope) : first === undefined || first === null || first.text === '__MODULE__' ? module : undefined;
  if (protocol?.type !== 'alias') {
    // A protocol chosen at compile time (`defimpl encoder, for: Ecto.Schema.Metadata` in a comprehension over
    // encoders): the functions belong to the implementing type's implementation, the type is a module the file uses.
    if (forName === undefined || first?.type !== 'alias') return;
    scope.referenced.push(forName);
    visitBlock(ctx, doBlockOf(node), forName, scope, true);
    return;
  }
  const protocolName = expandAlias(protocol.text, module, scope);
  scope.referenced.push(protocolName);
  visitBlock(ctx, doBlockOf(node), forName === undefined ? protocolName : `${protocolName}.${forName}`, scope, true);
};

/**
 * The full name `defmodule` gives: nested inside X, `defmodule Foo.Bar` is X.Foo.Bar and makes `Foo` an alias
 * of X.Foo for the rest of the file (Elixir's nesting rule); `Elixir.Foo` is Foo anywhere; `__MODULE__.Foo`
 * is X.Foo with no alias. Undefined for a name computed at compile time.
 */
const moduleName = (name: Node | undefined, module: string | undefined, scope: FileScope): string | undefined => {
  if (name?.type === 'dot' && name.childForFieldName('left')?.text === '__MODULE__' && name.childForFieldName('right')?.type === 'alias') {
    return module === undefined ? undefined : expandAlias(name.text, module, scope);
  }
  if (name?.type !== 'alias') return undefined;
  const raw = name.text;
  if (raw.startsWith('Elixir.')) return raw.slice('Elixir.'.length);
  if (module === undefined) return raw;
  const head = raw.split('.')[0] ?? raw;
  scope.aliases.set(head, `${module}.${head}`);
  return `${module}.${raw}`;
};

const firstNonCommentRow = (root: Node): number => {
  for (const child of root.namedChildren) if (child && child.type !== 'comment') return child.startPosition.row;
  return Number.MAX_SAFE_INTEGER;
};
