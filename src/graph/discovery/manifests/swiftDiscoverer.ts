import type { ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { normalizeModulePath } from '../normalizeModulePath.ts';
import { parseSwiftTargets } from './parseSwiftTargets.ts';

/** SwiftPM: one module per target of the root Package.swift; name = target name. */
export const swiftDiscoverer: ManifestDiscoverer = {
  source: 'swift',
  async discover(ctx) {
    const text = await ctx.readText('Package.swift');
    if (text === undefined) return [];
    const candidates: ModuleCandidate[] = [];
    for (const target of parseSwiftTargets(text)) {
      const path = normalizeModulePath(target.path);
      if (path === undefined) ctx.warn(`Package.swift: target ${target.name} has a path outside the repository; skipped`);
      else candidates.push({ path, name: target.name, manifest: 'Package.swift' });
    }
    return candidates;
  },
};
