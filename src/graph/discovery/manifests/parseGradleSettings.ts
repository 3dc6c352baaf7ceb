import { posix } from 'node:path';
import { evaluateGradleDir } from './evaluateGradleDir.ts';
import { findGradleHelpers, substituteArguments } from './findGradleHelpers.ts';
import { gradleCallArguments, literalArguments, stringLiterals } from './gradleCallArguments.ts';
import { stripCStyleComments } from './stripCStyleComments.ts';

/** A Gradle project and its directory relative to the settings file's folder (it may start with '..'). */
export interface GradleSettingsProject {
  project: string;
  dir: string;
}

const projectPath = (name: string): string => (name.startsWith(':') ? name : `:${name}`);
const defaultDir = (project: string): string => project.split(':').filter((s) => s !== '').join('/');

/** Literal `include` arguments, as project paths; templates (`":$name"`) are computed, so skipped. */
const literalIncludes = (text: string): string[] => {
  const projects: string[] = [];
  for (const match of text.matchAll(/(?<![\w.$])include\b/g)) {
    for (const literal of stringLiterals(gradleCallArguments(text, match.index + match[0].length))) {
      const name = literal.trim();
      const path = projectPath(name);
      if (path !== ':' && !name.includes('$') && !projects.includes(path)) projects.push(path);
    }
  }
  return projects;
};

/** `project(':x').projectDir = <dir>` (also `findProject(':x')?.projectDir`); `project` is undefined when its name is computed. */
const projectDirAssignments = (text: string): { project: string | undefined; dir: string }[] => {
  const out: { project: string | undefined; dir: string }[] = [];
  const assignment = /(?<![\w.$])(?:project|findProject)\(\s*(?:"([^"\n]*)"|'([^'\n]*)')\s*\)\s*[!?]*\s*\.projectDir\s*=\s*([^\n;]+)/g;
  for (const m of text.matchAll(assignment)) {
    const name = (m[1] ?? m[2] ?? '').trim();
    const dir = evaluateGradleDir(m[3] ?? '');
    if (dir !== undefined) out.push({ project: name.includes('$') ? undefined : projectPath(name), dir });
  }
  return out;
};

/** The projects of one stretch of settings text: its includes, placed by its projectDir assignments. */
const projectsOfText = (text: string): GradleSettingsProject[] => {
  const dirs = projectDirAssignments(text);
  const named = new Map(dirs.filter((d) => d.project !== undefined).map((d) => [d.project, d.dir]));
  const computed = dirs.filter((d) => d.project === undefined);
  const includes = literalIncludes(text);
  const projects = includes.map((project) => ({ project, dir: named.get(project) ?? defaultDir(project) }));
  // A helper that includes a computed name and places it in a literal folder (kotlinx.coroutines:
  // `include(name); project(":$name").projectDir = file(path)` with name = the last segment of path).
  // Gradle projects included that way are named after that last segment in practice.
  const [only] = computed;
  if (only !== undefined && computed.length === 1 && includes.length === 0 && /(?<![\w.$])include\b/.test(text)) {
    const base = posix.basename(only.dir);
    if (base !== '' && base !== '..' && base !== '.') projects.push({ project: `:${base}`, dir: only.dir });
  }
  return projects;
};

/**
 * Gradle project paths (":a:b") and their directories from settings.gradle(.kts).
 * ":a:b" lives in a/b unless `project(":a:b").projectDir = file("dir")` (or `new File(settingsDir, "dir")`,
 * `File(rootDir, "dir")`, `rootDir.resolve("dir")`) says otherwise; computed projectDirs are ignored.
 * Projects registered through a helper the file defines (`def module(String path) { include(…);
 * project(…).projectDir = file(path) }` then `module('core/x')`) count when the call's arguments are
 * literals. What this cannot follow (loops over lists, helpers from another file) the caller makes
 * up for with the folders that hold a build file.
 */
export const parseGradleSettings = (source: string): GradleSettingsProject[] => {
  const { helpers, rest } = findGradleHelpers(stripCStyleComments(source));
  const projects = projectsOfText(rest);
  for (const helper of helpers) {
    for (const call of rest.matchAll(new RegExp(String.raw`(?<![\w.$])${helper.name}\b(?!\s*=)`, 'g'))) {
      const args = literalArguments(gradleCallArguments(rest, call.index + call[0].length));
      if (args === undefined || args.length === 0) continue;
      for (const p of projectsOfText(substituteArguments(helper, args))) {
        if (!projects.some((q) => q.project === p.project)) projects.push(p);
      }
    }
  }
  // A top-level `project(':x').projectDir = …` may place a project a helper included.
  const placed = new Map(projectDirAssignments(rest).flatMap((d) => (d.project === undefined ? [] : [[d.project, d.dir] as const])));
  return projects.map((p) => ({ project: p.project, dir: placed.get(p.project) ?? p.dir }));
};

/** Literal `includeBuild('dir')` arguments: builds of their own, relative to the settings file's folder. */
export const parseIncludedBuilds = (source: string): string[] => {
  const text = stripCStyleComments(source);
  const dirs: string[] = [];
  for (const match of text.matchAll(/(?<![\w.$])includeBuild\b/g)) {
    const [dir] = stringLiterals(gradleCallArguments(text, match.index + match[0].length));
    if (dir !== undefined && !dir.includes('$') && !dirs.includes(dir)) dirs.push(dir);
  }
  return dirs;
};
