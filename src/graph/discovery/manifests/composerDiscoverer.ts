import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { jsonManifestIn, packagesBelowRoot } from './packagesBelowRoot.ts';

/**
 * PHP: every Composer package below the root (Laravel's `src/Illuminate/*` and Symfony's
 * `src/Symfony/Component/*` each carry a composer.json), named by it; the root's composer.json makes
 * the root a module only beside them.
 */
export const composerDiscoverer: ManifestDiscoverer = {
  source: 'composer',
  discover: (ctx) =>
    packagesBelowRoot(ctx, (dir) => jsonManifestIn(ctx, dir, 'composer.json'), { testTrees: 'skip' }),
};
