import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { expandDirectoryGlobs } from '../expandDirectoryGlobs.ts';
import { candidatesFromPackageDirs } from './candidatesFromPackageDirs.ts';
import { parsePnpmPackages } from './parsePnpmPackages.ts';

/** pnpm-workspace.yaml `packages:` globs (negations included). */
export const pnpmWorkspaceDiscoverer: ManifestDiscoverer = {
  source: 'pnpm-workspace',
  async discover(ctx) {
    const text = await ctx.readText('pnpm-workspace.yaml');
    const patterns = text === undefined ? [] : parsePnpmPackages(text);
    if (patterns.length === 0) return [];
    return candidatesFromPackageDirs(ctx, await expandDirectoryGlobs(ctx, patterns, 'pnpm-workspace.yaml packages'));
  },
};
