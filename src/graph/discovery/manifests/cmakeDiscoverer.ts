import { posix } from 'node:path';
import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { joinPath } from '../joinPath.ts';
import { normalizeModulePath } from '../normalizeModulePath.ts';
import { parseCMakeLists } from './parseCMakeLists.ts';

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
  for (const arg of skipped) ctx.warn(`${manifest}: cannot resolve add_subdirectory(${arg}); skipped`);
  for (const sub of subdirectories) {
    const child = normalizeModulePath(posix.normalize(joinPath(dir, sub)));
    if (child === undefined || child === '') {
      ctx.warn(`${manifest}: add_subdirectory(${sub}) points outside the repository; skipped`);
      continue;
    }
    if (seen.has(child)) continue;
    seen.add(child);
    if (await ctx.isFile(joinPath(child, 'CMakeLists.txt'))) await visit(ctx, child, seen, out);
    else ctx.warn(`${manifest}: add_subdirectory(${sub}) has no ${joinPath(child, 'CMakeLists.txt')}; skipped`);
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
