import { posix } from 'node:path';
import { createRubyConstantFiles } from './rubyConstantFiles.ts';
import type { PackageName } from './collectPackageNames.ts';
import { createElixirResolver } from './createElixirResolver.ts';
import { createOcamlResolver, type OcamlResolver } from './createOcamlResolver.ts';
import { createRResolver } from './createRResolver.ts';
import { erlangAppRoots } from './erlangAppRoots.ts';
import { isDuneFile } from './extractors/ocaml/duneLibraryNames.ts';
import { isTestFile } from './isTestFile.ts';
import { familyKey } from './languageFamily.ts';
import { PYTHON_STDLIB } from './pythonStdlib.ts';
import type { ImportFact, ModuleDef, ModuleId } from './types.ts';

export interface ImportResolverInput {
  /** Every indexed file, repo-relative. */
  files: Iterable<string>;
  modules: ModuleDef[];
  moduleOf: (path: string) => ModuleId | undefined;
  /**
   * Java/Kotlin/C#/PHP package or namespace, keyed by language family (`jvm:a.b`, `dotnet:A.B`, see
   * languageFamily.ts) → the modules whose files declare it (with file counts).
   */
  packages: Map<string, Map<ModuleId, number>>;
  /**
   * `family:namespace.FileStem` → the module of that file, for files that declare a package or namespace
   * (`Illuminate.Support.Collection` → the module of `Collections/Collection.php`). Names two modules
   * claim are left out.
   */
  classes?: Map<string, ModuleId>;
  /** The same two maps for test files' declarations: consulted after the others, and only for a test's imports. */
  testPackages?: Map<string, Map<ModuleId, number>>;
  testClasses?: Map<string, ModuleId>;
  /** npm/Cargo/Go names from manifests among the files (see collectPackageNames). */
  packageNames?: PackageName[];
  /**
   * C#'s `global using` namespaces by the folder of the file that declares them: every C# file below it sees their
   * types (Serilog's `src/Serilog/GlobalUsings.cs` opens Serilog.Events and eleven more to the whole project).
   */
  globalUsings?: Map<string, string[]>;
}

/**
 * Bump when the same files would resolve differently: every stored import target is resolved again on
 * the next index. 2: Rust `crate::` from a top-level src/, and crate names into the crate's src/;
 * 3: a bare Python name no longer resolves into another package's submodule (`import json`);
 * 4: Ruby `require` searches load paths (lib/, app/*, test/, spec/, the root); `@/x` and `~/x` are the
 * source folder's aliases, tsconfig `paths` are read, a qualified name finds its class's file first, and
 * Dart's `package:` imports go into the package's lib/; 5: `#include <…>` finds the repository's own
 * headers (`<mapnik/map.hpp>` in include/mapnik/), never beside the including file; 6: packages and
 * namespaces are each language family's own (PHP's `use Google\Protobuf\X` is not C#'s `Google.Protobuf`);
 * 7: `<sys/…>` never, and a test's stand-in header only from tests; 8: edges leave out the imports of a
 * code module's test files (updateEdges.ts), a qualified import never falls back to a one-segment package;
 * 9: Lua's `require('a.b')` as `a/b.lua` or `a/b/init.lua`; 10: a Python standard-library name found only
 * by path suffix is the standard library's; 11: a framework header (`<ExpoModulesCore/X.h>`) found by its name;
 * 12: a Swift type in the file named after it; 13: a package or class test files declare is only a test's import;
 * 14: Elixir module names by the names files declare (createElixirResolver.ts), Erlang's `-include_lib` from the
 * application's root, Scala imports relative to the enclosing package clauses; 15: OCaml module names by file and
 * dune library (createOcamlResolver.ts), R names by the file that declares them (createRResolver.ts), Cython's
 * cimports and Python imports of compiled modules (`.pyx`, `.pxd`); 16: a Ruby constant not where its name underscores
 * to, found with underscores ignored (`RuboCop` in `rubocop/`) or in a collapsed folder (`cop/mixin/`; rubyConstantFiles.ts);
 * 17: only for constants, never a `require`, and from any folder named like the namespace's first part; 18: a
 * JavaScript file's relative import tries `.js` before `.ts` and `.d.ts`; 19: an include whose nearest matches tie in
 * different modules resolves to none; 20: a tie with any of the nearest in another module, not only between the first two by name;
 * 21: a C# type named in a signature is also looked for in the namespaces of the `global using`s above its file;
 * 22: Rust: a binary's `crate::` from its own root (`src/bin/x/main.rs`), a child module in scope by its bare name,
 * a name another crate re-exports at its root to the module of that crate's lib.rs; 23: a Ruby folder with a file of its
 * name beside it is a namespace's, never a collapsed one; 24: a Swift type found by the file that declares it, not only
 * the file named after it; 25: a path import of a file or folder that does not exist resolves to no module; 26: only a
 * Swift type visible outside its file, and never over one named by its file; C#'s `Properties/GlobalUsings.cs` for its project;
 * 27: a framework header by its name only where the framework's name is capitalised; 28: a Swift type declared in
 * two modules resolves to neither, whichever file is named after it; 29: a module counts as made of tests by its
 * source files, so a test module beside its build file and manifest keeps its edges; 30: a module name two modules share
 * resolves to neither; 31: a Lua file's require of its own name (`lua/shop/init.lua`'s `require('shop')`) is no edge, `?.lua`
 * before `?/init.lua`, a one-word name off the `lua/`, `src/`, `lib/` roots another plugin's; 32: a Go package import to
 * the module of most of its folder's non-test code files; 33: a package, or a folder with a package.json, by its
 * `main` file; 34: a file before a folder's `main`, the root folder's index file, a `main` ending in a slash, the
 * `main` of a package.json without a name, a Go folder named like a version (`core/v1`) its package's name; 35: an
 * include from code found by name is never a test's file (Composer's `include 'autoload_psr4.php'` had found a fixture);
 * 36: a namespace the importer's own module declares too is its own; 37: a Python import from code found by a path suffix
 * is never a test's file (poetry's `import build` had found a fixture's build.py); 38: nor another folder's example
 * (celery's `import pydantic` → examples/pydantic/), and Perl's `use A::B` is A/B.pm in a `lib/` or at the root only;
 * 39: a C# `using X;` inside a namespace is the enclosing namespaces' X where the repository declares one; 40: only a
 * one-part Perl name needs a library root, an example is judged by the folder its import starts from; 41: a Rust child
 * module in scope before a workspace crate of that name (mdBook's driver); 42: a type only an example declares is no
 * type of code outside the examples, and a DocC catalog's code makes no edge (updateEdges.ts; TCA); 43: a module holding a
 * build's main sources (a crate's `src/`) is no module of tests, so its tests make no edge (axum-macros); 44: nor do a code
 * module's examples and benchmarks (actix-http's `examples/actix-web.rs`: an edge against the dependency); 45–46: unless the module is examples itself or all its files read so; 47: a package.json `main` the build writes
 * (`dist/index.js`, `dayjs.min.js`) is its source's, the same path under `src/` or `src/index`; 48: a Java or Kotlin import
 * falls back to its own package, no further (AntennaPod's generated `R` imports); 49: a Python package beats a module of its
 * name beside it (calibre-web's `cps/` and `cps.py`); 50: a tsconfig's or jsconfig's own `baseUrl` roots non-relative imports
 * (stash's UI: `src/core/StashService`, 1,675 imports without an edge); 51: a JVM package's namespace folders name no examples, so
 * their files' imports draw edges (Now in Android's `com/google/samples/apps/…`: 2 edges).
 */
