import { pubspecField } from '../../collectPackageNames.ts';
import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { manifestIn, packagesBelowRoot } from './packagesBelowRoot.ts';

/** `dir`'s pubspec.yaml by its `name:` and `description:`, if it has one. */
export const pubspecIn = (ctx: DiscoveryContext, dir: string): Promise<ModuleCandidate | undefined> =>
  manifestIn(ctx, dir, 'pubspec.yaml', (text) => ({ name: pubspecField(text, 'name'), description: pubspecField(text, 'description') }));

/**
 * Dart and Flutter: every pubspec.yaml below the root (a melos monorepo's `packages/*`), named by its
 * `name:`; the root's pubspec makes the root a module only beside them (one app or package alone is split
 * by the directory rules: `lib/src/*`).
 */
export const pubDiscoverer: ManifestDiscoverer = {
  source: 'pub',
  discover: (ctx) => packagesBelowRoot(ctx, (dir) => pubspecIn(ctx, dir), { testTrees: 'skip' }),
};
