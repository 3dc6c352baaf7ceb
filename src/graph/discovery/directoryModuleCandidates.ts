import type { DiscoveryContext, ModuleCandidate } from './DiscoveryContext.ts';
import { entryFolderOf } from './createModuleResolver.ts';
import { dominantIndex } from './dominantIndex.ts';
import { isSourceFile } from './isSourceFile.ts';
import { joinPath } from './joinPath.ts';
import { holdsFiles } from './someFileBelow.ts';
import { isSupportFile } from '../isSupportFile.ts';

/** Top-level folders that support the code rather than being part of it; kept as modules, never expanded. */
const AUXILIARY = new Set([
  'bin', 't', 'test', 'tests', '__tests__', 'spec', 'specs', 'e2e', 'doc', 'docs', 'example', 'examples', 'sample', 'samples',
  'demo', 'demos', 'script', 'scripts', 'tool', 'tools', 'bench', 'benches', 'benchmark', 'benchmarks', 'fixtures', 'testdata',
  'androidtest', 'testfixtures', 'integrationtest',
  // TypeScript declarations beside the code (undici's types/) and a gem's RBS signatures (sig/): the
  // API's shape, not where it is built; a gem's executables (exe/) are its bin/.
  'types', 'typings', 'sig', 'exe', 'perf', 'tooling',
]);

/** Words that make a compound folder name supporting: hono's `runtime-tests`, `perf-measures`, stylelint's `system-tests`. */
const AUXILIARY_PART = new Set(['test', 'tests', 'spec', 'specs', 'e2e', 'bench', 'benchmark', 'benchmarks', 'perf', 'example', 'examples', 'demo', 'demos', 'doc', 'docs', 'fixtures', 'testdata']);

/** Whether a top-level folder name is one of those supporting folders (tests, docs, scripts …; Go's `_examples` too). */
export const isAuxiliaryDirectory = (name: string): boolean => {
  const bare = name.toLowerCase().replace(/^[_.]+/u, '');
  return AUXILIARY.has(bare) || bare.split(/[-_.]/u).some((part) => AUXILIARY_PART.has(part));
};

// A src/<pkg>/<more>/… chain of single folders is followed at most this deep (Maven's
// src/main/java/com/acme/shop is six).
const MAX_DESCENT = 8;

/** What the descent needs to know about the tree: which directories hold source files, directly or below. */
interface SourceDirs {
  /** Names of the source files directly in each directory that has any. */
  ownSource: Map<string, string[]>;
  sourceChildren(dir: string): Promise<string[]>;
}

const sourceDirs = async (ctx: DiscoveryContext): Promise<SourceDirs> => {
  const dirs = await ctx.walk();
  const ownSource = new Map<string, string[]>();
  for (const dir of dirs) {
    const names = (await ctx.list(dir)).filter((e) => e.kind === 'file' && isSourceFile(e.name)).map((e) => e.name);
    if (names.length > 0) ownSource.set(dir, names);
  }
  const holdsSource = new Set<string>();
  for (const dir of ownSource.keys()) {
    for (let d = dir; d !== ''; d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '') holdsSource.add(d);
  }
  return {
    ownSource,
    sourceChildren: async (dir) =>
      (await ctx.list(dir))
        .filter((e) => e.kind === 'directory')
        .map((e) => joinPath(dir, e.name))
        .filter((d) => holdsSource.has(d)),
  };
};

/**
 * Whether `dir` holds source files of its own, the entry files of its child folders aside: a Ruby gem's
 * `lib/acme.rb` beside `lib/acme/` belongs to that folder's module (createModuleResolver), so `lib/` is
 * a wrapper to pass through, as it is without the entry file.
 */
const ownCodeCount = (tree: SourceDirs, dir: string, children: readonly string[]): number =>
  (tree.ownSource.get(dir) ?? []).filter((name) => {
    const folder = entryFolderOf(joinPath(dir, name));
    return folder === undefined || !children.includes(folder);
  }).length;

/**
 * Source files in `dir` and below; with `codeOnly`, no tests, fixtures, examples or schema migrations (hexpm's `priv/`,
 * 171 dated migrations, had kept `lib/` at 72% of the code and its 536 files one module).
 */
const sourceUnder = (tree: SourceDirs, dir: string, codeOnly = false): number => {
  let n = 0;
  for (const [d, names] of tree.ownSource) {
    if (d !== dir && !d.startsWith(`${dir}/`)) continue;
    n += codeOnly ? names.filter((name) => !isSupportFile(joinPath(d, name))).length : names.length;
  }
  return n;
};

/**
 * A folder's few loose files beside the one folder that holds the code are a module of their own, and the descent goes
 * on (Composer's src/bootstrap.php had stopped it at src/Composer, 308 of 310 code files in one module).
 */
const FEW_LOOSE = { files: 3, ratio: 10 };

/**
 * From `start` down to where the code branches: a folder with one child of code and no source of its
 * own is a wrapper (src/<pkg>, Maven's src/main/java/com/acme/…) and is passed through; its supporting
 * children (`src/test`) stay modules beside. Returns the modules: the branching folder's children (plus
 * itself when it holds source files directly).
 */
