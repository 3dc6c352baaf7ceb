import { branchingDirectory } from '../graph/branchingDirectory.ts';
import { wantsTermBag } from '../graph/codeTermBag.ts';
import { isSourceFile } from '../graph/discovery/isSourceFile.ts';
import { isSupportFile } from '../graph/isSupportFile.ts';
import { isTestFile } from '../graph/isTestFile.ts';
import type { ModuleDef } from '../graph/types.ts';
import type { IndexStats } from './IndexEvent.ts';

/** A stored file: its owner, path, and the language an extractor read it as (null: none did). */
export interface StoredFile {
  id: string;
  path: string;
  language: string | null;
}

/**
 * What the index summary says about where the code is. `largestModule`: the module holding the most
 * code files (what gets a term bag: code, tests aside; examples and benchmarks aside too, so that axum's 55 example
 * crates, 330 files, do not hide that its `axum` crate holds half of the library), so that a test project of hundreds of files (a
 * .NET solution's `X.Tests`) or a folder of man pages (curl's docs/libcurl/opts) ranks below the code,
 * and where its files branch. `withoutExtractor`: source files (tests aside) that no extractor reads, by
 * extension, so the CLI can say which languages are indexed by path and words only.
 */
export const codeStats = (stored: readonly StoredFile[], modules: readonly ModuleDef[]): Pick<IndexStats, 'largestModule' | 'withoutExtractor'> => {
  const code = new Map<string, string[]>();
  const unread = new Map<string, number>();
  let sources = 0;
  let unreadCount = 0;
  for (const f of stored) {
    if (wantsTermBag(f.path, f.language !== null) && !isSupportFile(f.path)) {
      const paths = code.get(f.id) ?? [];
      paths.push(f.path);
      code.set(f.id, paths);
    }
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    if (!isSourceFile(name) || isTestFile(f.path)) continue;
    // (a `.ts` no extractor took is Qt Linguist's XML, read as no TypeScript: qBittorrent's 122 catalogues were named unparsed code)
    if (f.language === null && name.endsWith('.ts')) continue;
    sources++;
    if (f.language !== null) continue;
    const ext = name.slice(name.lastIndexOf('.'));
    unread.set(ext, (unread.get(ext) ?? 0) + 1);
    unreadCount++;
  }
  const out: Pick<IndexStats, 'largestModule' | 'withoutExtractor'> = {};
  if (unreadCount > 0) out.withoutExtractor = { files: unreadCount, of: sources, byExtension: [...unread].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) };
  let largest: [string, string[]] | undefined;
  let total = 0;
  for (const entry of code) {
    total += entry[1].length;
    if (largest === undefined || entry[1].length > largest[1].length || (entry[1].length === largest[1].length && entry[0] < largest[0])) largest = entry;
  }
  if (largest) {
    const [id, paths] = largest;
    const modulePath = modules.find((m) => m.id === id)?.path ?? '';
    const branchesAt = branchingDirectory(modulePath, paths);
    out.largestModule = { id, files: paths.length, of: total, branchesAt };
    const flat = flatExtension(branchesAt, paths);
    if (flat !== undefined) out.largestModule.flatExtension = flat;
  }
  return out;
};

/**
 * The extension most of a module's code files have when at least half of them lie directly in `dir` (a flat
 * folder: rebar3's src/ holds 89 `.erl` files and one subfolder), else undefined: there "src/*" cuts nothing.
 */
const flatExtension = (dir: string, paths: readonly string[]): string | undefined => {
  const prefix = dir === '' ? '' : `${dir}/`;
  const counts = new Map<string, number>();
  let direct = 0;
  for (const p of paths) {
    const rest = p.startsWith(prefix) ? p.slice(prefix.length) : undefined;
    if (rest === undefined || rest.includes('/')) continue;
    direct++;
    const dot = rest.lastIndexOf('.');
    if (dot > 0) counts.set(rest.slice(dot), (counts.get(rest.slice(dot)) ?? 0) + 1);
  }
  if (direct < paths.length / 2) return undefined;
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
};
