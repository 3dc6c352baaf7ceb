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

/** Hidden directories (.git, .github, .venv …) and SKIPPED_DIRECTORIES are left out of walks. */
export const isSkippedDirectory = (name: string): boolean => name.startsWith('.') || SKIPPED_DIRECTORIES.has(name);
