import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { manifestIn, packagesBelowRoot } from './packagesBelowRoot.ts';

/**
 * Elixir: every mix.exs below the root (an umbrella's `apps/*`), named by its `app: :name`, described by
 * its `description: "…"`; the root's mix.exs makes the root a module only beside them.
 */
export const mixDiscoverer: ManifestDiscoverer = {
  source: 'mix',
  discover: (ctx) =>
    packagesBelowRoot(ctx, (dir) =>
      manifestIn(ctx, dir, 'mix.exs', (text) => ({
        name: /\bapp:\s*:([a-z_][\w]*)/.exec(text)?.[1],
        description: /\bdescription:\s*"([^"\n]+)"/.exec(text)?.[1]?.trim(),
      }))),
};
