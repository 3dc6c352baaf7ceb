import { posix } from 'node:path';
import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { joinPath } from '../joinPath.ts';
import { normalizeModulePath } from '../normalizeModulePath.ts';
import { readPomProject } from './readPomProject.ts';

/** Directory and pom file of a <module> entry, which names a directory or (rarely) a pom file. */
const locateModule = (dir: string, entry: string): { dir: string; pom: string } | undefined => {
  const target = normalizeModulePath(posix.normalize(joinPath(dir, entry)));
  if (target === undefined || target === '') return undefined;
  return target.endsWith('.xml')
    ? { dir: normalizeModulePath(posix.dirname(target)) ?? '', pom: target }
    : { dir: target, pom: joinPath(target, 'pom.xml') };
};

const collect = async (
  ctx: DiscoveryContext,
  pom: string,
  dir: string,
  seen: Set<string>,
  out: ModuleCandidate[],
): Promise<void> => {
  const text = await ctx.readText(pom);
  if (text === undefined) return;
  for (const entry of readPomProject(text).modules) {
    const child = locateModule(dir, entry);
    if (!child) {
      ctx.warn(`${pom}: ignored <module>${entry}</module>: it points outside the repository`);
      continue;
    }
    if (seen.has(child.pom)) continue;
    seen.add(child.pom);
    const childText = await ctx.readText(child.pom);
    if (childText === undefined) {
      ctx.warn(`${pom}: <module>${entry}</module> has no ${child.pom}; skipped`);
      continue;
    }
    const project = readPomProject(childText);
    const candidate: ModuleCandidate = { path: child.dir, manifest: child.pom };
    if (project.artifactId !== undefined) candidate.name = project.artifactId;
    if (project.description !== undefined) candidate.description = project.description;
    out.push(candidate);
    await collect(ctx, child.pom, child.dir, seen, out);
  }
};

/** Maven: <modules> of the root pom.xml, recursively through aggregator child poms; name = artifactId. */
export const mavenDiscoverer: ManifestDiscoverer = {
  source: 'maven',
  async discover(ctx) {
    const out: ModuleCandidate[] = [];
    await collect(ctx, 'pom.xml', '', new Set(['pom.xml']), out);
    return out;
  },
};
