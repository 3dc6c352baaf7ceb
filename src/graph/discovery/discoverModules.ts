import { resolve } from 'node:path';
import createIgnore from 'ignore';
import { stampsHold, takeStamp, type Stamp } from '../fsStamps.ts';
import type { DiscoverySource, ModuleDef } from '../types.ts';
import type { DiscoveryContext, ModuleCandidate } from './DiscoveryContext.ts';
import { configModuleCandidates } from './configModuleCandidates.ts';
import { createDiscoveryContext } from './createDiscoveryContext.ts';
import { directoryModuleCandidates, expandLoneModule, isAuxiliaryDirectory } from './directoryModuleCandidates.ts';
import { readPackageManifest } from './manifests/readPackageManifest.ts';
import { jsonManifestIn } from './manifests/packagesBelowRoot.ts';
import { readGemspec } from './manifests/gemspecDiscoverer.ts';
import { leinProjectIn } from './manifests/leinProjectIn.ts';
import { pubspecIn } from './manifests/pubDiscoverer.ts';
import { gradleDescription } from './manifests/gradleDiscoverer.ts';
import { isScaffoldDescription } from './isScaffoldDescription.ts';
import { joinPath } from './joinPath.ts';
import { holdsFiles, someFileBelow } from './someFileBelow.ts';
import { isBuildScript, isSourceFile } from './isSourceFile.ts';
import { isTestFile } from '../isTestFile.ts';
import { readToml, tomlString } from './readToml.ts';
import { findUnownedSourceFile, findUnownedSourceFiles } from './findUnownedSourceFile.ts';
import { compareIds, toModuleDefs } from './toModuleDefs.ts';
import { loadModuleList } from './loadModuleList.ts';
import { manifestDiscoverers } from './manifestDiscoverers.ts';
import { expandDirectoryGlobs } from './expandDirectoryGlobs.ts';
import { ConfigError } from '../../errors.ts';