export const RESOLVER_VERSION = 51;
/** Java and Kotlin sources (resolveQualified). */
const JVM_SOURCE = /\.(?:java|kt|kts)$/u;

/**
 * Headers of the C standard library and POSIX that a `<name.h>` include without a folder means even
 * where the repository holds a file so named (a libc aside, its `time.h` is not what `<time.h>` finds).
 */
const STANDARD_HEADERS = new Set([
  'assert', 'complex', 'ctype', 'errno', 'fenv', 'float', 'inttypes', 'iso646', 'limits', 'locale', 'math', 'setjmp',
  'signal', 'stdalign', 'stdarg', 'stdatomic', 'stdbool', 'stddef', 'stdint', 'stdio', 'stdlib', 'stdnoreturn', 'string',
  'tgmath', 'threads', 'time', 'uchar', 'wchar', 'wctype', 'unistd', 'fcntl', 'pthread', 'dirent', 'dlfcn', 'poll',
  'sched', 'semaphore', 'strings', 'syslog', 'termios', 'netdb', 'regex', 'glob', 'getopt', 'libgen', 'malloc', 'memory',
].map((n) => `${n}.h`));
/** Folders of the system's own headers: `<sys/stat.h>` is never the repository's (neovim keeps stubs of them in test/includes/pre/). */
const STANDARD_HEADER_DIR = /^(sys|netinet|arpa|net|linux|asm|bits|mach|machine|sys\/[^/]+)\//u;

const SOURCE_EXTS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '.py', '.pyx', '.pxd', '.rs', '.go', '.svelte', '.vue'];
/**
 * A JavaScript file's relative import is its JavaScript first: Fastify's tests `require('../fastify')`, which
 * is `fastify.js`, while `fastify.d.ts` beside it only declares its types.
 */
const JS_FIRST_EXTS = ['.js', '.jsx', '.mjs', '.cjs', ...SOURCE_EXTS.filter((e) => !['.js', '.jsx', '.mjs', '.cjs'].includes(e))];
const isJavaScript = (file: string): boolean => /\.(?:m|c)?jsx?$/u.test(file);
const INDEX_FILES = ['index.ts', 'index.tsx', 'index.js', 'index.mjs', 'index.jsx', '__init__.py', 'mod.rs', 'lib.rs'];

const segments = (path: string): string[] => posix.dirname(path).split('/');

/** A folder of examples (`examples/`, `samples/x`): a package found in it is an example's. */
const EXAMPLE_FOLDER = /(?:^|\/)(?:examples?|samples?|demos?)(?:\/|$)/iu;

/** Where a Perl module's path may start: the root or a library folder. */
const PERL_LIBRARY_ROOT = /^$|(^|\/)lib\/$/u;

/**
 * Of several headers that an include's path suffix matches (or Python files a dotted name does),
 * the one a compiler would most likely find: deepest directory shared with the including file, then the shallowest (include directories
 * are ancestors far more often than siblings' subfolders), then by name. Name order alone sent
 * llama.cpp's ggml-cpu to ggml-openvino's copy of ggml-quants.h instead of ggml/src/ggml-quants.h.
 * None when the nearest are tied in different modules: the build picks one per platform (htop's nine
 * `Platform.h` files, one per platform folder: each `#include "Platform.h"` of the shared code had become an edge to
 * `darwin`, first by name).
 */
