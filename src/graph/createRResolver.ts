import { declaredNames, nearestDeclarer } from './declaredNames.ts';
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
  const code = declaredNames(input.packages, 'r');
  let tests: Map<string, Set<ModuleId>> | undefined;
  const nearest = nearestDeclarer(input.modules, input.moduleOf);
  return (fromFile, name) => {
    const owners = code.get(name) ?? (isTestFile(fromFile) ? (tests ??= declaredNames(input.testPackages, 'r')).get(name) : undefined);
    return owners ? nearest(fromFile, owners) : undefined;
  };
};
