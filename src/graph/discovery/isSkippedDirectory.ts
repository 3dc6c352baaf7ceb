import { isVendoredDirectory } from '../walkRepository.ts';

/** Directories that hold dependencies, build output or caches, never a module of their own. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'vendor',
  'dist',
  'build',
  'target',
  'out',
  'coverage',
  '__pycache__',
  '_build',
  '_opam',
]);

/**
 * Hidden directories (.git, .github, .venv …), SKIPPED_DIRECTORIES and whatever the walk skips as
 * vendored (third_party, Pods, Carthage, a virtual environment …) are left out of walks: a module
 * there would own no files. `path` is the directory's repo-relative path.
 */
export const isSkippedDirectory = (root: string, path: string): boolean => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.startsWith('.') || (SKIPPED_DIRECTORIES.has(name) && !isSourceNamedLikeOutput(path, name)) || isVendoredDirectory(root, path);
};

/** Output names that a source tree uses for code of its own (LuaRocks' `src/luarocks/build/`, its build backends). */
const SOURCE_USES: ReadonlySet<string> = new Set(['build', 'out', 'target']);

/** A `build/` (`out/`, `target/`) inside a `src/` folder is code: build output goes beside the sources, not into them. */
const isSourceNamedLikeOutput = (path: string, name: string): boolean => SOURCE_USES.has(name) && /(?:^|\/)(?:src|source|sources)\//u.test(path);

/** Whether `path` or a directory above it is skipped. */
export const isUnderSkippedDirectory = (root: string, path: string): boolean => {
  const parts = path.split('/');
  return parts.some((_, i) => isSkippedDirectory(root, parts.slice(0, i + 1).join('/')));
};
