const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set([
  'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'vue', 'svelte',
  'py', 'pyi', 'pyx', 'pxd', 'pxi', 'go', 'rs', 'java', 'kt', 'kts', 'scala', 'groovy', 'swift', 'm', 'mm',
  'c', 'h', 'cc', 'cpp', 'cxx', 'hh', 'hpp', 'hxx', 'cu', 'cuh', 'metal', 'cs', 'fs', 'fsi', 'rb', 'php', 'lua', 'dart',
  'ex', 'exs', 'erl', 'hrl', 'hs', 'ml', 'mli', 'mll', 'mly', 'y', 'yy', 'clj', 'cljs', 'cljc', 'zig', 'nim', 'jl', 'r', 'sh', 'pl', 'pm',
  // read by no extractor, searched by their words (codeTermBag.ts): Crystal, CoffeeScript, PureScript, ReScript, Gleam, Haxe,
  // Visual Basic, Pascal, Fennel, MoonScript, Raku, Vala, Odin, GDScript, COBOL, Elm, Qt's QML
  'cr', 'coffee', 'purs', 'res', 'resi', 'gleam', 'hx', 'vb', 'pas', 'fnl', 'moon', 'raku', 'rakumod', 'vala', 'odin', 'gd', 'cob', 'cbl', 'elm', 'qml',
]);

/** Cython's Tempita templates, the only `.tp` files read as code. */
const TEMPLATE = /\.(?:pyx|pxd|pxi)\.tp$/iu;

/** True for a file name (not a path) with a known programming-language extension. Hidden files never count. */
export const isSourceFile = (name: string): boolean => {
  if (name.startsWith('.')) return false;
  // A Tempita template is the source of what it generates (sklearn's `_weight_vector.pyx.tp`).
  const source = TEMPLATE.test(name) ? name.slice(0, -3) : name;
  const dot = source.lastIndexOf('.');
  return dot > 0 && SOURCE_EXTENSIONS.has(source.slice(dot + 1).toLowerCase());
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
