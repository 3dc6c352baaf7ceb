import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { packagesBelowRoot } from './packagesBelowRoot.ts';
import { readPackageManifest } from './readPackageManifest.ts';

/**
 * PHP: every Composer package below the root (Laravel's `src/Illuminate/*` and Symfony's
 * `src/Symfony/Component/*` each carry a composer.json), named by it; the root's composer.json makes
 * the root a module only beside them.
 */
export const composerDiscoverer: ManifestDiscoverer = {
  source: 'composer',
  discover: (ctx) =>
    packagesBelowRoot(ctx, async (dir) =>
      (await ctx.list(dir)).some((e) => e.kind === 'file' && e.name === 'composer.json')
        ? (await readPackageManifest(ctx, dir, 'composer.json'))?.candidate
        : undefined),
};
