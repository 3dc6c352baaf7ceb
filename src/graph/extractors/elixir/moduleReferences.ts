import type { Node } from 'web-tree-sitter';
import type { ExtractContext } from '../shared/extractFromTree.ts';
import { namedChildrenOf } from '../shared/nodes.ts';
import { argumentsOf, keywordValue } from './elixirNodes.ts';
import { expandAlias, type FileScope } from './fileScope.ts';

/**
 * `alias MyApp.Repo`, `import Ecto.Changeset`, `use GenServer`, `alias MyApp.Accounts.{Token, Session}`,
 * `alias MyApp.Repo, as: R`, `alias __MODULE__.State`: the full module names, each a reference; `alias`
 * also records the short name it makes.
 */
export const loadModules = (node: Node, loader: string, module: string | undefined, scope: FileScope): void => {
  const arg = argumentsOf(node)[0];
  if (!arg) return;
  const names: string[] = [];
  if (arg.type === 'alias') {
    names.push(arg.text);
  } else if (arg.type === 'dot') {
    const left = arg.childForFieldName('left');
    const right = arg.childForFieldName('right');
    if (!left || !right) return;
    if (right.type === 'tuple') {
      for (const part of namedChildrenOf(right)) if (part.type === 'alias') names.push(`${left.text}.${part.text}`);
    } else if (right.type === 'alias' && left.text === '__MODULE__') {
      names.push(arg.text);
    }
  }
  const as = loader === 'alias' && names.length === 1 ? keywordValue(node, 'as') : undefined;
  for (const name of names) {
    const full = expandAlias(name, module, scope);
    if (loader === 'alias') scope.aliases.set(as?.type === 'alias' ? as.text : full.slice(full.lastIndexOf('.') + 1), full);
    if (!scope.ignores(full)) scope.referenced.push(full);
  }
};

/**
 * Remote calls (`Mix.Project.config()`, `Repo.insert(x)` after `alias MyApp.Repo`) name modules too:
 * Elixir code calls other modules by name far more often than it aliases or imports them (the Elixir
 * repository's six apps had 15 edges from loaders alone). `:ets.lookup` is Erlang's, no alias.
 */
export const addRemoteCalls = (ctx: ExtractContext, scope: FileScope): void => {
  const erlang = new Set<string>();
  for (const call of ctx.root.descendantsOfType('call')) {
    const target = call?.childForFieldName('target');
    const left = target?.type === 'dot' ? target.childForFieldName('left') : undefined;
    // An Erlang module of the repository (`:plug_multipart.parse_headers(…)`, plug's src/plug_multipart.erl) is its file,
    // found by name like an Erlang remote call's; the standard ones (`:ets`, `:crypto`) are files of no repository.
    if (left?.type === 'atom' && /^:[a-z][a-z0-9_]*$/u.test(left.text)) erlang.add(left.text.slice(1));
    if (left?.type !== 'alias') continue;
    const full = expandAlias(left.text, undefined, scope);
    if (!scope.ignores(full)) scope.referenced.push(full);
  }
  for (const name of [...erlang].sort()) ctx.out.addImport({ spec: `${name}.erl`, kind: 'include', system: true });
};
