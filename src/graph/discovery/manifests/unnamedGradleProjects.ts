import { joinPath } from '../joinPath.ts';

/** Folders below a build's settings file that hold a build file, split by how the settings account for them. */
export interface UnnamedGradleProjects {
  /** buildSrc and literal `includeBuild` folders: builds of their own that the settings name by convention or by path. */
  builds: string[];
  /** Folders the settings never name: added by a helper from another file, a loop over a list, a computed path. */
  unnamed: string[];
}

const isBelow = (path: string, dir: string): boolean => dir === '' ? path !== '' : path.startsWith(`${dir}/`);

/**
 * The folders of the build rooted at `dir` that hold a build.gradle(.kts) but are not among `named`
 * (the project folders the settings file spelled out). Left out: the build's own folder, nested builds
 * (a folder at or above the candidate holding its own settings file is read on its own), and anything
 * inside a project's `src/` (Gradle plugins keep sample builds in `src/test/resources/…`; project folders
 * never live inside another project's source sets).
 */
export const unnamedGradleProjects = (
  dir: string,
  named: ReadonlySet<string>,
  includedBuilds: ReadonlySet<string>,
  buildDirs: ReadonlySet<string>,
  settingsDirs: ReadonlySet<string>,
): UnnamedGradleProjects => {
  const builds: string[] = [];
  const unnamed: string[] = [];
  const isProjectFolder = (path: string): boolean => path === dir || named.has(path) || buildDirs.has(path);
  for (const path of [...buildDirs].sort()) {
    if (!isBelow(path, dir) || named.has(path)) continue;
    if ([...settingsDirs].some((s) => s !== dir && isBelow(s, dir) && (path === s || isBelow(path, s)))) continue;
    const segments = path.split('/');
    if (segments.some((s, i) => s === 'src' && isProjectFolder(segments.slice(0, i).join('/')))) continue;
    if (includedBuilds.has(path) || path === joinPath(dir, 'buildSrc')) builds.push(path);
    else unnamed.push(path);
  }
  return { builds, unnamed };
};
