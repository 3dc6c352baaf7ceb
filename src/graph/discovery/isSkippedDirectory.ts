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
  return name.startsWith('.') || SKIPPED_DIRECTORIES.has(name) || isVendoredDirectory(root, path);
};

/** Whether `path` or a directory above it is skipped. */
export const isUnderSkippedDirectory = (root: string, path: string): boolean => {
  const parts = path.split('/');
  return parts.some((_, i) => isSkippedDirectory(root, parts.slice(0, i + 1).join('/')));
};
