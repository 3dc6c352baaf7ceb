import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { expandDirectoryGlobs } from '../expandDirectoryGlobs.ts';
import { candidatesFromPackageDirs } from './candidatesFromPackageDirs.ts';
import { readPackageManifest } from './readPackageManifest.ts';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** npm / yarn / bun: root package.json `workspaces` as an array or as `{ packages: [...] }` (yarn 1). */
export const npmWorkspacesDiscoverer: ManifestDiscoverer = {
  source: 'npm-workspaces',
  async discover(ctx) {
    const root = await readPackageManifest(ctx, '');
    const workspaces = root?.json['workspaces'];
    const patterns = Array.isArray(workspaces)
      ? strings(workspaces)
      : typeof workspaces === 'object' && workspaces !== null
        ? strings((workspaces as Record<string, unknown>)['packages'])
        : [];
    if (patterns.length === 0) return [];
    return candidatesFromPackageDirs(ctx, await expandDirectoryGlobs(ctx, patterns, 'package.json workspaces'));
  },
};
