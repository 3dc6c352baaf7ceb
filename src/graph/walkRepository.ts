import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import createIgnore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { parentDir } from '../util/parentDir.ts';
import { joinPath } from './discovery/joinPath.ts';
import { entryFolderOf } from './discovery/createModuleResolver.ts';
import { isSourceFile } from './discovery/isSourceFile.ts';
import { isComposerInstallDir } from './composerInstallDirs.ts';
import { isRPackageBuildOutput } from './isRPackageBuildOutput.ts';
import { lstatOrMissing, stampsHold, takeStamp, type Stamp } from './fsStamps.ts';
import { trackedIgnoredFiles, type TrackedIgnored } from './trackedIgnoredFiles.ts';

/**
 * git matches ignore patterns by case unless the repository's `core.ignorecase` says otherwise (git sets it on a
 * case-insensitive file system: macOS's and Windows' defaults); the `ignore` package ignores case by default, and
 * caddy's `Caddyfile.*` had hidden its 14 `caddyfile.go` sources. Attribute patterns are matched by case.
 */
const ignore = (root?: string): Ignore => createIgnore({ ignorecase: root !== undefined && ignoresCase(root) });

const caseSettings = new Map<string, boolean>();
/** The repository's `core.ignorecase` (read once per root; a linked work tree's `.git` file means no). */
const ignoresCase = (root: string): boolean => {
  let known = caseSettings.get(root);
  if (known === undefined) {
    let text = '';
    try {
      text = readFileSync(join(root, '.git', 'config'), 'utf8');
    } catch {
      // not a git repository, or a work tree whose .git is a file
    }
    const core = /^\s*\[core\]([^[]*)/imu.exec(text)?.[1] ?? '';
    // git's booleans: true, yes, on, 1, or the name alone
    known = /^\s*ignorecase\s*(?:=\s*(?:true|yes|on|1)\s*)?$/imu.test(core);
    caseSettings.set(root, known);
  }
  return known;
};

/** Directories that hold vendored or generated code in most ecosystems; skipped and counted. */
export const VENDORED_DIRS = new Set([
  'node_modules', 'bower_components', 'jspm_packages', 'vendor', 'third_party', 'third-party', 'thirdparty',
  '3rdparty', '3rd_party', '3rd-party', '_vendor', 'vendored',
  // composer-bin-plugin's tool installs (a composer.json pinning php-cs-fixer, phpstan …: guzzle's three had been modules)
  'vendor-bin',
  'Pods', 'Carthage', '__pycache__', '.tox', '.mypy_cache', '.pytest_cache', '.gradle',
  '.idea', '.vscode', '.next', '.nuxt', '.svelte-kit', '.turbo', '.cache', 'coverage', '.modroute', '.git',
  // dune's build output and a project-local opam switch (both usually git-ignored, not in a tree without git).
  '.hg', '.svn', 'DerivedData', '_build', '_opam',
]);

/**
 * A directory named after a release of something (`scons-local-3.0.1`, `zlib-1.2.13`, `boost_1_82_0`) is a
 * copy of another project: a project's own code never carries its version in a folder name. mapnik
 * bundles SCons 3.0.1 (197 Python files) and AGG under `deps/`: they topped 10 of its 11 missed requests.
 */
const VERSIONED_COPY = /^[A-Za-z][A-Za-z0-9+.]*(?:[-_][A-Za-z][A-Za-z0-9+.]*)*[-_]v?\d+(?:[._]\d+)+(?:[-.]?[A-Za-z0-9]+)*$/u;
/**
 * Words that make such a name a phrase about a release, not a project's (starship's `docs/migrating-to-0.45.0`, its
 * only migration guide, had been skipped as a copy).
 */
// (it opens the name, or a preposition stands right before the version: `googletest-release-1.11.0` is a copy)
const RELEASE_PHRASE = /^(?:migrat\w*|upgrad\w*|release[-_]notes|whats[-_]new|changes|notes|breaking[-_]changes)[-_]|[-_](?:to|from|since|until|before|after)[-_]v?\d/iu;
/**
 * A language's version is a source folder of the project for that version (sbt's `src/main/scala-2.12`, a multi-release
 * JAR's `java-11`, a multi-targeted `net-4.5`): cats' nine `scala-2.12/` folders had been skipped as copies; a bare
 * version (scalafix's rule packages `v1_0_0`, `v2_2_0`) names no other project.
 */
// (a language with at most two parts of a version, nothing after: `lua-5.4.6`, `node-v18.17.0`, `v8-10.2` stay copies)
const LANGUAGE_VERSION = /^(?:v\d+(?:_\d+)*|(?:scala|java|jdk|jvm|kotlin|python|py|ruby|node|php|swift|lua|perl|go|dotnet|net|netstandard|netcoreapp|android|ios|api)[-_]?v?\d+(?:\.\d+)?)$/iu;
const isVersionedCopy = (name: string): boolean => VERSIONED_COPY.test(name) && !RELEASE_PHRASE.test(name) && !LANGUAGE_VERSION.test(name);

/**
 * Names that hold copies of other projects when they hold nothing but their folders (mapnik's `deps/agg`,
 * redis's `deps/jemalloc`, Node's `deps/v8`, Mix's `deps/`), and are the project's own package when they
 * hold its code (Hugo's `deps/deps.go`): one listing each, only for directories so named.
 */
const COPIES_IF_ONLY_FOLDERS: ReadonlySet<string> = new Set(['deps', 'extern', 'externals']);

/**
 * Names that hold a copy of another project when that project's licence is in them: spdlog's
 * `include/spdlog/fmt/bundled` (fmt, with `fmt.license.rst`: 45% of spdlog's symbols, which answered its
 * requests about formatting and time). A folder so named without a licence is the project's own.
 */
const COPIES_IF_LICENSED: ReadonlySet<string> = new Set(['bundled', 'external']);
const LICENCE_FILE = /^(?:licen[cs]e|copying|unlicense)(?:[-._].*)?$|[-._]licen[cs]e(?:\.\w+)?$/iu;

const holdsLicence = (dir: string): boolean => {
  try {
    return readdirSync(dir, { withFileTypes: true }).some((e) => e.isFile() && LICENCE_FILE.test(e.name) && !isSourceFile(e.name));
  } catch {
    return false;
  }
};

/**
 * A `libs/` folder below the top whose folders are mostly packages with their own licence: third-party code copied in
 * (audiobookshelf's `server/libs`: 33 of its 35 folders, archiver, busboy, lodash …, 62% of its server's files, whose
 * names had led its server card).
 */
const holdsLicensedPackages = (dir: string): boolean => {
  try {
    const folders = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
    return folders.length >= 3 && folders.filter((e) => holdsLicence(join(dir, e.name))).length * 2 > folders.length;
  } catch {
    return false;
  }
};

const holdsOnlyOtherProjects = (dir: string): boolean => {
  try {
    return !readdirSync(dir, { withFileTypes: true }).some((e) => e.isFile() && isSourceFile(e.name) && !e.name.endsWith('.sh'));
  } catch {
    return false;
  }
};

/**
 * Build output committed beside its sources: `dist/`, `lib/`, `build/` … whose entries are mostly the
 * names of a sibling `src/`'s (phpMyAdmin's `js/dist/makegrid.js` is Babel's copy of `js/src/makegrid.js`,
 * and outranked it in three of twenty requests). An npm tarball's `lib/` with no `src/` beside it is the
 * code itself and stays.
 */
const BUILD_OUTPUT_NAMES: ReadonlySet<string> = new Set(['dist', 'lib', 'build', 'out', 'es', 'esm', 'cjs', 'umd']);

const entryNames = (dir: string): Set<string> => {
  try {
    return new Set(readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.')).map((e) => (e.isFile() ? e.name.replace(/\..*$/u, '') : e.name)));
  } catch {
    return new Set();
  }
};

const sharesHalf = (out: Set<string>, src: Set<string>): boolean => {
  if (out.size < 3) return false;
  let shared = 0;
  for (const n of out) if (src.has(n)) shared++;
  return shared >= out.size / 2;
};

/**
 * One build's output per folder inside it (react-native-builder-bob's `lib/commonjs`, `lib/module`,
 * `lib/typescript`; react-native-screens' `lib/` had 994 files and was in the top 3 of 19 of 20
 * requests): each a mirror of `src/`.
 */
const FLAVOUR_FOLDERS: ReadonlySet<string> = new Set(['commonjs', 'module', 'typescript', 'cjs', 'esm', 'es', 'umd', 'types', 'src']);

const mirrorsSources = (parent: string, name: string): boolean => {
  if (!existsSync(join(parent, 'src'))) return false;
  const src = entryNames(join(parent, 'src'));
  const out = entryNames(join(parent, name));
  if (sharesHalf(out, src)) return true;
  const flavours = [...out].filter((n) => FLAVOUR_FOLDERS.has(n));
  return flavours.length > 0 && flavours.length >= out.size / 2 && flavours.some((f) => sharesHalf(entryNames(join(parent, name, f)), src));
};

/**
 * Build output for another runtime, kept further from its sources: zod's `deno/lib` is written from the root's
 * `src/` by its deno build (77 files, each a copy, which came first on 11 of 20 review requests, ahead of the file it
 * copies). Stricter than a sibling: four entries or more in the `src/` of a folder above, and at most two others (a
 * runtime's entry file, a README).
 */
const mirrorsAncestorSources = (root: string, path: string): boolean => {
  const out = entryNames(join(root, path));
  if (out.size < 4) return false;
  for (let dir = parentDir(parentDir(path)); ; dir = parentDir(dir)) {
    const src = join(root, dir, 'src');
    if (existsSync(src)) {
      const names = entryNames(src);
      let shared = 0;
      for (const n of out) if (names.has(n)) shared++;
      if (shared >= 4 && shared >= out.size - 2 && sameSizes(join(root, path), src)) return true;
    }
    if (dir === '') return false;
  }
};

/**
 * Whether the files two folders share by name are copies (sizes within a fifth of each other, three in four of them):
 * common names (`index`, `utils`, `types`, `errors`) say nothing alone, a package's own `lib/` beside a root `src/`
 * shares them too.
 */
const sameSizes = (out: string, src: string): boolean => {
  const sizes = (dir: string): Map<string, number> => {
    const map = new Map<string, number>();
    try {
      for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isFile()) map.set(e.name, statSync(join(dir, e.name)).size);
    } catch {
      // unreadable: no sizes
    }
    return map;
  };
  const a = sizes(out);
  const b = sizes(src);
  let shared = 0;
  let alike = 0;
  // by whole name (`x.ts` beside `x.worker.ts` are two files), extensions aside where the copy changed them (`.js` of `.ts`)
  const byStem = new Map<string, number>();
  for (const [name, size] of b) if (!byStem.has(name.replace(/\.[^.]*$/u, ''))) byStem.set(name.replace(/\.[^.]*$/u, ''), size);
  for (const [name, size] of a) {
    const other = b.get(name) ?? byStem.get(name.replace(/\.[^.]*$/u, ''));
    if (other === undefined) continue;
    shared++;
    if (Math.min(size, other) >= 0.8 * Math.max(size, other)) alike++;
  }
  return shared > 0 && alike >= 0.75 * shared;
};

/**
 * The usual names of Python virtual environments. A directory so named is skipped only when it is one,
 * that is, it holds `pyvenv.cfg` (written by venv and virtualenv 20+): by name alone, CPython's `venv`
 * package and any project package called `env` were dropped.
 */
export const VIRTUAL_ENV_NAMES: ReadonlySet<string> = new Set(['venv', '.venv', 'env', '.env', 'virtualenv', '.virtualenv']);

/**
 * Whether the walk skips the directory at `path` (repo-relative) as vendored. One source of truth for
 * the walk and for discovery (`discovery/isSkippedDirectory.ts`). Names only, except for the names of
 * virtual environments: one stat each, and only for directories so named.
 */
export const isVendoredDirectory = (root: string, path: string): boolean => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  // (a documentation set a doc tool packed for Xcode and Dash: Alamofire's `docs/docsets/Alamofire.docset`)
  if (VENDORED_DIRS.has(name) || isVersionedCopy(name) || name.endsWith('.docset')) return true;
  if (COPIES_IF_ONLY_FOLDERS.has(name)) return holdsOnlyOtherProjects(join(root, path));
  if (COPIES_IF_LICENSED.has(name) && path.includes('/') && holdsLicence(join(root, path))) return true;
  if (name === 'libs' && path.includes('/') && holdsLicensedPackages(join(root, path))) return true;
  if (BUILD_OUTPUT_NAMES.has(name) && (mirrorsSources(join(root, parentDir(path)), name) || mirrorsAncestorSources(root, path))) return true;
  if ((name === 'doc' || name === 'build') && isRPackageBuildOutput(root, path)) return true;
  if (VIRTUAL_ENV_NAMES.has(name) && existsSync(join(root, path, 'pyvenv.cfg'))) return true;
  if (isComposerInstallDir(root, path)) return true;
  return marksEverything(join(root, path));
};

