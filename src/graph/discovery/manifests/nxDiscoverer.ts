import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { packagesBelowRoot } from './packagesBelowRoot.ts';
import { readPackageManifest } from './readPackageManifest.ts';

/**
 * Nx: every `project.json` below the root (`apps/shop`, `libs/cart/data-access`) is a project, named by
 * its `name`. Nx libraries often have no package.json, and import each other through tsconfig.base.json
 * `paths` (read by the import resolver).
 */
export const nxDiscoverer: ManifestDiscoverer = {
  source: 'nx',
  discover: (ctx) =>
    packagesBelowRoot(ctx, async (dir) =>
      dir !== '' && (await ctx.list(dir)).some((e) => e.kind === 'file' && e.name === 'project.json')
        ? (await readPackageManifest(ctx, dir, 'project.json'))?.candidate
        : undefined),
};
