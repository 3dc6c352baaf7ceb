import type { DiscoveryContext, ModuleCandidate } from './DiscoveryContext.ts';
import { isSourceFile } from './isSourceFile.ts';
import { joinPath } from './joinPath.ts';

/** Top-level folders that support the code rather than being part of it; kept as modules, never expanded. */
const AUXILIARY = new Set([
  'bin', 'test', 'tests', '__tests__', 'spec', 'specs', 'e2e', 'doc', 'docs', 'example', 'examples', 'sample', 'samples',
  'demo', 'demos', 'script', 'scripts', 'tool', 'tools', 'bench', 'benches', 'benchmark', 'benchmarks', 'fixtures', 'testdata',
  'androidtest', 'testfixtures', 'integrationtest',
]);

/** Whether a top-level folder name is one of those supporting folders (tests, docs, scripts …; Go's `_examples` too). */
export const isAuxiliaryDirectory = (name: string): boolean => AUXILIARY.has(name.toLowerCase().replace(/^[_.]+/u, ''));

// A src/<pkg>/<more>/… chain of single folders is followed at most this deep (Maven's
// src/main/java/com/acme/shop is six).
const MAX_DESCENT = 8;

/**
 * Fallback when no list, config or manifest applies. The top-level directories that hold source files
 * become modules. When exactly one of them is not auxiliary (tests, docs, scripts …), for example a lone
 * src/ or lib/, its source-holding child directories become the modules instead (plus the directory
 * itself when it holds source files directly), descending through single-child chains such as
 * src/<package>/. Otherwise a repository with only src/ would be a single module. `expand: false`
 * gives the top-level directories only.
 */
export const directoryModuleCandidates = async (ctx: DiscoveryContext, options: { expand?: boolean } = {}): Promise<ModuleCandidate[]> => {
  const dirs = await ctx.walk();
  const hasOwnSource = new Set<string>();
  for (const dir of dirs) {
    if ((await ctx.list(dir)).some((e) => e.kind === 'file' && isSourceFile(e.name))) hasOwnSource.add(dir);
  }
  const holdsSource = new Set<string>();
  for (const dir of hasOwnSource) {
    for (let d = dir; d !== ''; d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '') holdsSource.add(d);
  }
  const sourceChildren = async (dir: string): Promise<string[]> =>
    (await ctx.list(dir))
      .filter((e) => e.kind === 'directory')
      .map((e) => joinPath(dir, e.name))
      .filter((d) => holdsSource.has(d));

  const top = await sourceChildren('');
  if (options.expand === false) return top.map((path) => ({ path }));
  const main = top.filter((d) => !isAuxiliaryDirectory(d));
  const [only] = main;
  if (main.length !== 1 || only === undefined) return top.map((path) => ({ path }));

  let dir = only;
  let modules = [dir];
  // Supporting children met on the way down stay modules of their own: `src/test` beside `src/main`.
  const beside: string[] = [];
  for (let depth = 0; depth < MAX_DESCENT; depth++) {
    const children = await sourceChildren(dir);
    if (children.length === 0) break;
    const code = children.filter((c) => !isAuxiliaryDirectory(c.slice(c.lastIndexOf('/') + 1)));
    // One child of code and nothing of its own: a wrapper (src/<pkg>, Maven's src/main/java/com/acme/…).
    if (code.length === 1 && !hasOwnSource.has(dir)) {
      beside.push(...children.filter((c) => c !== code[0]));
      dir = code[0] ?? dir;
      modules = [dir];
      continue;
    }
    modules = hasOwnSource.has(dir) ? [dir, ...children] : children;
    break;
  }
  return [...top.filter((d) => d !== only), ...beside, ...modules].map((path) => ({ path }));
};