/**
 * A directory whose own .gitattributes marks every file in it generated or vendored (`** linguist-generated=true`,
 * as Nitro writes beside its output) is skipped whole, like a vendored one: no module of its own.
 */
const marksEverything = (dir: string): boolean => {
  const file = join(dir, '.gitattributes');
  if (!lstatOrMissing(file)?.isFile()) return false;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  const marked = markedByGitattributes(text);
  return marked !== undefined && marked.ignores('a.c') && marked.ignores('a/b.c');
};

/**
 * Part of a listing's key: bump it when the skip rules change, so that a cached listing is made again
 * (2: venv by pyvenv.cfg; 3: hidden directories below the top level; 4: 3rdparty, _vendor, versioned copies, and
 * deps, extern holding only folders, build output mirroring a sibling src/; 5: .gitattributes'
 * linguist-generated and linguist-vendored, build output in one folder per flavour; 6: a folder a module list
 * names is walked whatever its name; 7: files git tracks are listed though an ignore rule matches them; 8: `vendored/`;
 * 9: git's index stamped in every git work tree, once; 10: an R package's `inst/doc/` and `build/`, written by R CMD build;
 * 11: dune's `_build/` and opam's `_opam/`; 12: with a module list, a listed folder's entry file beside it, `lib/rack.rb`;
 * 13: with a module list, linguist-vendored marks no file of a listed folder at or below the .gitattributes; 14: ignore
 * and attribute patterns match by case, as git's (ignore patterns as `core.ignorecase` says); 15: build output copying a `src/` further up (zod's `deno/lib`),
 * `*.docset` folders; 16: `vendor-bin/`; 17: that copy's shared files of alike sizes; 18: compared by whole name); 19: a `bundled/` or `external/` folder below the top that holds a licence file; 20: vendored folders named, a
 * version in a phrase (`migrating-to-0.45.0`) no copy; 21: only a phrase that opens the name or puts a preposition before
 * the version (`googletest-release-1.11.0` is a copy); 24: a `libs/` folder below the top whose folders are mostly
 * packages with their own licence (audiobookshelf's `server/libs`); 25: where a composer.json's `vendor-dir` or
 * `installer-paths` installs the packages it requires (FreshRSS's `lib/phpmailer`); 26: outside git, a folder named
 * after the project that a built binary's ignore pattern matches is walked (memos' `cmd/memos`); 27: attribute patterns
 * match as git's (a folder's pattern marks nothing inside it), a folder's every entry (`libs/*`) all below it unless the
 * folder is a package of its own (AdGuard Home's `client/`).
 */