/**
 * Part of the key a previous result is reused under: bump it when the rules change, or an index made
 * by an older modroute keeps its old modules while every manifest's stamp holds (2: cmake `${var}`
 * children, nested Gradle/Swift/Xcode builds, vendored names skipped; 3: `venv`-like directories
 * skipped only when they are virtual environments; 4–5: gap-fill of top-level directories; 6: `_examples`,
 * `testdata` auxiliary; 7: a lone Python package split by subpackages; 8–9: the descent past supporting
 * siblings (Maven's src/main/java/…), and a lone declared module split the same way; 10: Ruby gems and
 * Composer packages, a Rails/Laravel app/ split by kind; 11: Dart/Flutter pubspec packages, .NET projects, Nx projects, Lerna packages, Mix apps, sbt projects;
 * 12: deps/, 3rdparty/, extern/ and folders named after a release, `scons-local-3.0.1`, skipped as vendored;
 * 13: compound supporting names (`runtime-tests`, `perf-measures`) and `types/`; 14: an entry file beside
 * its folder (`lib/acme.rb`) does not stop the descent, `sig/`, `exe/` supporting; 15: Perl's `t/`, `.pm` source;
 * 16: a folder whose own .gitattributes marks all of it generated or vendored, and build output kept in one
 * folder per flavour (`lib/commonjs`, `lib/module`) beside `src/`, skipped; 17: Gradle settings' own helper
 * functions, `projectDir` assignments, and folders with a build.gradle(.kts) the settings did not name; 18: Erlang
 * headers (`.hrl`) and ClojureScript files make a folder hold source: an OTP application's `include/`; 19: a Gradle
 * helper's arguments put in once; 20: R packages by DESCRIPTION, OCaml libraries and executables by dune files, Cython,
 * `.mll` and `.mly` files source; 21: dune's `_build/` and opam's `_opam/` skipped; 22: Python packages under lib/; 23: a
 * Python package holding four in five of the code packages' files is split beside helper packages; 24: so is a top-level
 * folder holding four in five of the source files; test data matched in any case (`Fixtures/`), and Composer's, gems' and
 * Dart's manifests inside a test tree are sample projects; 25: a Python pyproject.toml of a tool's settings only, or
 * inside a test tree, is no package; 26: unless a setup.py or a setup.cfg with `[metadata]` is beside it, or a build
 * backend's table; 27: the same, a setup.cfg of tools' settings no longer enough; 28: a `build/`, `out/` or `target/`
 * folder inside `src/` is code; 29: the repository's manifest describes its `src/` (or `lib/` …) where no root module
 * holds it, `vendor-bin/` tool pins are no modules; 30: the root pyproject.toml's description is its lone library's; 31: a Gradle project's
 * gradle.properties POM_DESCRIPTION describes it, a templated task description (`"… JDK $majorVersion"`) does not;
 * 32: a listed folder's own manifest (package.json, Cargo.toml, pubspec.yaml, composer.json) names and describes it
 * where the list does not, a generator's description ("A new Flutter project.") describes nothing; 33: "TODO: …" only,
 * not a todo app, and an empty POM_DESCRIPTION; 34: tests no listed module covers are no warning; 35: a package of a
 * kind no manifest read, in a top-level folder beside declared modules, is a module; 36: a top-level docs or examples
 * folder beside declared modules is a module; 37: a listed folder's Gradle build file describes it; 38: by its top-level
 * description only); 39: a gemspec string holding Ruby code (`"#{s.description}."`) is no text; 40: the root package's
 * own source folder (a root gem's lib/) stays the root's; 43: a root module found for its loose source files takes the
 * root manifest's description (fastify); 44: so does a listed source folder beside no root module (got's source/); 45: a
 * folder's few loose files beside the folder of the code are a module, the descent goes on (Composer's src/bootstrap.php);
 * 46: the module named like the package takes its description (black's src/black), a gemspec's and a pyproject.toml's too;
 * 47: packages among the examples, tests or tools name no layout (ecto's example app); 50: Julia packages by
 * Project.toml, and with no root module, a top-level folder of five files or more that no module holds is one (helix's runtime/);
 * 51: not when git-ignored, and no binary asset counted among the five; 52: binary assets by the index's one list
 * (isBinaryAsset.ts); 53: Haskell Cabal packages by their .cabal files; 54: Crystal, CoffeeScript, Elm and a dozen more
 * languages no extractor reads count as source files (kemal); 55: a Rails or Laravel app/ split by kind keeps its folders of
 * no source (app/views, app/assets) as modules (lobsters); 56: a top-level folder of code of its own that holds declared
 * modules is a module for its own files (navidrome's plugins/); 57: an app generator's README opening is no description;
 * 58: a root package keeping most of the code beside other packages is split where its main source folder branches (livebook);
 * 59: a top-level `guides/` or `man/` folder is documentation, a module beside the others (absinthe, ecto, httr2);
 * 60: a Cargo path dependency inside the workspace is a member (nushell's nu-path, nu-glob); 61: the main source folder
 * takes the repository's description only where it holds as much code as any other module (maybe's Rails lib/); 62: a Python
 * namespace package (two modules or more, no `__init__.py`) beside a package's subpackages is a module (Dispatch's ai/);
 * 63: a lone declared module beside a root package holding more of the code is not split (vaultwarden's `macros` crate);
 * 64: the folder holding four in five of the code is found without tests, examples and schema migrations (hexpm's `lib/`);
 * 65: nor beside more code that no manifest of its kind declares (Uptime Kuma's one C# installer helper among its
 * JavaScript had been split into `extra/exe-builder` and `extra/exe-builder/Properties`); 66: four times more (Photoview's
 * Go `api/` beside its React `ui/` is split again).
 */
export const DISCOVERY_RULES_VERSION = 66;

export interface DiscoverOptions {
  /** Explicit module list (JSON). Relative paths resolve against the working directory, like any fs path. */
  modulesFile?: string;
  /**
   * The validated config's `modules` globs (the modules, instead of discovery), `split` globs (folders that are modules
   * too, beside what discovery finds) and `ids` overrides (path → id).
   */
  config?: { modules?: string[] | undefined; split?: string[] | undefined; ids?: Record<string, string> | undefined };
  /** The previous run's result: returned as it is when found with the same options and every read it came from still holds. */
  previous?: DiscoveryResult | undefined;
}

export interface DiscoveryResult {
  /** Sorted by id, one per id and per path. */
  modules: ModuleDef[];
  source: DiscoverySource;
  warnings: string[];
  /** The options it was found with, and a stamp of everything discovery read: while these hold, so does the result. */
  key: string;
  reads: Stamp[];
}

/**
 * Finds the modules of the repository at `root`. The first of these that applies wins:
 * an explicit list (`modulesFile`), the config's `modules` globs, build manifests (all kinds merged),
 * then top-level source directories. See README.md in this folder for the rules.
 *
 * @throws UsageError when `modulesFile` does not exist; ConfigError when it, or the config, is invalid.
 */
