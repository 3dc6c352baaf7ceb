import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import { isFixturePath, isTestOrFixturePath } from '../isFixturePath.ts';
import { joinPath } from '../joinPath.ts';
import { readPackageManifest } from './readPackageManifest.ts';

/**
 * Every directory below the root whose manifest `read` finds (not in test data, nor in a test tree when asked), and the root's own
 * manifest only beside them: a repository that is one package says nothing about its layout, and the
 * directory rules split it instead.
 */
export const packagesBelowRoot = async (
  ctx: DiscoveryContext,
  read: (dir: string) => Promise<ModuleCandidate | undefined>,
  /** Manifests in a test tree are sample projects (Composer, gems, Dart), not a .NET solution's test projects. */
  options: { testTrees?: 'skip' | 'keep' } = {},
): Promise<ModuleCandidate[]> => {
  const candidates: ModuleCandidate[] = [];
  const skipped = options.testTrees === 'skip' ? isTestOrFixturePath : isFixturePath;
  for (const dir of await ctx.walk()) {
    if (dir === '' || skipped(dir)) continue;
    const found = await read(dir);
    if (found) candidates.push(found);
  }
  const root = candidates.length > 0 ? await read('') : undefined;
  return root ? [root, ...candidates] : candidates;
};

/**
 * `dir`'s manifest named `file` as a candidate, its name and description read by `fields`; undefined
 * when the directory has none.
 */
export const manifestIn = async (
  ctx: DiscoveryContext,
  dir: string,
  file: string,
  fields: (text: string) => { name?: string | undefined; description?: string | undefined },
): Promise<ModuleCandidate | undefined> => {
  if (!(await hasFile(ctx, dir, file))) return undefined;
  const manifest = joinPath(dir, file);
  const { name, description } = fields((await ctx.readText(manifest)) ?? '');
  return { path: dir, manifest, ...(name !== undefined ? { name } : {}), ...(description ? { description } : {}) };
};

/** `dir`'s JSON manifest named `file` (composer.json, project.json) by its `name` and `description`; a broken one is warned about. */
export const jsonManifestIn = async (ctx: DiscoveryContext, dir: string, file: string): Promise<ModuleCandidate | undefined> =>
  (await hasFile(ctx, dir, file)) ? (await readPackageManifest(ctx, dir, file))?.candidate : undefined;

/** Whether the (cached) listing of `dir` holds a file named `file`: no read is tried for the directories that have none. */
const hasFile = async (ctx: DiscoveryContext, dir: string, file: string): Promise<boolean> =>
  (await ctx.list(dir)).some((e) => e.kind === 'file' && e.name === file);