export const WALK_RULES_VERSION = 27;

/** What a `.gitattributes` marks: `test` says whether its last matching line sets the mark or unsets it. */
export interface AttributeMarks {
  test(path: string): { ignored: boolean; unignored: boolean };
  ignores(path: string): boolean;
}

/**
 * The files a `.gitattributes` marks `linguist-generated` or `linguist-vendored` (GitHub's own way of
 * saying so: Nitro writes `** linguist-generated=true` beside its output), as ignore rules: a pattern
 * whose attribute is unset (`-linguist-generated`, `=false`) takes a file back. Attribute patterns match
 * paths as git matches them: a name without a slash at any depth, a path from the file's folder, `**` across folders, and
 * a pattern matching a folder marks nothing inside it (AdGuard Home's `client/* linguist-vendored` marks the files
 * directly in `client/`; read as an ignore rule it had skipped the 352 files of its shipping web UI below).
 */
export const markedByGitattributes = (text: string, only?: 'generated', isPackage: (folder: string) => boolean = () => false): AttributeMarks | undefined => {
  const lines: { match: (path: string) => boolean; on: boolean }[] = [];
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('[attr]')) continue;
    const [pattern, ...attributes] = line.split(/\s+/u);
    if (pattern === undefined || pattern.startsWith('!') || pattern.endsWith('/')) continue;
    for (const attribute of attributes) {
      const m = /^(-|!)?linguist-(generated|vendored)(?:=(\w+))?$/u.exec(attribute);
      if (!m || (only !== undefined && m[2] !== only)) continue;
      const on = m[1] === undefined && (m[3] === undefined || m[3] === 'true' || m[3] === 'set');
      lines.push({ match: attributeMatcher(pattern, isPackage), on });
    }
  }
  if (!lines.some((l) => l.on)) return undefined;
  const test = (path: string): { ignored: boolean; unignored: boolean } => {
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i] as (typeof lines)[number];
      if (line.match(path)) return { ignored: line.on, unignored: !line.on };
    }
    return { ignored: false, unignored: false };
  };
  return { test, ignores: (path) => test(path).ignored };
};

