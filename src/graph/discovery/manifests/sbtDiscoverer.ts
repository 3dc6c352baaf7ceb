import type { ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { normalizeModulePath } from '../normalizeModulePath.ts';
import { stripCStyleComments } from './stripCStyleComments.ts';

// `lazy val core = project`, `lazy val api = (project in file("modules/api"))`, `project.in(file("x"))`,
// `Project("id", file("x"))`, Scala.js/Native's `crossProject(JVMPlatform, JSPlatform)` and sbt-projectmatrix's
// `projectMatrix`: the forms sbt builds declare subprojects with. The directory, where one is given, follows in the
// same definition (`.in(file("kernel-laws"))` on a later line of a crossProject's settings chain).
const DEFINITION = /\blazy\s+val\s+(\w+)\s*=\s*(?:\(\s*)?(?:project\b|Project\s*\(|crossProject\s*\(|projectMatrix\b)/g;
const DIRECTORY = /^\s*(?:\(\s*)?(?:\w+\s*)?(?:\([^()]*\))?[^]*?(?:\.?\s*in\s*\(?\s*file\s*\(\s*"([^"]*)"\s*\)|Project\s*\(\s*"[^"]*"\s*,\s*file\s*\(\s*"([^"]*)"\s*\))/;

/** sbt: the subprojects of the root build.sbt, each in `file("dir")` or, without one, the directory named like its val. */
export const sbtDiscoverer: ManifestDiscoverer = {
  source: 'sbt',
  async discover(ctx) {
    const text = await ctx.readText('build.sbt');
    if (text === undefined) return [];
    const candidates: ModuleCandidate[] = [];
    const seen = new Set<string>();
    const code = stripCStyleComments(text);
    const starts = [...code.matchAll(DEFINITION)];
    for (const [i, match] of starts.entries()) {
      const val = match[1] ?? '';
      // (the definition runs to the next `lazy val`, or to the end)
      const end = code.slice(match.index, starts[i + 1]?.index ?? code.length).search(/\n\s*(?:(?:lazy\s+)?val|def|object)\s|\n(?:ThisBuild|Global|inThisBuild|addCommandAlias)\b/u);
      const body = code.slice(match.index, end > 0 ? match.index + end : (starts[i + 1]?.index ?? code.length));
      const given = DIRECTORY.exec(body.slice(/Project\s*\($/u.test(match[0]) ? match[0].lastIndexOf('Project') : match[0].length));
      const dir = normalizeModulePath(given?.[1] ?? given?.[2] ?? val);
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
