import { pubspecField } from '../../collectPackageNames.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { joinPath } from '../joinPath.ts';
import { packagesBelowRoot } from './packagesBelowRoot.ts';

/**
 * Dart and Flutter: every pubspec.yaml below the root (a melos monorepo's `packages/*`), named by its
 * `name:`; the root's pubspec makes the root a module only beside them (one app or package alone is split
 * by the directory rules: `lib/src/*`).
 */
export const pubDiscoverer: ManifestDiscoverer = {
  source: 'pub',
  discover: (ctx) =>
    packagesBelowRoot(ctx, async (dir) => {
      if (!(await ctx.list(dir)).some((e) => e.kind === 'file' && e.name === 'pubspec.yaml')) return undefined;
      const manifest = joinPath(dir, 'pubspec.yaml');
      const text = await ctx.readText(manifest);
      if (text === undefined) return undefined;
      const name = pubspecField(text, 'name');
      const description = pubspecField(text, 'description');
      return { path: dir, manifest, ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}) };
    }),
};