/**
 * A `.gitattributes` pattern as git matches it against a file's path below the attributes file's folder; but a folder's
 * every entry (`libs/*`) marks what lies below them too, as its authors mean it for GitHub's statistics (calibre-web's
 * `cps/static/js/libs/*`: tinymce, bootstrap-table … in folders of their own), unless that folder holds a package
 * manifest of its own: a package of the repository, its own code (AdGuard Home's `client/`).
 */
const attributeMatcher = (pattern: string, isPackage: (folder: string) => boolean): ((path: string) => boolean) => {
  const anchored = pattern.replace(/^\//u, '');
  const folder = /^([^*?[\]{}!]+)\/\*\*?$/u.exec(anchored)?.[1];
  if (folder !== undefined && !isPackage(folder)) {
    const below = picomatch(`${folder}/**`, { dot: true });
    return (path) => below(path);
  }
  // (a name without a slash matches at any depth, as `**/name`)
  const glob = anchored.includes('/') ? anchored : `**/${anchored}`;
  const isMatch = picomatch(glob, { dot: true });
  return (path) => isMatch(path);
};

export interface WalkOptions {
  include?: string[];
  exclude?: string[];
  /** Skip vendored directories, see isVendoredDirectory (default true). */
  skipVendored?: boolean;
  /** Only files under one of these repo-relative directories ('' = whole repo). */
  roots?: string[];
  maxFiles?: number;
  /** The previous run's listing: returned as it is when made with the same options and every read it came from still holds. */
  previous?: WalkResult | undefined;
  /**
   * With `previous` (same options): the directories whose listing changed (a watch knows them from
   * file events). Only they are listed again, with everything below them; the rest of `previous` is
   * kept without a stat. '' lists everything again.
   */
  relist?: readonly string[];
}

type SkipCounts = Omit<WalkResult['skipped'], 'unreadableDirs'>;

export interface WalkResult {
  /** Repo-relative POSIX paths of regular files, sorted. */
  files: string[];
  /** `generated`: files a .gitattributes marks linguist-generated or linguist-vendored. */
  skipped: { vendored: number; generated: number; ignored: number; excluded: number; hidden: number; symlinks: number; special: number; unreadableDirs: string[] };
  /** The folders skipped as vendored, sorted (three reviews could not tell which "2 vendored dirs" were meant). */
  vendoredDirs: string[];
  truncated: boolean;
  /** The options the listing was made with, and what it read (directories, ignore files): while these hold, so does the listing. */
  key: string;
  reads: Stamp[];
  /** The skip counts of each directory that skipped something: a directory listed again subtracts its old ones. */
  dirSkips?: Record<string, Partial<SkipCounts>>;
}

/**
 * Lists the repository's files, honouring nested .gitignore files, .git/info/exclude and the
 * config's include/exclude globs. Symlinks are never followed, so broken links and loops are harmless.
 */
export async function walkRepository(root: string, options: WalkOptions = {}): Promise<WalkResult> {
  caseSettings.delete(root); // read again: the setting may have changed since the last walk (its stamp says so)
  const skipVendored = options.skipVendored ?? true;
  const key = JSON.stringify([WALK_RULES_VERSION, options.include ?? [], options.exclude ?? [], skipVendored, options.roots ?? null, options.maxFiles ?? null]);
  // A file's edit changes no directory, so a re-index after edits lists nothing: it stats what the
  // last listing read (one stat per directory) instead of reading and filtering every directory.
  const { previous } = options;
  if (previous && previous.key === key) {
    if (options.relist) {
      const partial = await relistDirs(root, previous, options.relist, options);
      if (partial) return partial;
    } else if (stampsHold(root, previous.reads)) {
      return previous;
    }
  }
  const result: WalkResult = {
    files: [],
    skipped: { vendored: 0, generated: 0, ignored: 0, excluded: 0, hidden: 0, symlinks: 0, special: 0, unreadableDirs: [] },
    vendoredDirs: [],
    truncated: false,
    key,
    reads: [],
    dirSkips: {},
  };
  const rules = await rulesAbove(root, '', result.reads);
  await createVisitor(root, options, result, await trackedIgnored(root, result))('', rules);
  result.files.sort();
  result.vendoredDirs.sort();
  return result;
}

/** `generated`: a marks rule's linguist-generated patterns alone, for files a module list takes back from linguist-vendored. */
type Rules = { dir: string; ig: Ignore | AttributeMarks; marks?: true; generated?: AttributeMarks | undefined }[];

/** Files whose presence makes a folder a package of the repository: a glob over its entries marks none of its folders. */
const PACKAGE_MANIFESTS = ['package.json', 'go.mod', 'Cargo.toml', 'pyproject.toml', 'setup.py', 'composer.json', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'Gemfile', 'mix.exs', 'pubspec.yaml', 'Package.swift'];

/** The rule a `.gitattributes` in `dir` makes of its linguist marks, if it marks anything. */
const marksRule = (root: string, dir: string, text: string, reads: Stamp[]): Rules[number] | undefined => {
  // (each manifest looked for is stamped: one added or removed decides again at the next walk)
  const isPackage = (folder: string): boolean =>
    PACKAGE_MANIFESTS.some((name) => {
      const path = joinPath(joinPath(dir, folder), name);
      reads.push(takeStamp(root, path, false));
      return lstatOrMissing(join(root, path))?.isFile() === true;
    });
  const marked = markedByGitattributes(text, undefined, isPackage);
  return marked === undefined ? undefined : { dir, ig: marked, marks: true, generated: markedByGitattributes(text, 'generated', isPackage) };
};

/**
 * Lists `dirs` again into a copy of `previous`: their old files, reads and skip counts go, a fresh
 * listing of each comes in. Returns undefined where only a full walk is sure to be right (the root or
 * an unknown directory named, or a listing at its file limit).
 */
async function relistDirs(root: string, previous: WalkResult, dirs: readonly string[], options: WalkOptions): Promise<WalkResult | undefined> {
  if (!previous.dirSkips || previous.truncated) return undefined;
  const listed = new Set(previous.reads.filter((r) => r[1] === 'dir').map((r) => r[0]));
  // the nearest directory the last walk listed and that still is one: a removed directory's parent
  const targets = new Set<string>();
  for (let dir of dirs) {
    while (dir !== '' && !(listed.has(dir) && lstatOrMissing(join(root, dir))?.isDirectory())) dir = parentDir(dir);
    // A folder skipped as a copy by what is inside it (a `bundled/` with a licence, a `deps/` of projects, build
    // output) is decided from its parent's listing: listing it alone would take it, or keep it, without asking.
    const copy = outermostSkippedCopy(root, dir);
    if (copy !== undefined) dir = parentDir(copy);
    if (dir === '' || !listed.has(dir)) return undefined;
    targets.add(dir);
  }
  const cover = [...targets].filter((d) => ![...targets].some((t) => t !== d && d.startsWith(`${t}/`)));
  const under = (p: string) => cover.some((d) => p === d || p.startsWith(`${d}/`));
  const result: WalkResult = {
    files: previous.files.filter((f) => !under(f)),
    skipped: { ...previous.skipped, unreadableDirs: previous.skipped.unreadableDirs.filter((d) => !under(d)) },
    vendoredDirs: previous.vendoredDirs.filter((d) => !under(d)),
    truncated: false,
    key: previous.key,
    reads: previous.reads.filter((r) => !under(r[0])),
    dirSkips: {},
  };
  for (const [dir, counts] of Object.entries(previous.dirSkips)) {
    if (!under(dir)) {
      (result.dirSkips as Record<string, Partial<SkipCounts>>)[dir] = counts;
      continue;
    }
    for (const [kind, n] of Object.entries(counts) as [keyof SkipCounts, number][]) result.skipped[kind] -= n;
  }
  const visit = createVisitor(root, { ...options, maxFiles: undefined }, result, await trackedIgnored(root, result));
  for (const dir of cover) await visit(dir, await rulesAbove(root, dir, []));
  if (options.maxFiles !== undefined && result.files.length > options.maxFiles) return undefined;
  result.files.sort();
  result.vendoredDirs.sort();
  return result;
}

/** Names of folders skipped or kept by what they hold (copies of other projects, build output), not by name alone. */
const decidedByContents = (name: string): boolean => COPIES_IF_ONLY_FOLDERS.has(name) || COPIES_IF_LICENSED.has(name) || name === 'libs' || BUILD_OUTPUT_NAMES.has(name);

/** The outermost folder at or above `dir` whose name makes it a copy by its contents and that is one now. */
const outermostSkippedCopy = (root: string, dir: string): string | undefined => {
  const parts = dir.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const name = parts[i - 1] as string;
    if (!decidedByContents(name)) continue;
    const path = parts.slice(0, i).join('/');
    if (isVendoredDirectory(root, path)) return path;
  }
  return undefined;
};

