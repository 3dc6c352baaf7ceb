import type { ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { normalizeModulePath } from '../normalizeModulePath.ts';
import { stripCStyleComments } from './stripCStyleComments.ts';

// `lazy val core = project`, `lazy val api = (project in file("modules/api"))`, `project.in(file("x"))`,
// `Project("id", file("x"))`: the forms sbt builds declare subprojects with.
const PROJECT = /\blazy\s+val\s+(\w+)\s*=\s*(?:\(\s*)?(?:project(?:\s*\.\s*in\s*\(\s*file\s*\(\s*"([^"]*)"\s*\)\s*\)|\s+in\s+file\s*\(\s*"([^"]*)"\s*\))?|Project\s*\(\s*"[^"]*"\s*,\s*file\s*\(\s*"([^"]*)"\s*\)\s*\))/g;

/** sbt: the subprojects of the root build.sbt, each in `file("dir")` or, without one, the directory named like its val. */
export const sbtDiscoverer: ManifestDiscoverer = {
  source: 'sbt',
  async discover(ctx) {
    const text = await ctx.readText('build.sbt');
    if (text === undefined) return [];
    const candidates: ModuleCandidate[] = [];
    const seen = new Set<string>();
    for (const match of stripCStyleComments(text).matchAll(PROJECT)) {
      const val = match[1] ?? '';
      const dir = normalizeModulePath(match[2] ?? match[3] ?? match[4] ?? val);
      if (dir === undefined || seen.has(dir)) {
        if (dir === undefined) ctx.warn(`build.sbt: ignored project ${val}: its directory is outside the repository`);
        continue;
      }
      seen.add(dir);
      candidates.push({ path: dir, manifest: 'build.sbt', name: val });
    }
    return candidates;
  },
};
