import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { jsonManifestIn, packagesBelowRoot } from './packagesBelowRoot.ts';

/**
 * Nx: every `project.json` below the root (`apps/shop`, `libs/cart/data-access`) is a project, named by
 * its `name`. Nx libraries often have no package.json, and import each other through tsconfig.base.json
 * `paths` (read by the import resolver).
 */
export const nxDiscoverer: ManifestDiscoverer = {
  source: 'nx',
  discover: (ctx) =>
    // a root project.json is a standalone Nx app: the root, which the directory rules split
    packagesBelowRoot(ctx, async (dir) => (dir === '' ? undefined : jsonManifestIn(ctx, dir, 'project.json'))),
};