/**
 * The ignore rules that apply inside `dir` from above it: .git/info/exclude and the .gitignore of
 * each directory from the root down to `dir`'s parent (`dir`'s own is read when it is visited).
 */
async function rulesAbove(root: string, dir: string, reads: Stamp[]): Promise<Rules> {
  const base = ignore(root);
  reads.push(takeStamp(root, '.git/config', true));
  reads.push(takeStamp(root, '.git/info/exclude', true));
  const infoExclude = await readText(join(root, '.git', 'info', 'exclude'));
  if (infoExclude) base.add(infoExclude);
  const rules: Rules = [{ dir: '', ig: base }];
  if (dir === '') return rules;
  const parts = dir.split('/');
  for (let i = 0; i < parts.length; i++) {
    const above = parts.slice(0, i).join('/');
    const file = join(root, above, '.gitignore');
    // as the walk does: a .gitignore counts when it is a regular file (not a link, not a directory)
    if (lstatOrMissing(file)?.isFile()) {
      const text = await readText(file);
      if (text) rules.push({ dir: above, ig: ignore(root).add(text) });
    }
    const attributes = join(root, above, '.gitattributes');
    if (lstatOrMissing(attributes)?.isFile()) {
      const marks = marksRule(root, above, (await readText(attributes)) ?? '', reads);
      if (marks) rules.push(marks);
    }
  }
  return rules;
}

