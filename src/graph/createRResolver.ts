import { declaredNames, nearestDeclarer, type DeclaredNamesInput } from './declaredNames.ts';
import { isTestFile } from './isTestFile.ts';
import type { ModuleId } from './types.ts';

/**
 * Resolves a name an R file uses (`layer`, `Geom`, `ggproto`) to the repository module whose files
 * declare it at top level: an R package is one flat namespace, every file's functions and objects seen
 * by every other with no import, so a name is found by the files that define it, not by a path. A name
 * no file declares (base R's `c`, `paste0`) resolves to nothing. Of several modules that declare it, the
 * importer's own, else the one whose folder shares most with it.
 */
export const createRResolver = (input: DeclaredNamesInput): ((fromFile: string, name: string) => ModuleId | undefined) => {
  const code = declaredNames(input.packages, 'r');
  let tests: Map<string, Set<ModuleId>> | undefined;
  const nearest = nearestDeclarer(input.modules, input.moduleOf);
  return (fromFile, name) => {
    const owners = code.get(name) ?? (isTestFile(fromFile) ? (tests ??= declaredNames(input.testPackages, 'r')).get(name) : undefined);
    return owners ? nearest(fromFile, owners) : undefined;
  };
};
