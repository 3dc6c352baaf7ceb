import { ENTRY_BESIDE } from './createModuleResolver.ts';
import type { DiscoveryContext } from './DiscoveryContext.ts';
import { isBuildScript, isSourceFile } from './isSourceFile.ts';
import { joinPath } from './joinPath.ts';

/** Whether a directory is one of `modulePaths` or lies inside one. */
const ownedBy = (modulePaths: ReadonlySet<string>) => (dir: string): boolean => {
  for (let d = dir; ; d = d.slice(0, Math.max(0, d.lastIndexOf('/')))) {
    if (modulePaths.has(d)) return true;
    if (d === '') return false;
  }
};

/** Whether a file is the entry of a module folder beside it (`lib/acme.rb` for `lib/acme/`), which owns it. */
const isEntryOf = (modulePaths: ReadonlySet<string>, dir: string, name: string): boolean => {
  const entry = ENTRY_BESIDE.exec(name);
  return entry !== null && entry.index > 0 && modulePaths.has(joinPath(dir, name.slice(0, entry.index)));
};

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
    const file = (await ctx.list(dir)).find((e) => e.kind === 'file' && isSourceFile(e.name) && !isBuildScript(e.name) && !isEntryOf(modulePaths, dir, e.name));
    if (file) return joinPath(dir, file.name);
  }
  return undefined;
};

/**
 * Every source file no module in `modulePaths` owns, outside supporting top-level folders (`skip`):
 * how many, and the shallowest folders holding them (`src/com/` for all of `src/com/kitfox/…`).
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
    if (dir === '' || owned(dir) || skip(dir.split('/')[0] ?? '')) continue;
    const n = (await ctx.list(dir)).filter((e) => e.kind === 'file' && isSourceFile(e.name) && !isBuildScript(e.name) && !isEntryOf(modulePaths, dir, e.name)).length;
    if (n === 0) continue;
    count += n;
    if (!dirs.some((d) => dir.startsWith(`${d}/`))) dirs.push(dir);
  }
  return { count, dirs };
};
