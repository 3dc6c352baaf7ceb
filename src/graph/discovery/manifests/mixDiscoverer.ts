import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { joinPath } from '../joinPath.ts';
import { packagesBelowRoot } from './packagesBelowRoot.ts';

/**
 * Elixir: every mix.exs below the root (an umbrella's `apps/*`), named by its `app: :name`, described by
 * its `description: "…"`; the root's mix.exs makes the root a module only beside them.
 */
export const mixDiscoverer: ManifestDiscoverer = {
  source: 'mix',
  discover: (ctx) =>
    packagesBelowRoot(ctx, async (dir) => {
      if (!(await ctx.list(dir)).some((e) => e.kind === 'file' && e.name === 'mix.exs')) return undefined;
      const manifest = joinPath(dir, 'mix.exs');
      const text = (await ctx.readText(manifest)) ?? '';
      const name = /\bapp:\s*:([a-z_][\w]*)/.exec(text)?.[1];
      const description = /\bdescription:\s*"([^"\n]+)"/.exec(text)?.[1]?.trim();
      return { path: dir, manifest, ...(name !== undefined ? { name } : {}), ...(description ? { description } : {}) };
    }),
};
