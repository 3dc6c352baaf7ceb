import type { ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { joinPath } from '../joinPath.ts';
import { parseGradleSettings } from './parseGradleSettings.ts';

const DESCRIPTION = /^\s*description\s*=\s*["']([^"'\n]+)["']/m;

/** Gradle: settings.gradle(.kts) `include`s; name = Gradle project path (":app:core"). */
export const gradleDiscoverer: ManifestDiscoverer = {
  source: 'gradle',
  async discover(ctx) {
    for (const settings of ['settings.gradle.kts', 'settings.gradle']) {
      const text = await ctx.readText(settings);
      if (text === undefined) continue;
      const candidates: ModuleCandidate[] = [];
      for (const { project, dir } of parseGradleSettings(text)) {
        const candidate: ModuleCandidate = { path: dir, name: project, manifest: settings };
        for (const build of ['build.gradle.kts', 'build.gradle']) {
          const description = DESCRIPTION.exec((await ctx.readText(joinPath(dir, build))) ?? '')?.[1];
          if (description !== undefined) {
            candidate.description = description;
            break;
          }
        }
        candidates.push(candidate);
      }
      return candidates;
    }
    return [];
  },
};
