import { posix } from 'node:path';
import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { isTestFile } from '../../isTestFile.ts';
import { isFixturePath } from '../isFixturePath.ts';
import { isUnderSkippedDirectory } from '../isSkippedDirectory.ts';
import { joinPath } from '../joinPath.ts';
import { normalizeModulePath } from '../normalizeModulePath.ts';
import { parseGradleSettings, parseIncludedBuilds } from './parseGradleSettings.ts';
import { unnamedGradleProjects } from './unnamedGradleProjects.ts';

const DESCRIPTION = /^\s*description\s*=\s*["']([^"'\n]+)["']/m;
const ROOT_PROJECT_NAME = /^\s*rootProject\.name\s*=\s*["']([^"'\n]+)["']/m;
const SETTINGS_FILES = ['settings.gradle.kts', 'settings.gradle'];
const BUILD_FILES = ['build.gradle.kts', 'build.gradle'];

/** The Maven publishing description in a project's gradle.properties (vanniktech's plugin, Square's builds). */
const POM_DESCRIPTION = /^[ \t]*POM_DESCRIPTION[ \t]*[=:][ \t]*(\S[^\n]*?)[ \t]*$/m;
/** A string template (`"Runs the test suite on JDK $majorVersion"`): a task's description made in a loop, not the project's. */
const TEMPLATE = /\$(?:\{|[A-Za-z_])/u;

/** A top-level `description = "…"` (or `project.description`): not a task's inside a block ("Runs the integration tests."). */
const TOP_LEVEL_DESCRIPTION = /^(?:project\.)?description\s*=\s*["']([^"'\n]+)["']/mu;

/**
 * A Gradle project's description: its build file's `description = "…"` (matched by `pattern`), else gradle.properties'
 * POM_DESCRIPTION; never a string template.
 */
const projectDescription = async (ctx: DiscoveryContext, path: string, pattern: RegExp): Promise<string | undefined> => {
  for (const build of BUILD_FILES) {
    const description = pattern.exec((await ctx.readText(joinPath(path, build))) ?? '')?.[1];
    if (description !== undefined && !TEMPLATE.test(description)) return description;
  }
  const published = POM_DESCRIPTION.exec((await ctx.readText(joinPath(path, 'gradle.properties'))) ?? '')?.[1];
  return published !== undefined && !TEMPLATE.test(published) ? published : undefined;
};

/** A folder's Gradle project description, for a folder no Gradle discovery found (a listed one): top-level lines only. */
export const gradleDescription = (ctx: DiscoveryContext, path: string): Promise<string | undefined> => projectDescription(ctx, path, TOP_LEVEL_DESCRIPTION);

const describe = async (ctx: DiscoveryContext, candidate: ModuleCandidate): Promise<ModuleCandidate> => {
  const description = await projectDescription(ctx, candidate.path, DESCRIPTION);
  return description === undefined ? candidate : { ...candidate, description };
};

/** The folders of the repository holding a Gradle settings file (with its name) and those holding a build file. */
interface GradleLayout {
  settings: Map<string, string>;
  buildDirs: Set<string>;
}

/** Repo-relative `dir`/`sub`, or undefined when it leaves the repository. */
const resolveDir = (dir: string, sub: string): string | undefined => normalizeModulePath(posix.normalize(joinPath(dir, sub)));

const listFolders = (paths: readonly string[]): string =>
  `${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ` and ${paths.length - 5} more` : ''}`;

/** The projects of the build whose settings file sits in `dir`, paths relative to the repository. */
const projectsOf = async (ctx: DiscoveryContext, dir: string, settings: string, text: string, layout: GradleLayout): Promise<ModuleCandidate[]> => {
  const projects = parseGradleSettings(text);
  const rootName = ROOT_PROJECT_NAME.exec(text)?.[1];
  // A nested build (an Android app beside a C++ library) names its projects after its root project,
  // so ":app" of two builds stay apart. A nested build without includes is one project: its directory.
  const prefix = dir === '' ? '' : (rootName ?? dir);
  const out: ModuleCandidate[] = [];
  if (dir !== '' && projects.length === 0) out.push(await describe(ctx, { path: dir, name: rootName ?? dir, manifest: settings }));
  const named = new Set<string>();
  for (const { project, dir: sub } of projects) {
    const path = resolveDir(dir, sub);
    if (path === undefined) ctx.warn(`${settings}: project ${project} points outside the repository; skipped`);
    // An app's settings often place a library's project in node_modules (`new File(rootDir, '../node_modules/x/android')`).
    else if (isUnderSkippedDirectory(ctx.root, path)) continue;
    else {
      named.add(path);
      out.push(await describe(ctx, { path, name: `${prefix}${project}`, manifest: settings }));
    }
  }
  // Settings files add projects in ways no reader follows (a loop over a list, a helper from another
  // file), and nothing in the settings says so: kotlinx.coroutines' first reading found 3 of its 22
  // projects. A folder of this build with a build file of its own is a project in practice.
  const included = new Set(parseIncludedBuilds(text).flatMap((b) => resolveDir(dir, b) ?? []));
  const { builds, unnamed } = unnamedGradleProjects(dir, named, included, layout.buildDirs, new Set(layout.settings.keys()));
  for (const path of builds) out.push(await describe(ctx, { path, name: posix.basename(path), manifest: settings }));
  for (const path of unnamed) {
    const relative = dir === '' ? path : path.slice(dir.length + 1);
    out.push(await describe(ctx, { path, name: `${prefix}:${relative.replaceAll('/', ':')}`, manifest: settings }));
  }
  if (unnamed.length > 0) {
    const n = named.size;
    ctx.warn(
      `${settings}: names ${n} project${n === 1 ? '' : 's'}, but ${unnamed.length} more folder${unnamed.length === 1 ? '' : 's'} of its build hold${unnamed.length === 1 ? 's' : ''} a build.gradle(.kts) (${listFolders(unnamed)}); taking ${unnamed.length === 1 ? 'it as a project' : 'them as projects'} too (settings can add projects through a loop or a helper this reader does not follow)`,
    );
  }
  return out;
};

/**
 * A nested build inside a test suite's folder is a sample project the tests build (JUnit's
 * `platform-tooling-support-tests/projects/gradle-starter`: five such builds had become modules, and showed in the
 * cards of the projects they use). The test suite's own folder, a project of the root build, is not.
 */
const isSampleBuild = (dir: string): boolean => {
  const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
  return parent !== '' && isTestFile(`${parent}/build.gradle`);
};

/**
 * Gradle: the projects of settings.gradle(.kts) at the root and of every nested build (outside test
 * data), plus the folders of each build holding a build file the settings did not name; name = Gradle
 * project path (":app:core"), prefixed by the root project's name in a nested build.
 */
export const gradleDiscoverer: ManifestDiscoverer = {
  source: 'gradle',
  async discover(ctx) {
    const layout: GradleLayout = { settings: new Map(), buildDirs: new Set() };
    const samples: string[] = [];
    for (const dir of await ctx.walk()) {
      if (isFixturePath(dir)) continue;
      const files = new Set((await ctx.list(dir)).filter((e) => e.kind === 'file').map((e) => e.name));
      const settings = SETTINGS_FILES.find((name) => files.has(name));
      if (settings !== undefined && isSampleBuild(dir)) samples.push(`${dir}/`);
      else if (settings !== undefined) layout.settings.set(dir, settings);
      if (BUILD_FILES.some((name) => files.has(name))) layout.buildDirs.add(dir);
    }
    for (const dir of layout.buildDirs) if (samples.some((sample) => `${dir}/`.startsWith(sample))) layout.buildDirs.delete(dir);
    const candidates: ModuleCandidate[] = [];
    for (const [dir, settings] of layout.settings) {
      const manifest = joinPath(dir, settings);
      const text = await ctx.readText(manifest);
      if (text !== undefined) candidates.push(...(await projectsOf(ctx, dir, manifest, text, layout)));
    }
    return candidates;
  },
};