export const discoverModules = async (root: string, options: DiscoverOptions = {}): Promise<DiscoveryResult> => {
  const key = JSON.stringify([DISCOVERY_RULES_VERSION, options.modulesFile === undefined ? null : resolve(options.modulesFile), options.config?.modules ?? null, options.config?.ids ?? null, options.config?.split ?? null]);
  // Discovery reads manifests and walks directories; a re-index after file edits only stats them.
  const { previous } = options;
  if (previous && previous.key === key && stampsHold(root, previous.reads)) return previous;
  const found = await discover(root, options);
  const seen = new Set<string>();
  const reads = found.reads.filter((s) => !seen.has(`${s[0]}\0${s[2] === null}`) && seen.add(`${s[0]}\0${s[2] === null}`));
  return { ...found, key, reads };
};

// The name is spelled here, not imported: domain code takes already-validated options and never imports config/.
const CONFIG_FILE = 'modroute.config.json';

const discover = async (root: string, options: DiscoverOptions): Promise<Omit<DiscoveryResult, 'key'>> => {
  const warnings: string[] = [];
  const reads: Stamp[] = [];
  const ctx = createDiscoveryContext(root, warnings, reads);

  if (options.modulesFile !== undefined) {
    reads.push(takeStamp(root, resolve(options.modulesFile), true));
    const list = await loadModuleList(options.modulesFile);
    warnings.push(...list.warnings);
    const ignored = (['modules', 'split'] as const).filter((key) => (options.config?.[key]?.length ?? 0) > 0);
    if (ignored.length > 0) {
      warnings.push(`${CONFIG_FILE}: ${ignored.map((k) => `"${k}"`).join(' and ')} ${ignored.length === 1 ? 'is' : 'are'} ignored: the module list ${options.modulesFile} names every module`);
    }
    // Missing paths are kept: the list is authoritative (a bench list may describe another checkout),
    // and dropping them would silently change the label space. The module just owns no files.
    // A path may also name one file (a flat folder of big files cut into one module per file: pandoc's
    // Writers/Docx.hs); that module owns the file.
    const exists = await Promise.all(list.modules.map(async (m) => (await ctx.isDirectory(m.path)) || (await ctx.isFile(m.path))));
    list.modules.forEach((m, i) => {
      if (!exists[i]) warnings.push(`${options.modulesFile}: module "${m.id}" has no directory or file "${m.path}" under ${root}; it will own no files`);
    });
    // Files outside every listed module are not indexed at all (the walk enters only module roots), so a
    // list that misses a source folder, at any depth, drops its code from every answer: say which, and how
    // much (JOSM by package: 514 files of src/com/, src/javax/ … were left out, and nothing said so).
    const paths = list.modules.map((m) => m.path);
    if (!paths.includes('')) {
      const { count, dirs } = await findUnownedSourceFiles(ctx, new Set(paths), isAuxiliaryDirectory);
      if (count > 0) {
        const named = dirs.slice(0, 5).map((d) => (d === '' ? 'the top level' : `${d}/`));
        const hint = dirs.includes('') ? ' (a module {"id": ".", "path": ""} takes whatever no other module does)' : '';
        warnings.push(`${options.modulesFile}: no listed module covers ${named.join(', ')}${dirs.length > 5 ? ` and ${dirs.length - 5} more` : ''}, which hold${dirs.length === 1 ? 's' : ''} ${count} source file${count === 1 ? '' : 's'}: they are not indexed${hint}`);
      }
    }
    // A listed folder's own manifest names and describes it where the list does not (bloc's packages by their
    // pubspec.yaml, clap's crates by their Cargo.toml: the cards had lost both), and a listed source folder beside
    // no root module takes the root's (got's listed source/ had lost "Human-friendly and powerful HTTP request library").
    const listed = list.modules.map((m) => ({ ...m }));
    await describeFromOwnManifest(ctx, listed);
    return { modules: listed.sort(compareIds), source: 'list', warnings, reads };
  }

  const ids = options.config?.ids ?? {};
  const globs = options.config?.modules;
  if (globs !== undefined && globs.length > 0) {
    // (`split` globs beside `modules` ones are more of the same)
    const candidates = await configModuleCandidates(ctx, [...globs, ...(options.config?.split ?? [])]);
    await describeFromOwnManifest(ctx, candidates);
    return { modules: toModuleDefs(candidates, ids, ctx.warn), source: 'config', warnings, reads };
  }

  let source: DiscoverySource | undefined;
  let most = 0;
  let candidates: ModuleCandidate[] = [];
  for (const discoverer of manifestDiscoverers) {
    const found: ModuleCandidate[] = [];
    for (const candidate of await discoverer.discover(ctx)) {
      if (candidate.path === '' || (await ctx.isDirectory(candidate.path))) found.push(candidate);
      else ctx.warn(`${candidate.manifest ?? discoverer.source}: declared module directory "${candidate.path}" does not exist; skipped`);
    }
    // The kind that found the most modules names the layout: a CMake tree with one nested Android
    // build is a CMake repository.
    // (a package among the examples, tests or tools says nothing of the layout: ecto's one example app had made Mix
    // the layout, the example split into five modules and the library left whole in the root)
    const count = found.filter((c) => c.path !== '' && !EXAMPLES_OR_TESTS.test(c.path.split('/')[0] ?? '')).length;
    if (count > most) [source, most] = [discoverer.source, count];
    candidates.push(...found);
  }
  // A manifest naming only the root (a lone go.mod, a single crate) says nothing about the layout inside.
  if (source === undefined) {
    source = 'directories';
    candidates = await directoryModuleCandidates(ctx);
  } else {
    // One declared module (a Gradle `:app`, a single Maven module) is the whole application: split it
    // where its code branches, as a lone src/ is; it keeps its files outside those folders and its name.
    // (Python splits a lone package by its subpackages already.)
    const declaredOnly = candidates.filter((c) => c.path !== '');
    const [lone] = declaredOnly;
    if (declaredOnly.length === 1 && lone !== undefined && source !== 'python' && !(await loneModuleIsHelper(ctx, candidates, lone.path))) {
      for (const path of await expandLoneModule(ctx, lone.path)) if (path !== lone.path) candidates.push({ path });
    }
    // Manifests of one language say nothing about the code of the others: Go modules under services/
    // left a TypeScript web/ and a Python ml/ in the root module. Top-level directories that hold source
    // and no manifest module fill those gaps; supporting folders (scripts/, tests/, docs/ …) and what a
    // workspace excluded (packages/legacy under packages/) stay with the root, as the manifests have them.
    const declared = candidates.map((c) => c.path).filter((p) => p !== '');
    // A package of another kind beside declared modules in a top-level folder (bloc's `extensions/vscode`, a
    // package.json in no workspace, beside the Gradle `extensions/intellij`) is a module too, not the root's. Of a kind
    // the manifests already read, it stays where they left it: a workspace leaves `packages/legacy` out on purpose.
    const readKinds = new Set(candidates.flatMap((c) => (c.manifest === undefined ? [] : [packageKind(c.manifest)])));
    // The root package's own source folder (a root gem's lib/, a root crate's src/) is the root's code, not a gap:
    // sinatra's lib/ had become an unnamed module beside a root named sinatra that held only its tests.
    const rootManifest = candidates.find((c) => c.path === '' && c.manifest !== undefined)?.manifest;
    const rootKind = rootManifest === undefined ? undefined : packageKind(rootManifest);
    for (const c of await directoryModuleCandidates(ctx, { expand: false })) {
      if (isAuxiliaryDirectory(c.path.split('/')[0] ?? '')) continue;
      if (!overlapsAny(c.path, declared)) {
        if (rootKind !== undefined && MAIN_SOURCE_FOLDERS.has(c.path) && (await holdsSourceOf(ctx, c.path, rootKind))) continue;
        candidates.push(c);
        continue;
      }
      if (declared.includes(c.path)) continue;
      // A folder of code of its own that also holds declared modules (navidrome's plugins/: 61 Go files beside the plugin
      // examples and code generator, each with its go.mod) is a module for those files: they had gone to the root.
      if (!(rootKind !== undefined && MAIN_SOURCE_FOLDERS.has(c.path)) && (await ownSourceFiles(ctx, c.path)) >= OWN_SOURCE_FILES) candidates.push(c);
      for (const sub of await directoryModuleCandidates(ctx, { within: c.path })) {
        if (overlapsAny(sub.path, declared) || isAuxiliaryDirectory(sub.path.slice(sub.path.lastIndexOf('/') + 1))) continue;
        const files = (await ctx.list(sub.path)).filter((e) => e.kind === 'file').map((e) => packageKind(e.name));
        if (files.some((kind) => kind !== undefined && !readKinds.has(kind))) candidates.push(sub);
      }
    }
    if (rootKind !== undefined) for (const path of await splitRootSource(ctx, rootKind, candidates)) candidates.push({ path });
  }
  // A documentation site or a folder of examples at the top, beside the modules found, is no part of the root
  // package (FastAPI's docs/ of 1,921 translated pages and docs_src/ of tutorial apps, TanStack Query's 328 docs
  // pages): as the root's, their words made the root the answer to 7 of FastAPI's 20 requests. As modules of their
  // own they rank as docs and examples (index/testModules.ts): after the code, unless a request is about them. Found
  // by folders, such a site of no code would be nobody's where no root module holds a source file: cowboy's doc/ of
  // 150 AsciiDoc pages was skipped, and its docs requests had no answer.
  for (const path of await supportFolders(ctx, candidates.map((c) => c.path).filter((p) => p !== ''))) candidates.push({ path });

  // A package in a hidden folder below the top (tRPC's workspace globs take in `examples/.test/*`) holds nothing the
  // walk reads (walkRepository.ts skips such folders): it would be listed as a module of no file.
  candidates = candidates.filter((c) => !c.path.split('/').slice(1).some((segment) => segment.startsWith('.')));

  // Folders the config splits off (`"split": ["modules/*"]`): modules too, the rest as discovered. A module of
  // hundreds of files says little, and `modules` globs would replace every other module (caddy's review).
  const split = options.config?.split;
  if (split !== undefined && split.length > 0) {
    const known = new Set(candidates.map((c) => c.path));
    const dirs = await expandDirectoryGlobs(ctx, split, `${CONFIG_FILE} split`);
    if (dirs.length === 0) throw new ConfigError(CONFIG_FILE, [`split: expected globs matching directories under ${root}, but ${JSON.stringify(split)} match none`]);
    for (const path of dirs) if (!known.has(path)) candidates.push({ path });
  }

  const paths = new Set(candidates.map((c) => c.path));
  if (!paths.has('')) {
    const unowned = await findUnownedSourceFile(ctx, paths);
    if (unowned !== undefined) candidates.push({ path: '' });
    // With no root module, a top-level folder of data no module holds would be indexed by nobody: helix's runtime/
    // (983 tree-sitter queries and themes beside a virtual Cargo workspace, touched by a fifth of its commits).
    else for (const path of await unheldFolders(ctx, [...paths])) candidates.push({ path });
  }
  await describeFromOwnManifest(ctx, candidates);
  if (candidates.length === 0) ctx.warn(`no modules found under ${root}: no manifest, and no directory holds source files`);
  return { modules: toModuleDefs(candidates, ids, ctx.warn), source, warnings, reads };
};

