import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import { readPackageManifest } from './readPackageManifest.ts';

/** Workspace globs match directories, but only those with a package.json are packages (as in npm and pnpm). */
export const candidatesFromPackageDirs = async (
  ctx: DiscoveryContext,
  dirs: readonly string[],
): Promise<ModuleCandidate[]> => {
  const candidates: ModuleCandidate[] = [];
  for (const dir of dirs) {
    if (dir === '') continue;
    const found = await readPackageManifest(ctx, dir);
    if (found) candidates.push(found.candidate);
  }
  return candidates;
};
