import { splitDeclaredModules } from './extractors/elixir/declaredModules.ts';
import type { ModuleDef, ModuleId } from './types.ts';

/** What a resolver by declared names reads (Elixir's and R's): the modules, file ownership and each file's declarations. */
export interface DeclaredNamesInput {
  modules: ModuleDef[];
  moduleOf: (path: string) => ModuleId | undefined;
  /** Per-file declarations by family key: Elixir's `ex:`/`exs:` and the modules they define (declaredModules.ts), R's `r:` and its top-level names (rExtractor.ts). */
  packages: Map<string, Map<ModuleId, number>>;
  /** Test files' declarations: only a test's references look there, after the code's. */
  testPackages?: Map<string, Map<ModuleId, number>> | undefined;
}

/**
 * The names files of one kind declare (their `packageName` facts keyed `ext:` and the names, space-separated:
 * Elixir's modules, R's top-level objects), each with the modules whose files declare it.
 */
export const declaredNames = (packages: Map<string, Map<ModuleId, number>> | undefined, ext: string): Map<string, Set<ModuleId>> => {
  const names = new Map<string, Set<ModuleId>>();
  for (const [key, owners] of packages ?? []) {
    if (!key.startsWith(`${ext}:`)) continue;
    for (const name of splitDeclaredModules(key.slice(ext.length + 1))) {
      const set = names.get(name) ?? names.set(name, new Set()).get(name)!;
      for (const id of owners.keys()) set.add(id);
    }
  }
  return names;
};

/**
 * Of several modules that declare a name, the one a reference from `fromFile` means: the importer's own, else
 * the one whose folder shares most with it (the shallower, then the first by id, on a tie).
 */
export const nearestDeclarer = (modules: readonly ModuleDef[], moduleOf: (path: string) => ModuleId | undefined) => {
  const modulePath = new Map(modules.map((m) => [m.id, m.path]));
  return (fromFile: string, owners: Iterable<ModuleId>): ModuleId | undefined => {
    const own = moduleOf(fromFile);
    const from = fromFile.split('/');
    let best: { id: ModuleId; shared: number; depth: number } | undefined;
    for (const id of owners) {
      if (id === own) return id;
      const dirs = (modulePath.get(id) ?? '').split('/').filter((s) => s !== '' && s !== '.');
      let shared = 0;
      while (shared < dirs.length && dirs[shared] === from[shared]) shared++;
      const candidate = { id, shared, depth: dirs.length };
      if (!best || shared > best.shared || (shared === best.shared && (candidate.depth < best.depth || (candidate.depth === best.depth && id < best.id)))) best = candidate;
    }
    return best?.id;
  };
};
