import { posix } from 'node:path';
import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { isSkippedDirectory, isUnderSkippedDirectory } from '../isSkippedDirectory.ts';
import { joinPath } from '../joinPath.ts';
import { normalizeModulePath } from '../normalizeModulePath.ts';
import { parseCMakeLists } from './parseCMakeLists.ts';

// `add_subdirectory(${backend_target})` inside a function or foreach names one of the directory's
// own children (llama.cpp adds every ggml backend this way). Without it, one module swallowed them
// all. FetchContent's `${x_SOURCE_DIR}` / `${x_BINARY_DIR}` point outside the tree, so they don't count.
const BARE_VARIABLE = /^\$\{(?![A-Za-z0-9_]*_(?:SOURCE|BINARY)_DIR\})[A-Za-z0-9_]+\}$/;

const childrenWithCMakeLists = async (ctx: DiscoveryContext, dir: string): Promise<string[]> => {
  const children: string[] = [];
  for (const entry of await ctx.list(dir)) {
    if (entry.kind !== 'directory' || isSkippedDirectory(ctx.root, joinPath(dir, entry.name))) continue;
    const child = joinPath(dir, entry.name);
    if (await ctx.isFile(joinPath(child, 'CMakeLists.txt'))) children.push(child);
  }
  return children;
};

const visit = async (ctx: DiscoveryContext, dir: string, seen: Set<string>, out: ModuleCandidate[]): Promise<void> => {
  const manifest = joinPath(dir, 'CMakeLists.txt');
  const text = await ctx.readText(manifest);
  if (text === undefined) return;
  const { project, subdirectories, skipped } = parseCMakeLists(text);
  if (dir !== '') {
    const candidate: ModuleCandidate = { path: dir, manifest };
    if (project !== undefined) candidate.name = project;
    out.push(candidate);
  }
  const children: string[] = [];
  for (const sub of subdirectories) {
    const child = normalizeModulePath(posix.normalize(joinPath(dir, sub)));
    if (child === undefined || child === '') {
      ctx.warn(`${manifest}: add_subdirectory(${sub}) points outside the repository; skipped`);
      continue;
    }
    // The walk never lists vendored directories: a module there would own no files.
    if (isUnderSkippedDirectory(ctx.root, child)) continue;
    if (await ctx.isFile(joinPath(child, 'CMakeLists.txt'))) children.push(child);
    else ctx.warn(`${manifest}: add_subdirectory(${sub}) has no ${joinPath(child, 'CMakeLists.txt')}; skipped`);
  }
  for (const arg of skipped) {
    if (!BARE_VARIABLE.test(arg)) {
      ctx.warn(`${manifest}: cannot resolve add_subdirectory(${arg}); skipped`);
      continue;
    }
    const guessed = (await childrenWithCMakeLists(ctx, dir)).filter((c) => !children.includes(c));
    ctx.warn(`${manifest}: cannot resolve add_subdirectory(${arg}); taking the ${guessed.length} sub-directories with a CMakeLists.txt it may name`);
    children.push(...guessed);
  }
  for (const child of children) {
    if (seen.has(child)) continue;
    seen.add(child);
    await visit(ctx, child, seen, out);
  }
};

/** CMake: add_subdirectory() recursively from the root CMakeLists.txt; name = the directory's project(). */
export const cmakeDiscoverer: ManifestDiscoverer = {
  source: 'cmake',
  async discover(ctx) {
    const out: ModuleCandidate[] = [];
    await visit(ctx, '', new Set(['']), out);
    return out;
  },
};
