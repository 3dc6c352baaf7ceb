import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { isFixturePath } from '../isFixturePath.ts';
import { joinPath } from '../joinPath.ts';
import { readDescriptionFile } from './readDescriptionFile.ts';

/**
 * R packages: every directory whose DESCRIPTION names a `Package:`. The package's folder is a module named
 * by `Package`, described by `Title` and `Description`; it keeps what supports the code (man/, vignettes/,
 * tests/, data/, README.md, NEWS.md). Its code, R/ (and src/ for compiled code), is a module of its own:
 * an R package's layout is fixed, and one module for all of it would answer every request. ggplot2's
 * review: with no manifest read the root was no module, and man/, vignettes/, README.md and DESCRIPTION
 * went unindexed (the request about the extending-ggplot2 vignette had no answer).
 */
export const rPackageDiscoverer: ManifestDiscoverer = {
  source: 'r',
  discover: async (ctx) => {
    const candidates: ModuleCandidate[] = [];
    for (const dir of await ctx.walk()) {
      if (isFixturePath(dir) || !(await ctx.list(dir)).some((e) => e.kind === 'file' && e.name === 'DESCRIPTION')) continue;
      const manifest = joinPath(dir, 'DESCRIPTION');
      const fields = readDescriptionFile((await ctx.readText(manifest)) ?? '');
      const name = fields.get('Package');
      if (name === undefined) continue;
      const description = [fields.get('Title')?.replace(/\.$/u, ''), fields.get('Description')].filter((s) => s !== undefined && s !== '').join('. ');
      candidates.push({ path: dir, manifest, name, ...(description ? { description } : {}) });
      for (const code of ['R', 'src']) if (await holdsFiles(ctx, joinPath(dir, code))) candidates.push({ path: joinPath(dir, code) });
    }
    return candidates;
  },
};

const holdsFiles = async (ctx: DiscoveryContext, dir: string): Promise<boolean> => (await ctx.list(dir)).some((e) => e.kind === 'file');
