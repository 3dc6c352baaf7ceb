import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { expandDirectoryGlobs } from '../expandDirectoryGlobs.ts';
import { candidatesFromPackageDirs } from './candidatesFromPackageDirs.ts';
import { readPackageManifest } from './readPackageManifest.ts';

/**
 * Lerna: `packages` globs of a root lerna.json (default `packages/*`), for monorepos that predate npm
 * workspaces; only folders with a package.json are packages. Where package.json `workspaces` exist too,
 * they name the same folders.
 */
export const lernaDiscoverer: ManifestDiscoverer = {
  source: 'lerna',
  async discover(ctx) {
    if (!(await ctx.isFile('lerna.json'))) return [];
    const json = (await readPackageManifest(ctx, '', 'lerna.json'))?.json;
    if (json === undefined) return [];
    const listed = json['packages'];
    const patterns = Array.isArray(listed) ? listed.filter((v): v is string => typeof v === 'string') : ['packages/*'];
    return candidatesFromPackageDirs(ctx, await expandDirectoryGlobs(ctx, patterns, 'lerna.json packages'));
  },
};