const descend = async (tree: SourceDirs, start: string): Promise<string[]> => {
  let dir = start;
  let modules = [dir];
  const beside: string[] = [];
  for (let depth = 0; depth < MAX_DESCENT; depth++) {
    const children = await tree.sourceChildren(dir);
    if (children.length === 0) break;
    const code = children.filter((c) => !isAuxiliaryDirectory(c.slice(c.lastIndexOf('/') + 1)));
    const own = ownCodeCount(tree, dir, children);
    // One child holding four in five of the code is the code, its siblings helpers beside it: jsoup's
    // src/main/java (93 files) beside src/main/java11 (3) had stayed one module answering everything.
    const through = code.length === 1 ? code[0] : own > 0 ? undefined : dominantFolder(tree, code);
    if (through !== undefined && (own === 0 || (own <= FEW_LOOSE.files && sourceUnder(tree, through) >= FEW_LOOSE.ratio * own))) {
      beside.push(...children.filter((c) => c !== through), ...(own > 0 ? [dir] : []));
      dir = through;
      modules = [dir];
      continue;
    }
    modules = own > 0 ? [dir, ...children] : children;
    break;
  }
  return [...beside, ...modules];
};

/** Fewer files than this (a `app/views` of one layout) stay out: as a module it would only add a name. */
const FOLDER_FILES = 5;

/**
 * The folders of `dir` no module of `held` holds that hold FOLDER_FILES files or more (no binary asset counted): a Rails
 * application's app/views and app/assets hold no source file, and split by its code's folders they had been indexed by
 * no module (lobsters' review: 136 templates and style sheets, two of its twenty requests with no answer).
 */
const foldersOfFiles = async (ctx: DiscoveryContext, dir: string, held: readonly string[]): Promise<string[]> => {
  const out: string[] = [];
  for (const entry of await ctx.list(dir)) {
    const folder = joinPath(dir, entry.name);
    if (entry.kind !== 'directory' || held.some((h) => h === folder || h.startsWith(`${folder}/`) || folder.startsWith(`${h}/`))) continue;
    if (await holdsFiles(ctx, folder, FOLDER_FILES)) out.push(folder);
  }
  return out;
};

/**
 * A module a manifest declared, split where its code branches when it is the only one: a Gradle
 * `:app` or a single Maven module is a whole application, and as one module it answers everything.
 */
export const expandLoneModule = async (ctx: DiscoveryContext, path: string): Promise<string[]> => descend(await sourceDirs(ctx), path);

/**
 * Of several top-level folders of code, the one holding four in five of their source files: the code, beside a
 * folder of a few configuration scripts (Composer's `phpstan/`, one `.neon.php` file, had kept `src/Composer`'s
 * 278 files one module).
 */
const dominantFolder = (tree: SourceDirs, folders: readonly string[]): string | undefined => {
  const best = dominantIndex(folders.map((folder) => sourceUnder(tree, folder, true)));
  return best === undefined ? undefined : folders[best];
};

/**
 * Fallback when no list, config or manifest applies. The top-level directories that hold source files
 * become modules. When exactly one of them is not auxiliary (tests, docs, scripts …), for example a lone
 * src/ or lib/, or one holds four in five of their source files, its source-holding child directories become the modules instead (plus the directory
 * itself when it holds source files directly), descending through single-child chains such as
 * src/<package>/. Otherwise a repository with only src/ would be a single module. A Rails or Laravel
 * application's app/ (beside a Gemfile or composer.json) is split the same way. `expand: false`
 * gives the top-level directories only.
 */
export const directoryModuleCandidates = async (ctx: DiscoveryContext, options: { expand?: boolean; within?: string } = {}): Promise<ModuleCandidate[]> => {
  const tree = await sourceDirs(ctx);
  if (options.within !== undefined) return (await tree.sourceChildren(options.within)).map((path) => ({ path }));
  const top = await tree.sourceChildren('');
  if (options.expand === false) return top.map((path) => ({ path }));
  const main = top.filter((d) => !isAuxiliaryDirectory(d));
  const only = main.length === 1 ? main[0] : dominantFolder(tree, main);
  // A Rails or Laravel application keeps its code in app/, sorted by kind (app/models, app/controllers,
  // app/Http …) beside config/, db/ and lib/: app/ as one module would answer nearly every request.
  const railsApp = top.includes('app') && (only === undefined || only === 'app') && ((await ctx.isFile('Gemfile')) || (await ctx.isFile('composer.json')));
  if (only !== undefined && !railsApp) return [...top.filter((d) => d !== only), ...(await descend(tree, only))].map((path) => ({ path }));
  if (railsApp) {
    const kinds = await descend(tree, 'app');
    return [...top.filter((d) => d !== 'app'), ...kinds, ...(await foldersOfFiles(ctx, 'app', kinds))].map((path) => ({ path }));
  }
  return top.map((path) => ({ path }));
};
