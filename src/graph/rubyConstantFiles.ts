import { posix } from 'node:path';

/** A path with every underscore out: `rubo_cop/cop/line_length.rb` and `rubocop/cop/linelength.rb` read alike. */
const squash = (path: string): string => path.replace(/_/gu, '');

/** Extra folders a collapsed path may hold between the namespace's folders (`cop/mixin/` for `RuboCop::Cop`). */
const MAX_COLLAPSED = 2;

/**
 * Where a Ruby constant's file is when it is not where its name underscores to, as Zeitwerk's inflections and
 * collapsed folders allow: `RuboCop::Cop::Alignment` underscores to `rubo_cop/cop/alignment.rb` but lives in
 * `lib/rubocop/cop/mixin/alignment.rb` (a brand name's capitals are no word break there, and `mixin/` adds no
 * namespace). rubocop's review: 102 of 4,615 constant references resolved. Given the candidate paths innermost
 * first, returns the first of two or more segments (a namespace's: a lone name found anywhere would be a guess)
 * that a file matches with underscores ignored, else the first whose folders a file holds in order with at most two
 * more among them; several files: the nearest to the referring file.
 */
export const createRubyConstantFiles = (files: Iterable<string>, nearest: (fromFile: string, matches: string[]) => string | undefined) => {
  // Each Ruby file with its path squashed once, by its squashed base name.
  const bySquashedBase = new Map<string, { file: string; squashed: string }[]>();
  const squashedFiles = new Set<string>();
  for (const file of files) {
    if (!file.endsWith('.rb')) continue;
    const entry = { file, squashed: squash(file) };
    squashedFiles.add(entry.squashed);
    const base = posix.basename(entry.squashed);
    const list = bySquashedBase.get(base);
    if (list) list.push(entry);
    else bySquashedBase.set(base, [entry]);
  }
  /** The fewest extra folders a file's path holds among the namespace's, from any folder named like its first (a monorepo's `activerecord/lib/active_record/…`). */
  // A folder with a file of its name beside it (`liquid_renderer/` and `liquid_renderer.rb`) is a namespace's, not one
  // Zeitwerk collapses: jekyll's `File` (Ruby's) had resolved to `Jekyll::LiquidRenderer::File` from 38 files.
  const namespaceFolder = (fileDirs: readonly string[], at: number): boolean => squashedFiles.has(`${fileDirs.slice(0, at + 1).join('/')}.rb`);
  const collapsedMatch = (squashedFile: string, dirs: readonly string[]): boolean => {
    const fileDirs = squashedFile.split('/').slice(0, -1);
    let best = Infinity;
    for (let start = fileDirs.indexOf(dirs[0] ?? ''); start >= 0; start = fileDirs.indexOf(dirs[0] ?? '', start + 1)) {
      let at = start;
      let extra = 0;
      let namespaced = false;
      for (let i = 1; i < dirs.length && at >= 0; i++) {
        const next = fileDirs.indexOf(dirs[i] ?? '', at + 1);
        for (let j = at + 1; j < next; j++) namespaced ||= namespaceFolder(fileDirs, j);
        extra += next - at - 1;
        at = next;
      }
      if (at < 0) continue;
      for (let j = at + 1; j < fileDirs.length; j++) namespaced ||= namespaceFolder(fileDirs, j);
      if (!namespaced) best = Math.min(best, extra + fileDirs.length - 1 - at);
    }
    return best <= MAX_COLLAPSED;
  };
  return (fromFile: string, candidates: readonly string[]): string | undefined => {
    for (const spec of candidates) {
      if (!spec.includes('/')) continue;
      const squashed = squash(spec);
      const matches = (bySquashedBase.get(posix.basename(squashed)) ?? []).filter((e) => e.squashed === squashed || e.squashed.endsWith(`/${squashed}`));
      if (matches.length > 0) return nearest(fromFile, matches.map((e) => e.file));
    }
    for (const spec of candidates) {
      const segments = squash(spec).split('/');
      if (segments.length < 2) continue;
      const dirs = segments.slice(0, -1);
      const matches = (bySquashedBase.get(segments.at(-1) ?? '') ?? []).filter((e) => collapsedMatch(e.squashed, dirs));
      if (matches.length > 0) return nearest(fromFile, matches.map((e) => e.file));
    }
    return undefined;
  };
};