/** Tracked files an ignore rule matches (trackedIgnoredFiles.ts), with git's index stamped in a git work tree. */
async function trackedIgnored(root: string, result: WalkResult): Promise<TrackedIgnored> {
  const tracked = await trackedIgnoredFiles(root);
  if (tracked.index !== undefined) {
    // one stamp of it, however often the listing is made again in part (a watch session relists for hours)
    result.reads = result.reads.filter((r) => r[0] !== tracked.index);
    result.reads.push(takeStamp(root, tracked.index, true));
  }
  return tracked;
}

/** The walk of one directory and everything below it, adding to `result`. */
function createVisitor(root: string, options: WalkOptions, result: WalkResult, tracked: TrackedIgnored) {
  const skipVendored = options.skipVendored ?? true;
  const isExcluded = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : undefined;
  const isIncluded = options.include?.length ? picomatch(options.include, { dot: true }) : undefined;
  const rootFilter = rootFilterFor(options.roots);
  const dirSkips = (result.dirSkips ??= {});
  // outside git, where no listing of tracked files says better
  const projectNames = tracked.index === undefined ? projectNamesOf(root) : new Set<string>();
  const takenBack: string[] = [];
  /** A folder named after the project, ignored by a pattern that also ignores a file of that name: the built binary's rule. */
  const takeBack = (rules: Rules, rel: string, name: string): boolean => {
    if (!projectNames.has(name.toLowerCase()) || !isIgnored(rules, rel, false, takenBack)) return false;
    takenBack.push(rel);
    return true;
  };
  const skip = (dir: string, kind: keyof SkipCounts) => {
    result.skipped[kind]++;
    const counts = (dirSkips[dir] ??= {});
    counts[kind] = (counts[kind] ?? 0) + 1;
  };

  /** A listing that starts below the top (a watch's relist) takes back the folders on its way as the full walk did. */
  const takeBackAbove = (dir: string, depthRules: Rules): void => {
    if (projectNames.size === 0 || dir === '') return;
    const parts = dir.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join('/');
      const above = depthRules.filter((r) => r.dir === '' || path.startsWith(`${r.dir}/`));
      if (!takenBack.includes(path) && isIgnored(above, path, true, takenBack)) takeBack(above, path, parts[i - 1] as string);
    }
  };

  const visit = async (dir: string, depthRules: Rules): Promise<void> => {
    if (options.maxFiles !== undefined && result.files.length >= options.maxFiles) return;
    let entries;
    // stamped before it is read: a change after the stamp shows at the next run, none can hide
    result.reads.push(takeStamp(root, dir, true));
    try {
      entries = await readdir(join(root, dir), { withFileTypes: true });
    } catch {
      if (dir !== '') result.skipped.unreadableDirs.push(dir);
      return;
    }
    let scoped = depthRules;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      result.reads.push(takeStamp(root, dir ? `${dir}/.gitignore` : '.gitignore', true));
      const text = await readText(join(root, dir, '.gitignore'));
      if (text) scoped = [...scoped, { dir, ig: ignore(root).add(text) }];
    }
    // where a composer.json installs its packages decides which folders beside and below it are copies
    if (entries.some((e) => e.name === 'composer.json' && e.isFile())) result.reads.push(takeStamp(root, dir ? `${dir}/composer.json` : 'composer.json', true));
    if (entries.some((e) => e.name === '.gitattributes' && e.isFile())) {
      result.reads.push(takeStamp(root, dir ? `${dir}/.gitattributes` : '.gitattributes', true));
      const marks = marksRule(root, dir, (await readText(join(root, dir, '.gitattributes'))) ?? '', result.reads);
      if (marks) scoped = [...scoped, marks];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        skip(dir, 'symlinks');
        continue;
      }
      const isDir = entry.isDirectory();
      if (!isDir && !entry.isFile()) {
        skip(dir, 'special');
        continue;
      }
      // git's own folder and modroute's store are never code: skipped without counting them as vendored.
      if (isDir && (entry.name === '.git' || entry.name === '.modroute')) continue;
      if (isDir && skipVendored && VIRTUAL_ENV_NAMES.has(entry.name)) {
        // what decides is inside it: pyvenv.cfg added or removed must show at the next run
        result.reads.push(takeStamp(root, `${rel}/pyvenv.cfg`, false));
      }
      // A folder a module list names (or one on the way to it) is walked though it looks vendored: the list
      // is the user's word (react-native-vision-camera's `src/third-party` holds first-party code).
      if (isDir && skipVendored && !rootFilter.named(rel) && isVendoredDirectory(root, rel)) {
        // A `deps/` that gains a source file of its own stops being a folder of copies, and build output
        // stops mirroring its sources: what decided is inside it (the sibling src/ is walked and stamped).
        if (decidedByContents(entry.name)) result.reads.push(takeStamp(root, rel, true));
        result.reads.push(takeStamp(root, `${rel}/.gitattributes`, true));
        skip(dir, 'vendored');
        result.vendoredDirs.push(rel);
        continue;
      }
      // A hidden directory inside the tree (`.tmp/`, a fixture's `.git-objects/`, a tool's state) holds no
      // code a request is about; top-level ones (.github, .storybook, .husky) stay with the root module.
      if (isDir && dir !== '' && entry.name.startsWith('.')) {
        skip(dir, 'hidden');
        continue;
      }
      if (isIgnored(scoped, rel, isDir, takenBack) && !(isDir ? tracked.dirs : tracked.files).has(rel) && !(isDir && takeBack(scoped, rel, entry.name))) {
        skip(dir, 'ignored');
        continue;
      }
      if (isExcluded && (isExcluded(rel) || (isDir && isExcluded(`${rel}/`)))) {
        skip(dir, 'excluded');
        continue;
      }
      if (isDir) {
        if (rootFilter.enter(rel)) await visit(rel, scoped);
        continue;
      }
      if (!rootFilter.keep(rel)) continue;
      if (isMarked(scoped, rel, () => rootFilter.listedRoot(rel))) {
        skip(dir, 'generated');
        continue;
      }
      if (isIncluded && !isIncluded(rel)) {
        skip(dir, 'excluded');
        continue;
      }
      if (options.maxFiles !== undefined && result.files.length >= options.maxFiles) {
        result.truncated = true;
        return;
      }
      result.files.push(rel);
    }
  };
  return async (dir: string, depthRules: Rules): Promise<void> => {
    takeBackAbove(dir, depthRules);
    await visit(dir, depthRules);
  };
}

