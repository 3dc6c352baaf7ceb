import { VENDORED_DIRS } from '../walkRepository.ts';

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
  'venv',
]);

/**
 * Hidden directories (.git, .github, .venv …), SKIPPED_DIRECTORIES and whatever the walk skips as
 * vendored (third_party, Pods, Carthage …) are left out of walks: a module there would own no files.
 */
export const isSkippedDirectory = (name: string): boolean =>
  name.startsWith('.') || SKIPPED_DIRECTORIES.has(name) || VENDORED_DIRS.has(name);
