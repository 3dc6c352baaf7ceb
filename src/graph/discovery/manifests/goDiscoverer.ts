import type { ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { isFixturePath } from '../isFixturePath.ts';
import { joinPath } from '../joinPath.ts';
import { normalizeModulePath } from '../normalizeModulePath.ts';
import { parseGoWork, readGoModulePath } from './parseGoWork.ts';

/**
 * Go: go.work `use` directories plus every nested go.mod (outside vendor/ and test data, see isFixturePath), name = module path.
 * go.mod files count even without go.work: monorepos often keep independent modules side by side.
 */
export const goDiscoverer: ManifestDiscoverer = {
  source: 'go',
  async discover(ctx) {
    const dirs = new Set<string>();
    const work = await ctx.readText('go.work');
    for (const entry of work === undefined ? [] : parseGoWork(work)) {
      const dir = normalizeModulePath(entry);
      if (dir === undefined) ctx.warn(`go.work: ignored use ${entry}: it points outside the repository`);
      else dirs.add(dir);
    }
    for (const dir of await ctx.walk()) {
      if (isFixturePath(dir)) continue;
      if ((await ctx.list(dir)).some((e) => e.kind === 'file' && e.name === 'go.mod')) dirs.add(dir);
    }
    const candidates: ModuleCandidate[] = [];
    for (const dir of [...dirs].sort()) {
      const manifest = joinPath(dir, 'go.mod');
      const goMod = await ctx.readText(manifest);
      if (goMod === undefined) {
        ctx.warn(`go.work: ${dir === '' ? '.' : dir} has no go.mod; skipped`);
        continue;
      }
      const candidate: ModuleCandidate = { path: dir, manifest };
      const name = readGoModulePath(goMod);
      if (name !== undefined) candidate.name = name;
      candidates.push(candidate);
    }
    return candidates;
  },
};
