import { splitDeclaredModules } from './extractors/elixir/declaredModules.ts';
import { isTestFile } from './isTestFile.ts';
import type { ModuleDef, ModuleId } from './types.ts';

export interface RResolverInput {
  modules: ModuleDef[];
  moduleOf: (path: string) => ModuleId | undefined;
  /** Per-file declarations by family key; R files' are `r:` and their top-level names, space-separated (rExtractor.ts). */
  packages: Map<string, Map<ModuleId, number>>;
  /** Test files' declarations: only a test's references look there, after the code's. */
  testPackages?: Map<string, Map<ModuleId, number>> | undefined;
}

/**
 * Resolves a name an R file uses (`layer`, `Geom`, `ggproto`) to the repository module whose files
 * declare it at top level: an R package is one flat namespace, every file's functions and objects seen
 * by every other with no import, so a name is found by the files that define it, not by a path. A name
 * no file declares (base R's `c`, `paste0`) resolves to nothing. Of several modules that declare it, the
 * importer's own, else the one whose folder shares most with it.
 */
export const createRResolver = (input: RResolverInput): ((fromFile: string, name: string) => ModuleId | undefined) => {
  const declared = (packages: Map<string, Map<ModuleId, number>> | undefined): Map<string, Set<ModuleId>> => {
    const names = new Map<string, Set<ModuleId>>();
    for (const [key, owners] of packages ?? []) {
      if (!key.startsWith('r:')) continue;
      for (const name of splitDeclaredModules(key.slice(2))) {
        const set = names.get(name) ?? names.set(name, new Set()).get(name)!;
        for (const id of owners.keys()) set.add(id);
      }
    }
    return names;
  };
  const code = declared(input.packages);
  let tests: Map<string, Set<ModuleId>> | undefined;
  const modulePath = new Map(input.modules.map((m) => [m.id, m.path]));
  const nearest = (fromFile: string, owners: Iterable<ModuleId>): ModuleId | undefined => {
    const own = input.moduleOf(fromFile);
    const from = fromFile.split('/');
    let best: { id: ModuleId; shared: number } | undefined;
    for (const id of owners) {
      if (id === own) return id;
      const dirs = (modulePath.get(id) ?? '').split('/').filter((s) => s !== '' && s !== '.');
      let shared = 0;
      while (shared < dirs.length && dirs[shared] === from[shared]) shared++;
      if (!best || shared > best.shared || (shared === best.shared && id < best.id)) best = { id, shared };
    }
    return best?.id;
  };
  return (fromFile, name) => {
    const owners = code.get(name) ?? (isTestFile(fromFile) ? (tests ??= declared(input.testPackages)).get(name) : undefined);
    return owners ? nearest(fromFile, owners) : undefined;
  };
};

const built = new WeakMap<object, (fromFile: string, name: string) => ModuleId | undefined>();

/** The resolver for one import resolution pass (keyed by its `packages` map), built on the first R name it meets. */
export const rResolverFor = (input: RResolverInput): ((fromFile: string, name: string) => ModuleId | undefined) => {
  const known = built.get(input.packages);
  if (known) return known;
  const resolve = createRResolver(input);
  built.set(input.packages, resolve);
  return resolve;
};
