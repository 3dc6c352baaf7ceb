import picomatch from 'picomatch';
import type { DiscoveryContext } from './DiscoveryContext.ts';
import { isSkippedDirectory } from './isSkippedDirectory.ts';
import { joinPath } from './joinPath.ts';
import { normalizeModulePath } from './normalizeModulePath.ts';

/** A glob segment ending in an extension (`*.erl`, `*.{c,h}`, `rebar_*.erl`). */
const FILE_SEGMENT = /\.(?:\w+|\{[\w,]+\})$/u;

/**
 * Existing directories matching workspace-style globs ("packages/*", "libs/**", "!packages/legacy"),
 * relative to the root, sorted. A directory matches when it matches a positive pattern and no '!' one.
 *
 * Patterns are expanded segment by segment (readdir only where a segment is a glob) instead of matching
 * every directory of the repository: "packages/*" costs one readdir. Wildcards never enter hidden
 * directories or node_modules; '**' also skips build output (dist, target …), but a literal segment
 * may name one ("dist/*"). A last segment with an extension also matches files (`src/*.erl`): a flat
 * folder of many files (rebar3's src/) is cut a module per file.
 */
export const expandDirectoryGlobs = async (
  ctx: DiscoveryContext,
  patterns: readonly string[],
  origin: string,
): Promise<string[]> => {
  const positive: string[] = [];
  const negative: string[] = [];
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = normalizeModulePath(negated ? raw.slice(1) : raw);
    if (pattern === undefined) {
      ctx.warn(`${origin}: ignored pattern "${raw}": it points outside the repository`);
      continue;
    }
    (negated ? negative : positive).push(pattern);
  }
  const excluded = negative.length > 0 ? picomatch(negative) : () => false;
  const found = new Set<string>();
  let matched = 0;

  const expand = async (segments: readonly string[], index: number, dir: string): Promise<void> => {
    const segment = segments[index];
    if (segment === undefined) {
      matched += 1;
      found.add(dir);
      return;
    }
    if (segment === '**') {
      await expand(segments, index + 1, dir);
      for (const e of await ctx.list(dir)) {
        if (e.kind === 'directory' && !isSkippedDirectory(ctx.root, joinPath(dir, e.name))) await expand(segments, index, joinPath(dir, e.name));
      }
      return;
    }
    if (picomatch.scan(segment).isGlob) {
      const matches = picomatch(segment);
      // A last segment with an extension ("src/*.erl") names files: a module per file of a flat folder.
      const files = index === segments.length - 1 && FILE_SEGMENT.test(segment);
      for (const e of await ctx.list(dir)) {
        if (e.kind === 'directory' && e.name !== 'node_modules' && matches(e.name)) {
          await expand(segments, index + 1, joinPath(dir, e.name));
        } else if (files && e.kind === 'file' && matches(e.name)) {
          matched += 1;
          found.add(joinPath(dir, e.name));
        }
      }
      return;
    }
    const next = joinPath(dir, segment);
    if (await ctx.isDirectory(next)) await expand(segments, index + 1, next);
  };

  for (const pattern of positive) {
    matched = 0;
    await expand(pattern === '' ? [] : pattern.split('/'), 0, '');
    if (matched === 0) ctx.warn(`${origin}: pattern "${pattern}" matches no ${FILE_SEGMENT.test(pattern) ? 'file or directory' : 'directory'}`);
  }
  return [...found].filter((dir) => !excluded(dir)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
};
