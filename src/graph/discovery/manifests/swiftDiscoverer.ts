import { posix } from 'node:path';
import type { ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { isFixturePath } from '../isFixturePath.ts';
import { joinPath } from '../joinPath.ts';
import { normalizeModulePath } from '../normalizeModulePath.ts';
import { parseSwiftTargets } from './parseSwiftTargets.ts';

/**
 * SwiftPM and Xcode: one module per target of every Package.swift (the root's and local packages',
 * outside test data), name = target name; and every directory below the root holding an
 * `X.xcodeproj` (an iOS app beside a C++ library, an app's frameworks), name = X.
 */
export const swiftDiscoverer: ManifestDiscoverer = {
  source: 'swift',
  async discover(ctx) {
    const candidates: ModuleCandidate[] = [];
    for (const dir of await ctx.walk()) {
      if (isFixturePath(dir)) continue;
      const entries = await ctx.list(dir);
      const project = entries.find((e) => e.kind === 'directory' && e.name.endsWith('.xcodeproj'));
      // A root project says nothing about the layout inside, like a lone go.mod.
      if (project && dir !== '') candidates.push({ path: dir, name: project.name.slice(0, -'.xcodeproj'.length), manifest: joinPath(dir, project.name) });
      if (!entries.some((e) => e.kind === 'file' && e.name === 'Package.swift')) continue;
      const manifest = joinPath(dir, 'Package.swift');
      const text = await ctx.readText(manifest);
      for (const target of text === undefined ? [] : parseSwiftTargets(text)) {
        const path = normalizeModulePath(posix.normalize(joinPath(dir, target.path)));
        if (path === undefined) ctx.warn(`${manifest}: target ${target.name} has a path outside the repository; skipped`);
        else candidates.push({ path, name: target.name, manifest });
      }
    }
    return candidates;
  },
};