/**
 * A root package that keeps most of the code though other packages sit beside it is split where its main source folder
 * branches, as a lone declared module is: Livebook's mix.exs held 502 files (`lib/livebook/`, `lib/livebook_web/`) beside
 * ElixirKit's small packages and launchers, and its root answered 16 of its review's 20 requests. At least
 * ROOT_SPLIT.files of the source files no other module holds, tests and supporting folders aside, and ROOT_SPLIT.share of
 * all of them; a root that keeps less (sinatra's lib/ beside its contrib gems) stays whole.
 */
const ROOT_SPLIT = { files: 60, share: 0.5 };

const splitRootSource = async (ctx: DiscoveryContext, rootKind: string, candidates: readonly ModuleCandidate[]): Promise<string[]> => {
  const paths = candidates.map((c) => c.path).filter((p) => p !== '');
  let main: string | undefined;
  for (const folder of MAIN_SOURCE_FOLDERS) {
    if (!(await ctx.isDirectory(folder)) || overlapsAny(folder, paths) || !(await holdsSourceOf(ctx, folder, rootKind))) continue;
    main = folder;
    break;
  }
  if (main === undefined) return [];
  const kept = (await findUnownedSourceFiles(ctx, new Set(paths), isAuxiliaryDirectory)).count;
  if (kept < ROOT_SPLIT.files) return [];
  const all = (await findUnownedSourceFiles(ctx, new Set(), isAuxiliaryDirectory)).count;
  if (kept < ROOT_SPLIT.share * all) return [];
  const split = (await expandLoneModule(ctx, main)).filter((p) => p !== main);
  // (one folder found is no split: the root's own source folder as an unnamed module beside it, sinatra's lesson)
  return split.length >= 2 ? split : [];
};

