import type { DiscoveryContext } from './DiscoveryContext.ts';
import { isBuildScript, isSourceFile } from './isSourceFile.ts';
import { joinPath } from './joinPath.ts';

/**
 * First source file (repo-relative) that no module in `modulePaths` owns, ignoring build scripts
 * (setup.py, *.config.ts …) and skipped directories; undefined when every source file has an owner.
 */
export const findUnownedSourceFile = async (
  ctx: DiscoveryContext,
  modulePaths: ReadonlySet<string>,
): Promise<string | undefined> => {
  const owned = (dir: string): boolean => {
    for (let d = dir; ; d = d.slice(0, Math.max(0, d.lastIndexOf('/')))) {
      if (modulePaths.has(d)) return true;
      if (d === '') return false;
    }
  };
  for (const dir of await ctx.walk()) {
    if (owned(dir)) continue;
    const file = (await ctx.list(dir)).find((e) => e.kind === 'file' && isSourceFile(e.name) && !isBuildScript(e.name));
    if (file) return joinPath(dir, file.name);
  }
  return undefined;
};