/**
 * The names a project goes by, from its folder (`memos`, `memos-0.22.0`, `memos-main` as an archive unpacks). Its
 * `.gitignore` names its built binary so (`memos`, rebar3's `rebar3`), a bare pattern that also matches the folders of
 * that name, which hold the binary's sources (memos' `cmd/memos`, its main package): git keeps them because it tracks
 * them, and a tree without git must keep them too.
 */
export const projectNamesOf = (root: string): Set<string> => {
  const name = basename(root).toLowerCase();
  const names = new Set([name]);
  const bare = name.replace(/-(?:v?\d[\w.-]*|main|master|trunk|develop)$/u, '');
  if (bare !== '') names.add(bare);
  return names;
};

/**
 * Whether an ignore rule skips `rel`. Below a folder taken back (`takenBack`), the rules above that folder no longer
 * match it by its name (ignore rules also match a path by the folders on its way).
 */
function isIgnored(rules: Rules, rel: string, isDir: boolean, takenBack: readonly string[] = []): boolean {
  for (const { dir, ig, marks } of rules) {
    if (marks) continue;
    let local = dir ? rel.slice(dir.length + 1) : rel;
    for (const back of takenBack) {
      if (!rel.startsWith(`${back}/`) || (dir !== '' && !back.startsWith(`${dir}/`))) continue;
      const end = back.length - (dir ? dir.length + 1 : 0);
      local = `${local.slice(0, end)}\u0000${local.slice(end)}`;
      break;
    }
    if (ig.ignores(isDir ? `${local}/` : local)) return true;
  }
  return false;
}