/** How many times a lone declared module's source the rest must hold, with no root package, for it to be a helper. */
const HELPER_RATIO = 4;

/**
 * Whether the one module declared is a helper rather than the whole application a lone declared module is: a root
 * package beside it holds more of the source (tests, docs and tools aside) than it does (vaultwarden's `macros` crate of
 * one file, split into `macros` and `macros/src`), or, with no root package, the source no manifest of its kind declares
 * outnumbers it four to one (Uptime Kuma's C# installer helper, 14 files among 400 of JavaScript). A backend beside a
 * front end of its size is an application of its own and is split (Photoview's Go `api/` beside its React `ui/`).
 */
const loneModuleIsHelper = async (ctx: DiscoveryContext, candidates: readonly ModuleCandidate[], lone: string): Promise<boolean> => {
  const outside = (await findUnownedSourceFiles(ctx, new Set([lone]), isAuxiliaryDirectory)).count;
  const all = (await findUnownedSourceFiles(ctx, new Set(), isAuxiliaryDirectory)).count;
  const rootPackage = candidates.some((c) => c.path === '' && c.manifest !== undefined);
  return outside > (rootPackage ? 1 : HELPER_RATIO) * (all - outside);
};

/** Source files directly in a folder that make it a module beside the modules declared below it. */
const OWN_SOURCE_FILES = 3;

