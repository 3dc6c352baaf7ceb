import { entryFolderOf } from './createModuleResolver.ts';
import type { DiscoveryContext } from './DiscoveryContext.ts';
import { isBuildScript, isSourceFile } from './isSourceFile.ts';
import { joinPath } from './joinPath.ts';
import { isTestFile } from '../isTestFile.ts';

/** Whether a directory is one of `modulePaths` or lies inside one. */
const ownedBy = (modulePaths: ReadonlySet<string>) => (dir: string): boolean => {
  for (let d = dir; ; d = d.slice(0, Math.max(0, d.lastIndexOf('/')))) {
    if (modulePaths.has(d)) return true;
    if (d === '') return false;
  }
};

/**
 * Names of the source files directly in `dir` that no module owns by the entry rule (`lib/acme.rb` is
 * `lib/acme/`'s), build scripts (setup.py, *.config.ts …) left out; `dir` itself lies in no module.
 */
const unownedSourceNames = async (ctx: DiscoveryContext, dir: string, modulePaths: ReadonlySet<string>): Promise<string[]> =>
  (await ctx.list(dir))
    .filter((e) => e.kind === 'file' && isSourceFile(e.name) && !isBuildScript(e.name))
    .map((e) => e.name)
    .filter((name) => {
      // A module may be one file (beets' plugins, one module each): that file is owned.
      if (modulePaths.has(joinPath(dir, name))) return false;
      const folder = entryFolderOf(joinPath(dir, name));
      return folder === undefined || !modulePaths.has(folder);
    });

/**
 * First source file (repo-relative) that no module in `modulePaths` owns, ignoring build scripts
 * (setup.py, *.config.ts …) and skipped directories; undefined when every source file has an owner.
 */
export const findUnownedSourceFile = async (
  ctx: DiscoveryContext,
  modulePaths: ReadonlySet<string>,
): Promise<string | undefined> => {
  const owned = ownedBy(modulePaths);
  for (const dir of await ctx.walk()) {
    if (owned(dir)) continue;
    const [name] = await unownedSourceNames(ctx, dir, modulePaths);
    if (name !== undefined) return joinPath(dir, name);
  }
  return undefined;
};

/**
 * Every source file no module in `modulePaths` owns, tests aside, outside supporting top-level folders (`skip`):
 * how many, and the shallowest folders holding them (`src/com/` for all of `src/com/kitfox/…`; '' for the top level).
 */
export const findUnownedSourceFiles = async (
  ctx: DiscoveryContext,
  modulePaths: ReadonlySet<string>,
  skip: (topLevel: string) => boolean,
): Promise<{ count: number; dirs: string[] }> => {
  const owned = ownedBy(modulePaths);
  let count = 0;
  const dirs: string[] = [];
  for (const dir of await ctx.walk()) {
    // The top level itself too: awesome's 44 C files and gnustep's sat there, and a list without a root
    // module dropped them silently.
    if (owned(dir) || (dir !== '' && skip(dir.split('/')[0] ?? ''))) continue;
    // (tests left out: cobra's list of its files covered every one but the package's eleven `*_test.go`, and the
    // warning told its user to add a module of tests)
    const n = (await unownedSourceNames(ctx, dir, modulePaths)).filter((name) => !isTestFile(joinPath(dir, name))).length;
    if (n === 0) continue;
    count += n;
    if (!dirs.some((d) => dir.startsWith(`${d}/`))) dirs.push(dir);
  }
  return { count, dirs };
};