/**
 * Whether a .gitattributes marks the file generated or vendored: the deepest file that says anything decides. In a
 * folder a module list names at or below that .gitattributes, linguist-vendored does not count: the list is the user's
 * word, as for a folder that looks vendored (bat's `assets/.gitattributes` says `* linguist-vendored` of its own shell
 * completions and man page, for GitHub's language statistics); linguist-generated still does.
 */
function isMarked(rules: Rules, rel: string, listedRootOf: () => string | undefined): boolean {
  // (the listed folder holding the file is looked for only where a .gitattributes marks something: not per file)
  let listedRoot: string | undefined | null = null;
  for (let i = rules.length - 1; i >= 0; i--) {
    const { dir, ig: all, marks, generated } = rules[i] as Rules[number];
    if (!marks) continue;
    if (listedRoot === null) listedRoot = listedRootOf();
    const ig = listedRoot !== undefined && (dir === '' || listedRoot === dir || listedRoot.startsWith(`${dir}/`)) ? generated : all;
    if (ig === undefined) continue;
    const result = ig.test(dir ? rel.slice(dir.length + 1) : rel);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

/** With explicit module roots, only descend into directories on the way to, or inside, a root. */
function rootFilterFor(roots: string[] | undefined): { enter(dir: string): boolean; keep(file: string): boolean; named(dir: string): boolean; listedRoot(file: string): string | undefined } {
  const named = (d: string) => (roots ?? []).some((r) => r === d || r.startsWith(`${d}/`));
  // the deepest listed folder (not the root) holding the file
  const listedRoot = (f: string): string | undefined => {
    let best: string | undefined;
    for (const r of roots ?? []) if (r !== '' && f.startsWith(`${r}/`) && (best === undefined || r.length > best.length)) best = r;
    return best;
  };
  if (!roots || roots.length === 0 || roots.includes('')) return { enter: () => true, keep: () => true, named, listedRoot };
  const inside = (p: string) => roots.some((r) => p === r || p.startsWith(`${r}/`));
  const above = (p: string) => roots.some((r) => r.startsWith(`${p}/`));
  // a listed folder's entry file beside it (`lib/rack.rb` for `lib/rack`) is the module's, as ownership has it
  const entryOfRoot = (f: string) => {
    const folder = entryFolderOf(f);
    return folder !== undefined && roots.includes(folder);
  };
  return { enter: (d) => inside(d) || above(d), keep: (f) => inside(f) || entryOfRoot(f), named, listedRoot };
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}