/** The source files directly in `dir` that are no tests, build scripts or shell scripts (koin's projects/ of release scripts). */
const ownSourceFiles = async (ctx: DiscoveryContext, dir: string): Promise<number> =>
  (await ctx.list(dir)).filter((e) => e.kind === 'file' && isSourceFile(e.name) && !isBuildScript(e.name) && !/\.(?:sh|bash|zsh|ksh|fish)$/u.test(e.name) && !isTestFile(joinPath(dir, e.name))).length;

/** Top-level folder names of documentation and examples (not tests or scripts: those serve the root's own build). */
// (`guides/`: Elixir projects' documentation, absinthe's 41 pages and ecto's 20 had been the root's; `man/`: manual pages,
// an R package's `.Rd` files)
const SUPPORT_FOLDERS = new Set(['doc', 'docs', 'documentation', 'website', 'docs_src', 'docs-src', 'guides', 'man', 'example', 'examples', 'sample', 'samples', 'demo', 'demos']);
/** Fewer files than this (a docs/ of one page) are left with the root: as a module they would only add a name. */
const SUPPORT_FOLDER_FILES = 5;

/** The top-level docs and examples folders that no declared module overlaps and that hold SUPPORT_FOLDER_FILES files or more. */
const supportFolders = async (ctx: DiscoveryContext, declared: readonly string[]): Promise<string[]> => {
  const candidates = (await ctx.list('')).filter((e) => e.kind === 'directory' && SUPPORT_FOLDERS.has(e.name.toLowerCase()) && !overlapsAny(e.name, declared));
  if (candidates.length === 0) return [];
  return foldersWithFiles(ctx, candidates.map((e) => e.name));
};

/**
 * Of the top-level folders `names`, those the root's .gitignore leaves in (a docs site built into a git-ignored
 * `docs/` holds nothing the index reads) that hold SUPPORT_FOLDER_FILES files or more (no binary asset counted: a folder
 * of screenshots says nothing a request could name it by).
 */
const foldersWithFiles = async (ctx: DiscoveryContext, names: readonly string[]): Promise<string[]> => {
  const gitignore = await ctx.readText('.gitignore');
  const ignored = gitignore === undefined ? undefined : createIgnore().add(gitignore);
  const out: string[] = [];
  for (const name of names) {
    if (ignored !== undefined && ignored.ignores(`${name}/`)) continue;
    if (await holdsFiles(ctx, name, SUPPORT_FOLDER_FILES)) out.push(name);
  }
  return out;
};

/** The top-level folders no module overlaps that hold SUPPORT_FOLDER_FILES files or more (the walk's: none hidden or skipped; none git-ignored). */
const unheldFolders = async (ctx: DiscoveryContext, held: readonly string[]): Promise<string[]> => {
  const walked = new Set(await ctx.walk());
  const tops = (await ctx.list('')).filter((top) => top.kind === 'directory' && walked.has(top.name) && !overlapsAny(top.name, held));
  return tops.length === 0 ? [] : foldersWithFiles(ctx, tops.map((top) => top.name));
};

