import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { joinPath } from '../joinPath.ts';
import { readToml, tomlString } from '../readToml.ts';
import { packagesBelowRoot } from './packagesBelowRoot.ts';

/**
 * `dir`'s Project.toml if it declares a package: a `name` and a `uuid`, and a `src/` folder beside it. The
 * Project.toml of `docs/`, `test/` or `benchmark/` is an environment (dependencies only, no name), no package.
 */
export const juliaProjectIn = async (ctx: DiscoveryContext, dir: string): Promise<ModuleCandidate | undefined> => {
  const entries = await ctx.list(dir);
  if (!entries.some((e) => e.kind === 'file' && e.name === 'Project.toml') || !entries.some((e) => e.kind === 'directory' && e.name === 'src')) return undefined;
  const manifest = joinPath(dir, 'Project.toml');
  const toml = readToml((await ctx.readText(manifest)) ?? '');
  const name = tomlString(toml, '', 'name');
  if (name === undefined || tomlString(toml, '', 'uuid') === undefined) return undefined;
  return { path: dir, manifest, name };
};

/**
 * Julia: every package below the root (a monorepo's `lib/*`, Makie's backends), named by its Project.toml's
 * `name`; the root's package makes the root a module only beside them (one package alone is split by the
 * directory rules: `src/layers`, `src/optimise`).
 */
export const juliaDiscoverer: ManifestDiscoverer = {
  source: 'julia',
  discover: (ctx) => packagesBelowRoot(ctx, (dir) => juliaProjectIn(ctx, dir), { testTrees: 'skip' }),
};
