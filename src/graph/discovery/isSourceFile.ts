const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set([
  'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'vue', 'svelte',
  'py', 'pyi', 'go', 'rs', 'java', 'kt', 'kts', 'scala', 'groovy', 'swift', 'm', 'mm',
  'c', 'h', 'cc', 'cpp', 'cxx', 'hh', 'hpp', 'hxx', 'cu', 'cuh', 'metal', 'cs', 'fs', 'rb', 'php', 'lua', 'dart',
  'ex', 'exs', 'erl', 'hrl', 'hs', 'ml', 'mli', 'clj', 'cljs', 'cljc', 'zig', 'nim', 'jl', 'r', 'sh', 'pl', 'pm',
]);

/** True for a file name (not a path) with a known programming-language extension. Hidden files never count. */
export const isSourceFile = (name: string): boolean => {
  if (name.startsWith('.')) return false;
  const dot = name.lastIndexOf('.');
  return dot > 0 && SOURCE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
};

const BUILD_SCRIPT_NAMES: ReadonlySet<string> = new Set([
  'setup.py', 'conftest.py', 'noxfile.py', 'Package.swift', 'Gruntfile.js', 'Gulpfile.js', 'gulpfile.js',
  'Makefile.PL', 'Build.PL', 'Setup.hs', 'Setup.lhs',
]);

/**
 * Build and tool configuration that sits beside manifests (setup.py, vite.config.ts, build.gradle.kts).
 * Such files alone do not make the repository root a module: otherwise nearly every monorepo would get one.
 */
export const isBuildScript = (name: string): boolean =>
  BUILD_SCRIPT_NAMES.has(name) || /\.gradle\.kts$/.test(name) || /\.config\.[cm]?[jt]s$/.test(name);