/** Whether `dir` is one of `paths`, inside one, or holds one. */
const overlapsAny = (dir: string, paths: readonly string[]): boolean =>
  paths.some((p) => p === dir || p.startsWith(`${dir}/`) || dir.startsWith(`${p}/`));

/**
 * A module found by a glob or by its directory may still have a manifest of its own (a `web/` app
 * outside any workspace, a Rust tool crate outside the Cargo workspace): its name and description are
 * what the module says about itself, and the summary and the name field of search read them.
 */
const describeFromOwnManifest = async (ctx: DiscoveryContext, candidates: ModuleCandidate[]): Promise<void> => {
  for (const c of candidates) {
    if (c.manifest !== undefined || (c.name !== undefined && c.description !== undefined)) continue;
    // A root found for its loose source files (fastify's fastify.js beside lib/) is what the root manifest describes:
    // its card had read a README sentence from far down ("An efficient server implies a lower cost …"). Its name stays.
    if (c.path === '') {
      if (c.description !== undefined) continue;
      // (a pyproject.toml's or a gemspec's root describes itself later, from its manifest)
      const description = await rootDescription(ctx, false);
      if (description !== undefined && !isScaffoldDescription(description)) c.description = description;
      continue;
    }
    const own =
      (await readPackageManifest(ctx, c.path))?.candidate ??
      (await readCargoPackage(ctx, c.path)) ??
      (await pubspecIn(ctx, c.path)) ??
      (await jsonManifestIn(ctx, c.path, 'composer.json')) ??
      // (ring's sub-projects by their project.clj: ring-devel's card had no description)
      (await leinProjectIn(ctx, c.path));
    if (!own) {
      // a Gradle project says what it is in its build file (Mockito's listed `mockito-bom`, "Mockito Bill of Materials")
      const gradle = c.description === undefined ? await gradleDescription(ctx, c.path) : undefined;
      if (gradle !== undefined) c.description = gradle;
      continue;
    }
    if (c.name === undefined && own.name !== undefined) c.name = own.name;
    if (c.description === undefined && own.description !== undefined && !isScaffoldDescription(own.description)) c.description = own.description;
  }
  // Where no root module holds the repository's manifest, its description is its source folder's: guzzle's `src`
  // (its code, split into src/Handler …) had no description while composer.json says "Guzzle is a PHP HTTP client library".
  // The module named like the package is the package's code (black's src/black beside a root of CI files, the Vim
  // plugin and pyproject.toml; Composer's src/Composer beside src/bootstrap.php): it takes the package's description too.
  const root = candidates.find((c) => c.path === '');
  const packageName = root?.name ?? (await rootName(ctx));
  const stem = (name: string): string => name.slice(name.lastIndexOf('/') + 1).toLowerCase().replace(/[-_.]/gu, '');
  const namesake = packageName === undefined ? undefined : candidates.find((c) => c.path !== '' && c.description === undefined && stem(c.path) === stem(packageName));
  if (namesake !== undefined) {
    const description = root?.description ?? (await rootDescription(ctx));
    if (description !== undefined && !isScaffoldDescription(description)) {
      namesake.description = description;
      return;
    }
  }
  const source = candidates.find((c) => MAIN_SOURCE_FOLDERS.has(c.path));
  if (source !== undefined && source.description === undefined && root === undefined && (await holdsMostCode(ctx, source.path, candidates))) {
    const description = await rootDescription(ctx);
    if (description !== undefined) source.description = description;
  }
};

/**
 * Whether the folder at `path` holds as many source files as any other top-level module's folder: a Rails application's
 * `lib/` of rake tasks is no package's code (maybe's `lib` card had read the root package.json's "The OS for your personal
 * finances", beside `app/models` of 199 files).
 */
const holdsMostCode = async (ctx: DiscoveryContext, path: string, candidates: readonly ModuleCandidate[]): Promise<boolean> => {
  const counts = new Map<string, number>();
  for (const dir of await ctx.walk()) {
    const n = (await ctx.list(dir)).filter((e) => e.kind === 'file' && isSourceFile(e.name)).length;
    if (n > 0) counts.set(dir, n);
  }
  const below = (top: string): number => {
    let n = 0;
    for (const [dir, count] of counts) if (dir === top || dir.startsWith(`${top}/`)) n += count;
    return n;
  };
  const own = below(path);
  // (tests, docs, examples and tools aside: bat's tests/ holds a syntax test in every language)
  return candidates.every((c) => c.path === '' || c.path === path || c.path.startsWith(`${path}/`) || isAuxiliaryDirectory(c.path.split('/')[0] ?? '') || below(c.path) <= own);
};

