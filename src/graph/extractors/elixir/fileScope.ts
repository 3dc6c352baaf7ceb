/** What one Elixir file's walk gathers besides symbols. */
export interface FileScope {
  /** `alias` short names (and nested modules' heads) → full names. Elixir's aliases are lexical; one map per file is close enough. */
  aliases: Map<string, string>;
  /** Modules loaded or called, full names, in order (duplicates allowed). */
  referenced: string[];
  /** Modules the file defines, full names. */
  declared: string[];
  /** Each top-level module's name and @moduledoc, in order, for those that have one (`false` too). */
  topModuledocs: { name: string; doc: string | false }[];
  /** Names that are no reference from this file (a mix.exs's Mix.Project). */
  ignores: (name: string) => boolean;
}

/** A module name as written, through the file's aliases: `Repo` after `alias Shop.Repo`, `__MODULE__.Sub`, `Elixir.Foo`. */
export const expandAlias = (name: string, module: string | undefined, scope: FileScope): string => {
  if (name.startsWith('Elixir.')) return name.slice('Elixir.'.length);
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  const expanded = head === '__MODULE__' ? module : scope.aliases.get(head);
  return expanded === undefined ? name : `${expanded}${dot < 0 ? '' : name.slice(dot)}`;
};
