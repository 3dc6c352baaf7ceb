/**
 * An Elixir file's declared modules travel to the resolver as its `packageName`, the one per-file fact
 * the resolver is given (`packages`, keyed `ex:…`/`exs:…`), joined by a space: no module name holds one.
 * A file declares several (exception.ex: 30 exceptions; enum.ex: Enumerable and Enum), and a name is
 * resolved to the file that declares it rather than to a path made from it (`Path` is lib/path.ex, never
 * mix/scm/path.ex, which declares Mix.SCM.Path).
 */
const SEPARATOR = ' ';

export const joinDeclaredModules = (names: Iterable<string>): string | undefined => {
  const list = [...new Set(names)];
  return list.length > 0 ? list.join(SEPARATOR) : undefined;
};

export const splitDeclaredModules = (packageName: string): string[] => packageName.split(SEPARATOR).filter((n) => n !== '');