/**
 * The root's package manifests that say something, in the order they are asked: package.json (a `{"private": true}`
 * for the docs' tooling beside composer.json says nothing), composer.json, Cargo.toml, then (`all`) pyproject.toml's
 * project table and a gemspec (puma's summary, "A Ruby/Rack web server built for parallelism.").
 */
const rootManifests = async (ctx: DiscoveryContext, all = true): Promise<{ name?: string | undefined; description?: string | undefined }[]> => {
  const out = [(await readPackageManifest(ctx, ''))?.candidate, (await readPackageManifest(ctx, '', 'composer.json'))?.candidate, await readCargoPackage(ctx, '')];
  if (all) {
    const toml = (await ctx.isFile('pyproject.toml')) ? readToml((await ctx.readText('pyproject.toml')) ?? '') : undefined;
    if (toml !== undefined) out.push({ name: tomlString(toml, 'project', 'name') ?? tomlString(toml, 'tool.poetry', 'name'), description: tomlString(toml, 'project', 'description') ?? tomlString(toml, 'tool.poetry', 'description') });
    out.push(await readGemspec(ctx, ''));
  }
  return out.filter((m) => m !== undefined);
};

/** The repository's own package name: the first root manifest's that has one. */
const rootName = async (ctx: DiscoveryContext): Promise<string | undefined> => (await rootManifests(ctx)).find((m) => m.name !== undefined)?.name;

/** The repository's own description: the first root manifest's that has one (`all`: pyproject.toml and gemspecs too). */
const rootDescription = async (ctx: DiscoveryContext, all = true): Promise<string | undefined> => (await rootManifests(ctx, all)).find((m) => m.description !== undefined)?.description;

/** The ecosystem a package manifest's name says (`package.json` → npm), undefined for any other file. */
const PACKAGE_KINDS: Readonly<Record<string, string>> = {
  'package.json': 'npm', 'Cargo.toml': 'cargo', 'pyproject.toml': 'python', 'setup.py': 'python', 'go.mod': 'go',
  'pubspec.yaml': 'pub', 'composer.json': 'composer', 'pom.xml': 'maven', 'mix.exs': 'mix', 'Package.swift': 'swift',
};
const packageKind = (path: string): string | undefined => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return PACKAGE_KINDS[name] ?? (name.endsWith('.gemspec') ? 'ruby' : undefined);
};

const MAIN_SOURCE_FOLDERS: ReadonlySet<string> = new Set(['src', 'lib', 'source', 'Sources']);

/** Top-level folders of examples, tests, benchmarks and docs (a tool's own package in `tools/` may be the code). */
const EXAMPLES_OR_TESTS = /^[_.]?(?:examples?|samples?|demos?|tests?|specs?|integration[-_]?tests?|e2e|bench(?:es|marks?)?|docs?|fixtures)$/iu;

/** The source files each package kind's code is written in. */
const KIND_SOURCES: Readonly<Record<string, RegExp>> = {
  ruby: /\.rb$/u, cargo: /\.rs$/u, npm: /\.(?:[cm]?[jt]sx?)$/u, python: /\.py$/u, go: /\.go$/u, pub: /\.dart$/u,
  composer: /\.php$/u, maven: /\.(?:java|kt|scala|groovy)$/u, mix: /\.exs?$/u, swift: /\.swift$/u,
};

/** Whether a folder (or one below it) holds a source file of the package kind. */
const holdsSourceOf = async (ctx: DiscoveryContext, dir: string, kind: string): Promise<boolean> => {
  const pattern = KIND_SOURCES[kind];
  return pattern !== undefined && someFileBelow(ctx, dir, (name) => pattern.test(name));
};

/** `[package]` name and description of `dir`/Cargo.toml, if it has one. */
const readCargoPackage = async (ctx: DiscoveryContext, dir: string): Promise<Pick<ModuleCandidate, 'name' | 'description'> | undefined> => {
  const text = await ctx.readText(joinPath(dir, 'Cargo.toml'));
  if (text === undefined) return undefined;
  const toml = readToml(text);
  const name = tomlString(toml, 'package', 'name');
  const description = tomlString(toml, 'package', 'description');
  return { ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}) };
};
