import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { isFixturePath } from '../isFixturePath.ts';
import { joinPath } from '../joinPath.ts';

/** `name` and `description` of `dir`/composer.json; a broken file is reported and skipped. */
export const readComposerPackage = async (ctx: DiscoveryContext, dir: string): Promise<ModuleCandidate | undefined> => {
  if (!(await ctx.list(dir)).some((e) => e.kind === 'file' && e.name === 'composer.json')) return undefined;
  const manifest = joinPath(dir, 'composer.json');
  const text = await ctx.readText(manifest);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    ctx.warn(`${manifest}: not valid JSON (${(error as Error).message}); its directory is not a module of its own`);
    return undefined;
  }
  const record = (json ?? {}) as Record<string, unknown>;
  const candidate: ModuleCandidate = { path: dir, manifest };
  if (typeof record.name === 'string' && record.name.trim()) candidate.name = record.name.trim();
  if (typeof record.description === 'string' && record.description.trim()) candidate.description = record.description.trim();
  return candidate;
};

/**
 * PHP: every Composer package below the root (Laravel's `src/Illuminate/*`, Symfony's
 * `src/Symfony/Component/*` each carry a composer.json), named by it. The root's composer.json makes
 * the root a module only beside others: one package alone says nothing about its layout, and the
 * directory rules split its `src/`.
 */
export const composerDiscoverer: ManifestDiscoverer = {
  source: 'composer',
  async discover(ctx) {
    const candidates: ModuleCandidate[] = [];
    for (const dir of await ctx.walk()) {
      if (dir === '' || isFixturePath(dir)) continue;
      const pkg = await readComposerPackage(ctx, dir);
      if (pkg) candidates.push(pkg);
    }
    const root = candidates.length > 0 ? await readComposerPackage(ctx, '') : undefined;
    return root ? [root, ...candidates] : candidates;
  },
};
