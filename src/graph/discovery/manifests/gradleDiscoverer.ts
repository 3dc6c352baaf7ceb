import { posix } from 'node:path';
import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { isFixturePath } from '../isFixturePath.ts';
import { joinPath } from '../joinPath.ts';
import { normalizeModulePath } from '../normalizeModulePath.ts';
import { parseGradleSettings } from './parseGradleSettings.ts';

const DESCRIPTION = /^\s*description\s*=\s*["']([^"'\n]+)["']/m;
const ROOT_PROJECT_NAME = /^\s*rootProject\.name\s*=\s*["']([^"'\n]+)["']/m;
const SETTINGS_FILES = ['settings.gradle.kts', 'settings.gradle'];

const describe = async (ctx: DiscoveryContext, candidate: ModuleCandidate): Promise<ModuleCandidate> => {
  for (const build of ['build.gradle.kts', 'build.gradle']) {
    const description = DESCRIPTION.exec((await ctx.readText(joinPath(candidate.path, build))) ?? '')?.[1];
    if (description !== undefined) return { ...candidate, description };
  }
  return candidate;
};

/** The projects of the build whose settings file sits in `dir`, paths relative to the repository. */
const projectsOf = async (ctx: DiscoveryContext, dir: string, settings: string, text: string): Promise<ModuleCandidate[]> => {
  const projects = parseGradleSettings(text);
  const rootName = ROOT_PROJECT_NAME.exec(text)?.[1];
  // A nested build (an Android app beside a C++ library) names its projects after its root project,
  // so ":app" of two builds stay apart. A nested build without includes is one project: its directory.
  if (dir !== '' && projects.length === 0) return [await describe(ctx, { path: dir, name: rootName ?? dir, manifest: settings })];
  const prefix = dir === '' ? '' : (rootName ?? dir);
  const out: ModuleCandidate[] = [];
  for (const { project, dir: sub } of projects) {
    const path = normalizeModulePath(posix.normalize(joinPath(dir, sub)));
    if (path === undefined) ctx.warn(`${settings}: project ${project} points outside the repository; skipped`);
    else out.push(await describe(ctx, { path, name: `${prefix}${project}`, manifest: settings }));
  }
  return out;
};

/**
 * Gradle: the `include`s of settings.gradle(.kts) at the root and of every nested build (outside test
 * data); name = Gradle project path (":app:core"), prefixed by the root project's name in a nested build.
 */
export const gradleDiscoverer: ManifestDiscoverer = {
  source: 'gradle',
  async discover(ctx) {
    const candidates: ModuleCandidate[] = [];
    for (const dir of await ctx.walk()) {
      if (isFixturePath(dir)) continue;
      const entries = await ctx.list(dir);
      const settings = SETTINGS_FILES.find((name) => entries.some((e) => e.kind === 'file' && e.name === name));
      if (settings === undefined) continue;
      const manifest = joinPath(dir, settings);
      const text = await ctx.readText(manifest);
      if (text !== undefined) candidates.push(...(await projectsOf(ctx, dir, manifest, text)));
    }
    return candidates;
  },
};