const nearestInclude = (fromFile: string, matches: string[], ownerOf: (path: string) => ModuleId | undefined): string | undefined => {
  const from = segments(fromFile);
  const shared = (path: string): number => {
    const dirs = segments(path);
    let n = 0;
    while (n < dirs.length && n < from.length && dirs[n] === from[n]) n++;
    return n;
  };
  const ranked = matches.map((path) => ({ path, shared: shared(path), depth: segments(path).length }));
  ranked.sort((a, b) => b.shared - a.shared || a.depth - b.depth || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const best = ranked[0];
  if (best === undefined) return undefined;
  const owner = ownerOf(best.path);
  const tied = ranked.filter((r) => r.shared === best.shared && r.depth === best.depth);
  return tied.some((r) => ownerOf(r.path) !== owner) ? undefined : best.path;
};

/**
 * Resolves the imports an extractor found to the module they point into. Each import kind has its
 * own rule; an import that leaves the repository (a third-party package, a system header) resolves
 * to nothing rather than to a guess.
 */
/** A framework's header include, `<Framework/Header.h>`. */
// (a framework's name is capitalised, `ExpoModulesCore`, `React`: a library's lower-case folder, `<crc32c/crc32c.h>`,
// is found by its path or not at all; leveldb's port/ had "depended" on its own util/crc32c.h)
const FRAMEWORK_HEADER = /^[A-Z][\w-]*\/[\w+-]+\.h$/u;
/** Apple's SDK frameworks: their headers are never the repository's. */
const APPLE_SDK: ReadonlySet<string> = new Set(['Foundation', 'UIKit', 'AppKit', 'Cocoa', 'CoreFoundation', 'CoreGraphics', 'CoreText', 'CoreImage', 'CoreVideo', 'CoreMedia', 'CoreAudio', 'CoreMotion', 'CoreLocation', 'CoreData', 'CoreBluetooth', 'QuartzCore', 'Metal', 'MetalKit', 'AVFoundation', 'AVKit', 'WebKit', 'Security', 'SystemConfiguration', 'MobileCoreServices', 'UniformTypeIdentifiers', 'Photos', 'PhotosUI', 'StoreKit', 'GameController', 'SpriteKit', 'SceneKit', 'ARKit', 'Vision', 'CoreML', 'OpenGLES', 'OpenGL', 'GLKit', 'ImageIO', 'Accelerate', 'Network', 'UserNotifications', 'MapKit', 'Contacts', 'EventKit', 'LocalAuthentication', 'XCTest', 'objc', 'os', 'dispatch', 'mach', 'sys', 'libkern', 'IOKit', 'Carbon', 'ApplicationServices']);

export function createImportResolver(input: ImportResolverInput): (fromFile: string, fact: ImportFact) => ModuleId | undefined {
  const fileSet = new Set(input.files);
  const byName = new Map<string, ModuleId>();
  // Where a package's code lives (its manifest directory), for `pkg/sub/path` imports.
  const dirOf = new Map<string, string>();
  for (const p of input.packageNames ?? []) {
    // A crate whose Cargo.toml folder is no module (a single crate split into src/'s folders, no root module): its src/.
    const owner = input.moduleOf(p.dir ? `${p.dir}/_` : '_') ?? (p.kind === 'cargo' ? input.moduleOf(posix.join(p.dir, 'src', 'lib.rs')) : undefined);
    if (!owner || p.name === '') continue;
    if (p.kind === 'go' || p.kind === 'alias') continue;
    byName.set(p.name, owner);
    dirOf.set(p.name, p.dir);
    if (p.kind === 'cargo') {
      byName.set(p.name.replace(/-/g, '_'), owner);
      dirOf.set(p.name.replace(/-/g, '_'), p.dir);
    }
  }
  // A name two modules share says neither (two examples of one app name, listed or discovered, took each other's imports).
  const nameCount = new Map<string, number>();
  for (const m of input.modules) if (m.name) nameCount.set(m.name, (nameCount.get(m.name) ?? 0) + 1);
  for (const m of input.modules) {
    if (m.name && !byName.has(m.name) && nameCount.get(m.name) === 1) {
      byName.set(m.name, m.id);
      byName.set(m.name.replace(/-/g, '_'), m.id); // Rust crate names use _ in code
      if (m.manifest?.endsWith('Cargo.toml')) dirOf.set(m.name.replace(/-/g, '_'), m.path);
      const last = m.name.split('/').pop();
      if (last && !byName.has(last)) byName.set(last, m.id); // Swift targets, Go module tails
    }
  }
  // Include resolution by path suffix: "foo/bar.h" matches any file ending in "/foo/bar.h".
  const byBase = new Map<string, string[]>();
  for (const f of fileSet) {
    const base = posix.basename(f);
    const list = byBase.get(base);
    if (list) list.push(f);
    else byBase.set(base, [f]);
  }
  // A folder with a package.json is loaded by its `main` (koa's tests `require('../..')`: lib/application.js).
  const mainOf = new Map((input.packageNames ?? []).filter((p) => p.kind === 'npm' && p.main !== undefined).map((p) => [p.dir, p.main as string]));
  const goModules = [
    ...(input.packageNames ?? []).filter((p) => p.kind === 'go').map((p) => ({ name: p.name, path: p.dir })),
    ...input.modules.filter((m) => m.manifest?.endsWith('go.mod') && m.name).map((m) => ({ name: m.name as string, path: m.path })),
  ].sort((a, b) => b.name.length - a.name.length);

  // The file itself, then with an extension, then (`withIndex`) the folder's index file; the root is '' or '.'.
  const findFile = (candidate: string, exts: readonly string[] = SOURCE_EXTS, withIndex = true): string | undefined => {
    const c = posix.normalize(candidate).replace(/\/+$/u, '');
    const root = c === '.' || c === '';
    if (!root) {
      if (fileSet.has(c)) return c;
      const stripped = c.replace(/\.(m|c)?jsx?$/, '');
      for (const ext of exts) if (fileSet.has(stripped + ext)) return stripped + ext;
      for (const ext of exts) if (fileSet.has(c + ext)) return c + ext;
    }
    if (withIndex) for (const idx of INDEX_FILES) if (fileSet.has(root ? idx : `${c}/${idx}`)) return root ? idx : `${c}/${idx}`;
    return undefined;
  };
  // A Go import names a package, which is every non-test .go file of one folder: the module holding most of them,
  // of a tie the one with the file named after the package (a module list of one module per file had left the
  // folder's own module, viper's docs and tests, as the target of `import "github.com/spf13/viper"`).
  let goFiles: Map<string, Map<ModuleId, string[]>> | undefined;
  const goPackageOwner = (dir: string, packageName: string): ModuleId | undefined => {
    if (goFiles === undefined) {
      goFiles = new Map();
      for (const f of fileSet) {
        if (!f.endsWith('.go') || f.endsWith('_test.go')) continue;
        const owner = input.moduleOf(f);
        if (owner === undefined) continue;
        const d = posix.dirname(f) === '.' ? '' : posix.dirname(f);
        const inDir = goFiles.get(d) ?? goFiles.set(d, new Map()).get(d)!;
        const list = inDir.get(owner);
        if (list) list.push(posix.basename(f));
        else inDir.set(owner, [posix.basename(f)]);
      }
    }
    const owners = goFiles.get(dir);
    if (owners === undefined) return undefined;
    const named = `${packageName}.go`;
    const rank = ([id, files]: [ModuleId, string[]]) => [files.length, files.includes(named) ? 1 : 0, id] as const;
    return [...owners].map(rank).sort((a, b) => b[0] - a[0] || b[1] - a[1] || (a[2] < b[2] ? -1 : 1))[0]?.[2];
  };
  // Folders holding an indexed file: an import of a folder (`./components`) is its module's; of nothing, nobody's.
  let folders: Set<string> | undefined;
  const isFolder = (p: string): boolean => {
    if (folders === undefined) {
      folders = new Set();
      for (const f of fileSet) for (let d = f.lastIndexOf('/'); d > 0; d = f.lastIndexOf('/', d - 1)) {
        const dir = f.slice(0, d);
        if (folders.has(dir)) break;
        folders.add(dir);
      }
    }
    return folders.has(posix.normalize(p));
  };
  // A `main` the build writes (`dist/index.js`, dayjs's `dayjs.min.js`) is not in the tree: its source is, the same path
  // under `src/`, or `src/index` (dayjs's locales and types `import dayjs from 'dayjs'` had all gone to the root module).
  const builtFrom = (p: string, main: string): string | undefined =>
    findFile(posix.join(p, 'src', main.replace(/^(?:\.\/)?(?:dist|lib|build|out|esm|cjs)\//u, '').replace(/(?:\.min)?\.[cm]?js$/u, '')), JS_FIRST_EXTS, false) ??
    findFile(posix.join(p, 'src', 'index'), JS_FIRST_EXTS, false);
  const moduleOfPath = (p: string, fromFile?: string): ModuleId | undefined => {
    if (p.startsWith('..') || p.startsWith('/')) return undefined;
    const exts = fromFile !== undefined && isJavaScript(fromFile) ? JS_FIRST_EXTS : SOURCE_EXTS;
    // Node's order: the file (`./pkg` is pkg.js; `./pkg/` is the folder), then a folder's package.json `main`, then
    // its index file.
    const own = p.endsWith('/') ? undefined : findFile(p, exts, false);
    if (own !== undefined) return input.moduleOf(own);
    const dir = posix.normalize(p).replace(/\/+$/u, '');
    const main = mainOf.get(dir === '.' ? '' : dir);
    const mainFile = main !== undefined ? findFile(posix.join(p, main), JS_FIRST_EXTS) ?? builtFrom(p, main) : undefined;
    if (mainFile !== undefined) return input.moduleOf(mainFile);
    const file = findFile(p, exts);
    // (a missing file is no edge: vite's templates import `/vite.svg` from their public/ folder, and create-vite
    // "depended on" the root 14 times)
    return file !== undefined ? input.moduleOf(file) : isFolder(p) ? input.moduleOf(`${p}/_`) : undefined;
  };

  const resolvePython = (fromFile: string, spec: string): ModuleId | undefined => {
    const dots = /^\.+/.exec(spec)?.[0].length ?? 0;
    const rest = spec.slice(dots).replace(/\./g, '/');
    if (dots > 0) {
      let dir = posix.dirname(fromFile);
      for (let i = 1; i < dots; i++) dir = posix.dirname(dir);
      return moduleOfPath(rest ? posix.join(dir, rest) : dir);
    }
    // A package beats a module of its name beside it, as Python's finder has it (calibre-web's `from cps import config`,
    // a name of cps/__init__.py, had gone to the launcher cps.py beside the package).
    for (const prefix of ['', 'src/', 'lib/']) {
      const file = fileSet.has(`${prefix}${rest}/__init__.py`) ? `${prefix}${rest}/__init__.py` : findFile(prefix + rest);
      if (file) return input.moduleOf(file);
    }
    // Beyond the repository's own roots, a standard-library name is the standard library.
    if (PYTHON_STDLIB.has(rest.split('/')[0] ?? '')) return undefined;
    // Source roots vary (py/, python/, packages/x/src/): match the dotted path as a path suffix.
    // A script's own directory comes first on sys.path, so of several matches the nearest wins.
    // A match inside a package is that package's submodule, not the top-level name: `import json` is
    // the standard library, not django/core/serializers/json.py (unless the importer sits beside it).
    const fromDir = posix.dirname(fromFile);
    const atSourceRoot = (file: string, tail: string): boolean => {
      const root = file.slice(0, file.length - tail.length - 1);
      return root === fromDir || !fileSet.has(`${root}/__init__.py`);
    };
    // (code never imports a test's file so: poetry's `import build`, the pypa package, had found a fixture project's
    // tests/fixtures/extended_project/build.py and drawn edges from src/ into tests/)
    // Nor is an example's package anything but that example's own: celery's `from pydantic import BaseModel` had found
    // examples/pydantic/ and made the app depend on the examples.
    const anyFile = isTestFile(fromFile);
    // (judged by the folder the import starts from: a library's own `mylib/examples/` subpackage is reachable)
    const reachable = (f: string, tail: string): boolean => {
      const root = f.slice(0, f.length - tail.length - 1);
      return !EXAMPLE_FOLDER.test(root) || fromFile.startsWith(`${root}/`);
    };
    const hits = [`${rest}.py`, `${rest}/__init__.py`].map((tail) =>
      nearestInclude(fromFile, (byBase.get(posix.basename(tail)) ?? []).filter((f) => f.endsWith(`/${tail}`) && atSourceRoot(f, tail) && (anyFile || !isTestFile(f)) && reachable(f, tail)), input.moduleOf),
    );
    const [moduleFile, packageFile] = hits;
    const hit = moduleFile !== undefined && packageFile !== undefined && packageFile === `${moduleFile.slice(0, -3)}/__init__.py` ? packageFile : moduleFile ?? packageFile;
    return hit === undefined ? undefined : input.moduleOf(hit);
  };

  // Lua's `require('vim.lsp.util')` searches package.path: `?.lua`, then `?/init.lua`, under each root (a `lua/`,
  // `src/` or `lib/` folder, the project root); of several files that end so, the nearest to the requiring file.
  // A file that is itself the match names itself (lua/shop/init.lua's `require('shop')`): no edge. A one-word
  // name found only off the roots is another plugin (lualine's `require('oil')` is oil.nvim, not its own
  // `extensions/oil.lua`); a dotted one may be a project laid out without those roots.
  const resolveLua = (fromFile: string, spec: string): ModuleId | undefined => {
    const rest = spec.replace(/\./g, '/');
    const matches: string[] = [];
    for (const tail of [`${rest}.lua`, `${rest}/init.lua`]) {
      const rooted: string[] = [];
      for (const f of byBase.get(posix.basename(tail)) ?? []) {
        if (f !== tail && !f.endsWith(`/${tail}`)) continue;
        // On a root (or the repository's): neovim's plugin/shop.lua is no answer to require('shop').
        if (/(^|\/)(lua|src|lib)\/$|^$/u.test(f.slice(0, f.length - tail.length))) rooted.push(f);
        else if (f !== fromFile) matches.push(f);
      }
      if (rooted.includes(fromFile)) return undefined;
      const hit = nearestInclude(fromFile, rooted, input.moduleOf);
      if (hit) return input.moduleOf(hit);
    }
    const hit = rest.includes('/') ? nearestInclude(fromFile, matches, input.moduleOf) : undefined;
    return hit ? input.moduleOf(hit) : undefined;
  };

  // Ruby's `require 'a/b'` searches the load path: each gem's lib/, a Rails app's app/* folders, test/
  // and spec/ helpers, the root. A one-word require (`require 'json'`) found anywhere else is the standard
  // library or a gem, not `lib/x/json.rb`; a longer path found outside a load path is still taken.
  const LOAD_PATH = /(^|\/)(lib|app\/[^/]+|test|spec)$/;
  let rubyConstantFile: ReturnType<typeof createRubyConstantFiles> | undefined;
  const resolveRubyFile = (fromFile: string, spec: string): ModuleId | undefined => {
    const matches = (byBase.get(posix.basename(spec)) ?? []).filter((f) => f === spec || f.endsWith(`/${spec}`));
    const onLoadPath = matches.filter((f) => f === spec || LOAD_PATH.test(f.slice(0, f.length - spec.length - 1)));
    const pick = nearestInclude(fromFile, onLoadPath.length > 0 || !spec.includes('/') ? onLoadPath : matches, input.moduleOf);
    return pick ? input.moduleOf(pick) : undefined;
  };

  // C/C++ includes (and PHP's, and a Vue template's components) by path: beside the file, else by path suffix,
  // a match in the importer's own module first, then the nearest.
  const resolveInclude = (fromFile: string, spec: string, system = false): ModuleId | undefined => {
    if (system && (STANDARD_HEADERS.has(spec) || STANDARD_HEADER_DIR.test(spec))) return undefined;
    // `<x.h>` searches the include path only, never the including file's folder.
    const local = system ? undefined : findFile(posix.join(posix.dirname(fromFile), spec));
    if (local) return input.moduleOf(local);
    const candidates = byBase.get(posix.basename(spec)) ?? [];
    const suffix = `/${spec}`;
    // A test's stand-in for a header (test/includes/pre/fcntl.h) is not what code outside the tests includes, nor is a
    // fixture named like a file the code writes at run time (Composer's `include 'autoload_psr4.php'` had made src
    // depend on tests through tests/…/Fixtures/autoload_psr4.php). A path relative to the file still finds one, above.
    const anyFile = isTestFile(fromFile);
    let matches = candidates.filter((f) => (f === spec || f.endsWith(suffix)) && (anyFile || !isTestFile(f)));
    // A framework's header (`<ExpoModulesCore/EXJavaScriptObject.h>`): the framework is built from the
    // repository's own folders, which are not named after it, so the header is found by its name (expo's
    // iOS code made no edge at all: 275 of its 282 includes have this form). Apple's SDK is not searched.
    if (matches.length === 0 && system && FRAMEWORK_HEADER.test(spec) && !APPLE_SDK.has(spec.slice(0, spec.indexOf('/')))) {
      matches = candidates.filter((f) => anyFile || !isTestFile(f));
    }
    // Perl's `use Config` loads Config.pm from a library folder (`lib/`, `t/lib/`) or the root, never a deeper file of
    // that name: Mojolicious's `use Config` (Perl's own) had found lib/Mojolicious/Plugin/Config.pm.
    // (a name of two parts or more, `Git::LoadCPAN`, is found below any library root: git's perl/Git/LoadCPAN.pm)
    if (spec.endsWith('.pm') && !spec.includes('/')) matches = matches.filter((f) => PERL_LIBRARY_ROOT.test(f.slice(0, f.length - spec.length)));
    if (matches.length === 0) return undefined;
    const own = input.moduleOf(fromFile);
    const pick = matches.find((f) => input.moduleOf(f) === own) ?? nearestInclude(fromFile, matches, input.moduleOf);
    return pick ? input.moduleOf(pick) : undefined;
  };

  // tsconfig `paths`: the nearest tsconfig's aliases apply (a package's own before the root's), the
  // longest matching prefix first, as TypeScript picks.
  const aliases = (input.packageNames ?? [])
    .filter((p) => p.kind === 'alias' && p.targets !== undefined)
    .map((p) => ({ scope: p.dir, pattern: p.name, targets: p.targets ?? [], prefix: p.name.split('*')[0] ?? '' }))
    .sort((a, b) => b.scope.length - a.scope.length || b.prefix.length - a.prefix.length);
  const resolveAlias = (fromFile: string, spec: string): ModuleId | undefined => {
    let scope: string | undefined;
    for (const a of aliases) {
      if (a.scope !== '' && !fromFile.startsWith(`${a.scope}/`)) continue;
      if (scope !== undefined && a.scope !== scope) break; // only the nearest tsconfig's paths
      const star = a.pattern.indexOf('*');
      const suffix = star < 0 ? '' : a.pattern.slice(star + 1);
      const matches = star < 0 ? spec === a.pattern : spec.startsWith(a.prefix) && spec.endsWith(suffix) && spec.length >= a.prefix.length + suffix.length;
      if (!matches) {
        scope ??= a.scope;
        continue;
      }
      const middle = star < 0 ? '' : spec.slice(a.prefix.length, spec.length - suffix.length);
      for (const target of a.targets) {
        const path = target.replace('*', middle);
        if (findFile(path) !== undefined) return moduleOfPath(path);
      }
      return undefined;
    }
    return undefined;
  };

  // `@/components/X.vue`, `~/utils`: the alias Vue CLI, Vite and Nuxt projects set up for their source
  // folder, the `src/` above the importing file (the project's own, in a monorepo), else the root.
  const resolveSourceAlias = (fromFile: string, rest: string): ModuleId | undefined => {
    const src = /^(?:(.*?)\/)?src\//.exec(fromFile);
    const bases = src ? [src[1] ? `${src[1]}/src` : 'src'] : [];
    for (const base of [...bases, 'src', '']) {
      const file = findFile(base ? `${base}/${rest}` : rest);
      if (file) return input.moduleOf(file);
    }
    return undefined;
  };

  // `crate::` starts at the crate's src/ (a file at `src/x.rs` or `<crate>/src/x.rs`); a binary's at its own root:
  // `src/bin/bat/main.rs` is a crate of its own, and bat's `crate::config` there is src/bin/bat/config.rs, not the
  // library's src/config.rs; `src/bin/x.rs`'s modules sit beside it in src/bin.
  const crateSrc = (fromFile: string): string => {
    const bin = /^(?:(.*)\/)?src\/bin\/([^/]+)(\/)?/u.exec(fromFile);
    if (bin) return `${bin[1] ? `${bin[1]}/` : ''}src/bin${bin[3] ? `/${bin[2]}` : ''}`;
    return fromFile.startsWith('src/') ? 'src' : fromFile.includes('/src/') ? fromFile.slice(0, fromFile.lastIndexOf('/src/') + 4) : posix.dirname(fromFile);
  };
  // Where a file's child modules live: beside a crate root or `mod.rs`, else in the folder named like the file.
  const childModules = (fromFile: string): string => {
    const dir = posix.dirname(fromFile);
    const crateRoot = crateSrc(fromFile);
    return /(?:^|\/)(?:lib|main|mod)\.rs$/u.test(fromFile) || (dir === crateRoot && /\/bin$/u.test(crateRoot)) ? dir : fromFile.replace(/\.rs$/u, '');
  };
  const resolveRust = (fromFile: string, spec: string): ModuleId | undefined => {
    const parts = spec.split('::');
    const head = parts[0] ?? '';
    // The longest prefix of the path that is a file (`fs.rs`, `fs/mod.rs`) under `base`; else `fallback`.
    // An unresolved path must not fall through to the module owning everything (the root).
    const under = (base: string, fallback: ModuleId | undefined): ModuleId | undefined => {
      for (let n = parts.length - 1; n >= 1; n--) {
        const file = findFile(posix.join(base, ...parts.slice(1, n + 1)));
        if (file !== undefined) return input.moduleOf(file) ?? fallback;
      }
      return fallback;
    };
    if (head === 'crate') return under(crateSrc(fromFile), input.moduleOf(fromFile));
    if (head === 'self' || head === 'super') return under(posix.dirname(fromFile), input.moduleOf(fromFile));
    // `use tokio::fs::File` from tests/ or another crate: into the crate's src/, not to the module that
    // holds its Cargo.toml (in a single-crate repository, the root with build.rs and the README).
    // A child module in scope (`mod assets;` in main.rs, then `use assets::clear_assets`) before another crate of that
    // name (Rust rejects a path that could be both): mdBook's driver declares `mod mdbook;` and `pub use mdbook::MDBook`,
    // which had named the workspace's root crate `mdbook`.
    const child = (): ModuleId | undefined => {
      for (let n = parts.length; n >= 1; n--) {
        const file = findFile(posix.join(childModules(fromFile), ...parts.slice(0, n)));
        if (file !== undefined && file !== fromFile) return input.moduleOf(file);
      }
      return undefined;
    };
    const crate = byName.get(head);
    if (crate === undefined) return child();
    if (findFile(posix.join(childModules(fromFile), head)) !== undefined) return child();
    const dir = dirOf.get(head);
    if (dir === undefined) return crate;
    // A name the crate re-exports at its root (`bat::PrettyPrinter`) is its lib.rs's, not its Cargo.toml folder's.
    const lib = findFile(posix.join(dir, 'src', 'lib.rs'));
    return under(posix.join(dir, 'src'), lib !== undefined ? input.moduleOf(lib) ?? crate : crate);
  };

  // (a module's folder, by its id)
  const modulePaths = new Map(input.modules.map((m) => [m.id as string, m.path]));
  const pathOf = (id: ModuleId): string => modulePaths.get(id) ?? '';

  // A class is found by its file before its namespace: Java, Kotlin, C# and PHP (PSR-4) name a file after
  // the class it declares, and a namespace may span modules (Laravel's Illuminate\Support lives in
  // Support/, Collections/ and Macroable/; the namespace alone sent every `use` to the biggest).
  const resolveQualified = (fromFile: string, spec: string, minParts = 2): ModuleId | undefined => {
    const parts = spec.replace(/\.\*$/, '').split('.');
    // Never down to a one-segment package unless that is all the import names: JOSM's test helper declares
    // `package org;`, and every org.w3c.dom, org.xml.sax … import went to the tests (37 modules "used" them).
    const test = isTestFile(fromFile);
    // A Java or Kotlin import names a class, or a function or constant, of one package: it falls back to that package
    // and no further. Up the tree it found whichever module held most of a parent package: an Android library's
    // generated `ui.preferences.R` and `BuildConfig` (no source file) had made AntennaPod's `ui/preferences` depend on
    // `app` (20 imports), and mihon's `core/common` on `app` too.
    const lowest = JVM_SOURCE.test(fromFile) ? Math.max(minParts, parts.length - 1) : minParts;
    for (let n = parts.length; n >= Math.min(lowest, parts.length); n--) {
      const key = familyKey(fromFile, parts.slice(0, n).join('.'));
      const owner = n >= 2 ? (input.classes?.get(key) ?? (test ? input.testClasses?.get(key) : undefined)) : undefined;
      if (owner !== undefined) return owner;
      const owners = input.packages.get(key) ?? (test ? input.testPackages?.get(key) : undefined);
      // A namespace the importer's own module declares too is its own first (RestSharp's core declares
      // RestSharp.Serializers.Xml in its Serializers/Xml folder, and its `using` had made it depend on the add-on).
      const own = owners && owners.size > 1 ? input.moduleOf(fromFile) : undefined;
      if (own !== undefined && owners?.has(own)) return own;
      if (owners && owners.size) return [...owners.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    }
    return byName.get(spec);
  };

  // A Scala import as the full names it may be, most likely first, the name as written the shortest
  // (scalaImportScope.ts: `scala.collection.mutable.Builder|mutable.Builder|scala.mutable.Builder`). A
  // longer one counts only where the repository has its first written name under the added prefix (a
  // package or class scala.collection.mutable): else `import java.util.List` in package scala.collection
  // would find scala.collection itself, `scala.collection.java` falling back to its package.
  const resolveScala = (fromFile: string, spec: string): ModuleId | undefined => {
    const names = spec.split('|');
    const written = Math.min(...names.map((name) => name.split('.').length));
    for (const name of names) {
      const added = name.split('.').length - written;
      const found = resolveQualified(fromFile, name, added === 0 ? 2 : added + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };

  // Erlang's `-include_lib("app/include/x.hrl")` from the application's root (erlangAppRoots.ts), built on the first one.
  let erlangApps: Map<string, string> | undefined;
  const resolveErlangLib = (spec: string): ModuleId | undefined => {
    const slash = spec.indexOf('/');
    const root = slash > 0 ? (erlangApps ??= erlangAppRoots(fileSet)).get(spec.slice(0, slash)) : undefined;
    const file = root === undefined ? undefined : posix.join(root, spec.slice(slash + 1));
    return file !== undefined && fileSet.has(file) ? input.moduleOf(file) : undefined;
  };

  // Elixir module names resolve by the names files declare (createElixirResolver.ts); built on the first one.
  let resolveElixir: ((fromFile: string, name: string) => ModuleId | undefined) | undefined;
  // OCaml module names by file or library, and dune's `(libraries …)` (createOcamlResolver.ts); built on the first one.
  let ocaml: OcamlResolver | undefined;
  // R names by the files that declare them (createRResolver.ts); built on the first one.
  let resolveR: ((fromFile: string, name: string) => ModuleId | undefined) | undefined;
  const ocamlResolver = (): OcamlResolver =>
    (ocaml ??= createOcamlResolver({ files: fileSet, modules: input.modules, moduleOf: input.moduleOf, packages: input.packages }));

  return (fromFile, fact) => {
    switch (fact.kind) {
      // Cython's .pyx/.pxd/.pxi (and their .tp templates) import and cimport by Python's rules.
      case 'path':
        if (/\.(?:py|pyx|pxd|pxi)(?:\.tp)?$/.test(fromFile) && !fact.spec.includes('/')) return resolvePython(fromFile, fact.spec);
        return moduleOfPath(fact.spec.startsWith('/') ? fact.spec.slice(1) : posix.join(posix.dirname(fromFile), fact.spec), fromFile);
      case 'package': {
        if (isDuneFile(fromFile)) return ocamlResolver().library(fact.spec);
        if (/\.(?:py|pyx|pxd|pxi)(?:\.tp)?$/.test(fromFile)) {
          for (const spec of fact.spec.split('|')) {
            const found = resolvePython(fromFile, spec);
            if (found !== undefined) return found;
          }
          return undefined;
        }
        if (/\.rs$/.test(fromFile)) return resolveRust(fromFile, fact.spec);
        if (/\.lua$/.test(fromFile)) return resolveLua(fromFile, fact.spec);
        const aliased = aliases.length > 0 ? resolveAlias(fromFile, fact.spec) : undefined;
        if (aliased !== undefined) return aliased;
        if (/^[@~]\//.test(fact.spec)) return resolveSourceAlias(fromFile, fact.spec.slice(2));
        const parts = fact.spec.split('/');
        const pkg = fact.spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
        const target = byName.get(pkg);
        if (!target) return undefined;
        const sub = parts.slice(fact.spec.startsWith('@') ? 2 : 1).join('/');
        const base = dirOf.get(pkg) ?? input.modules.find((m) => m.id === target)?.path;
        // Dart's `package:shop/x.dart` is the package's lib/x.dart.
        if (/\.dart$/.test(fromFile)) return (sub && base !== undefined ? moduleOfPath(posix.join(base, 'lib', sub)) : undefined) ?? target;
        if (!sub) return (base !== undefined && mainOf.has(base) ? moduleOfPath(base) : undefined) ?? target;
        return (base !== undefined ? moduleOfPath(posix.join(base, sub)) ?? moduleOfPath(posix.join(base, 'src', sub)) : undefined) ?? target;
      }
      case 'include': {
        if (fact.system === true && /\.(erl|hrl|escript)$/u.test(fromFile)) {
          const lib = resolveErlangLib(fact.spec);
          if (lib !== undefined) return lib;
        }
        // Candidate files, first found wins: a Vue template's `<BaseButton>` (`BaseButton.vue|base/Button.vue`).
        for (const spec of fact.spec.split('|')) {
          const found = spec.endsWith('.rb') ? resolveRubyFile(fromFile, spec) : resolveInclude(fromFile, spec, fact.system === true);
          if (found !== undefined) return found;
        }
        return undefined;
      }
      case 'constant': {
        // A Ruby constant: where its name underscores to on a load path, innermost namespace first; failing that,
        // where an inflection or a collapsed folder puts it (rubyConstantFiles.ts). Never for a `require`.
        const specs = fact.spec.split('|');
        for (const spec of specs) {
          const found = resolveRubyFile(fromFile, spec);
          if (found !== undefined) return found;
        }
        rubyConstantFile ??= createRubyConstantFiles(fileSet, (from, matches) => nearestInclude(from, matches, input.moduleOf));
        const file = rubyConstantFile(fromFile, specs);
        return file === undefined ? undefined : input.moduleOf(file);
      }
      case 'qualified':
        if (/\.(ml|mli)$/u.test(fromFile)) return ocamlResolver().module(fromFile, fact.spec);
        if (/\.exs?$/u.test(fromFile)) {
          resolveElixir ??= createElixirResolver({ files: fileSet, modules: input.modules, moduleOf: input.moduleOf, packages: input.packages, testPackages: input.testPackages });
          return resolveElixir(fromFile, fact.spec);
        }
        // R names resolve by the top-level names files declare (createRResolver.ts).
        if (/\.[rR]$/u.test(fromFile)) {
          resolveR ??= createRResolver({ modules: input.modules, moduleOf: input.moduleOf, packages: input.packages, testPackages: input.testPackages });
          return resolveR(fromFile, fact.spec);
        }
        // (a C# `using` inside a namespace is written so too: `FluentValidation.Validators|Validators`)
        if (/\.(scala|sc|cs)$/u.test(fromFile) && fact.spec.includes('|')) return resolveScala(fromFile, fact.spec);
        return resolveQualified(fromFile, fact.spec);
      case 'type': {
        // (a type only an example declares is no type of code outside the examples: TCA's generic `State` and `Action`
        // had made the library depend on its case studies' nested types)
        const classOwner = (name: string): ModuleId | undefined => {
          const key = familyKey(fromFile, name);
          const owner = input.classes?.get(key) ?? (isTestFile(fromFile) ? input.testClasses?.get(key) : undefined);
          return owner !== undefined && !EXAMPLE_FOLDER.test(fromFile) && EXAMPLE_FOLDER.test(pathOf(owner)) ? undefined : owner;
        };
        const candidates = fact.spec.split('|');
        for (const name of candidates) {
          const owner = classOwner(name);
          if (owner !== undefined) return owner;
        }
        // Not in an enclosing namespace: in one a `global using` above the file opens (innermost folder first).
        if (input.globalUsings !== undefined && input.globalUsings.size > 0) {
          const first = candidates[0] ?? '';
          const type = first.slice(first.lastIndexOf('.') + 1);
          for (let dir = posix.dirname(fromFile); ; dir = posix.dirname(dir)) {
            for (const namespace of input.globalUsings.get(dir === '.' ? '' : dir) ?? []) {
              const owner = classOwner(`${namespace}.${type}`);
              if (owner !== undefined) return owner;
            }
            if (dir === '.' || dir === '/' || dir === '') break;
          }
        }
        return undefined;
      }
      case 'go': {
        for (const m of goModules) {
          const name = m.name as string;
          if (fact.spec === name || fact.spec.startsWith(`${name}/`)) {
            const dir = posix.join(m.path, fact.spec.slice(name.length + 1));
            // the package is named by the path's last segment, but a module path's major version (`…/viper/v2`,
            // `gopkg.in/yaml.v3`) is no part of it; a package folder named `v1` (`k8s.io/api/core/v1`) is
            const segments = fact.spec.split('/');
            const last = fact.spec === name && /^v\d+$/u.test(segments.at(-1) ?? '') ? segments.at(-2) : segments.at(-1);
            return goPackageOwner(dir === '.' ? '' : dir, (last ?? '').replace(/\.v\d+$/u, '')) ?? moduleOfPath(dir) ?? input.moduleOf(m.path ? `${m.path}/_` : '_');
          }
        }
        return undefined;
      }
    }
  };
}
