import { declaredNames, nearestDeclarer, type DeclaredNamesInput } from './declaredNames.ts';
import { isTestFile } from './isTestFile.ts';
import type { ModuleId } from './types.ts';

/** Also the repository's files: a name no file declares falls back to Mix's path convention. */
export interface ElixirResolverInput extends DeclaredNamesInput {
  files: Iterable<string>;
}

/**
 * Resolves an Elixir module name (`Mix.SCM.Path`, `Path`, `IEx.Helpers`) to the repository module whose
 * files define it, as the compiler would: by the full name. First the names that `.ex` files declare, then
 * `.exs` scripts'; only a name no file declares falls back to Mix's file convention, and then only to a
 * file at that path below a `lib/` folder. A name matched by its tail sent `Path.join` to Mix.SCM.Path (57
 * references in the Elixir repository), `IO` to Mix.Shell.IO and `Task` to Mix.Task; a name turned into
 * a path missed IEx (iex.ex, not i_ex.ex), DateTime (datetime.ex), Mix.Task.Compiler (task.compiler.ex)
 * and every module defined in another's file (Enumerable in enum.ex, exceptions in exception.ex).
 */
export const createElixirResolver = (input: ElixirResolverInput): ((fromFile: string, name: string) => ModuleId | undefined) => {
  const code = declaredNames(input.packages, 'ex');
  const scripts = declaredNames(input.packages, 'exs');
  const tests = [declaredNames(input.testPackages, 'ex'), declaredNames(input.testPackages, 'exs')];
  // Mix's convention, loosely: MyApp.HTTPClient in lib/my_app/http_client.ex, IEx in lib/iex.ex; the path
  // below a `lib/` folder compared without case or `_`, a dot in a file's name as a folder (Mix's task files:
  // mix/tasks/deps.get.ex is Mix.Tasks.Deps.Get). The whole path must match: `Path` is lib/path.ex only.
  const byConvention = new Map<string, string[]>();
  for (const file of input.files) {
    if (!file.endsWith('.ex')) continue;
    for (let at = file.indexOf('lib/'); at >= 0; at = file.indexOf('lib/', at + 1)) {
      if (at > 0 && file[at - 1] !== '/') continue;
      const key = conventionKey(file.slice(at + 4, -3).replace(/\./gu, '/'));
      const list = byConvention.get(key) ?? byConvention.set(key, []).get(key)!;
      list.push(file);
    }
  }
  // Of several modules that define a name: the importer's own, else the one whose folder shares most with it.
  const nearest = nearestDeclarer(input.modules, input.moduleOf);
  return (fromFile, name) => {
    const declared = code.get(name) ?? scripts.get(name) ?? (isTestFile(fromFile) ? (tests[0]?.get(name) ?? tests[1]?.get(name)) : undefined);
    if (declared) return nearest(fromFile, declared);
    const test = isTestFile(fromFile);
    const files = (byConvention.get(conventionKey(name.replace(/\./gu, '/'))) ?? []).filter((f) => test || !isTestFile(f));
    return nearest(fromFile, new Set(files.map(input.moduleOf).filter((m) => m !== undefined)));
  };
};

const conventionKey = (path: string): string => path.replace(/_/gu, '').toLowerCase();
