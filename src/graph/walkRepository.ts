import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { stampsHold, takeStamp, type Stamp } from './fsStamps.ts';

/** Directories that hold vendored or generated code in most ecosystems; skipped and counted. */
export const VENDORED_DIRS = new Set([
  'node_modules', 'bower_components', 'jspm_packages', 'vendor', 'third_party', 'third-party', 'thirdparty',
  'Pods', 'Carthage', '.venv', 'venv', '__pycache__', '.tox', '.mypy_cache', '.pytest_cache', '.gradle',
  '.idea', '.vscode', '.next', '.nuxt', '.svelte-kit', '.turbo', '.cache', 'coverage', '.modroute', '.git',
  '.hg', '.svn', 'DerivedData',
]);

export interface WalkOptions {
  include?: string[];
  exclude?: string[];
  /** Skip directories named in VENDORED_DIRS (default true). */
  skipVendored?: boolean;
  /** Only files under one of these repo-relative directories ('' = whole repo). */
  roots?: string[];
  maxFiles?: number;
  /** The previous run's listing: returned as it is when made with the same options and every read it came from still holds. */
  previous?: WalkResult | undefined;
}

export interface WalkResult {
  /** Repo-relative POSIX paths of regular files, sorted. */
  files: string[];
  skipped: { vendored: number; ignored: number; excluded: number; symlinks: number; special: number; unreadableDirs: string[] };
  truncated: boolean;
  /** The options the listing was made with, and what it read (directories, ignore files): while these hold, so does the listing. */
  key: string;
  reads: Stamp[];
}

/**
 * Lists the repository's files, honouring nested .gitignore files, .git/info/exclude and the
 * config's include/exclude globs. Symlinks are never followed, so broken links and loops are harmless.
 */
export async function walkRepository(root: string, options: WalkOptions = {}): Promise<WalkResult> {
  const skipVendored = options.skipVendored ?? true;
  const key = JSON.stringify([options.include ?? [], options.exclude ?? [], skipVendored, options.roots ?? null, options.maxFiles ?? null]);
  // A file's edit changes no directory, so a re-index after edits lists nothing: it stats what the
  // last listing read (one stat per directory) instead of reading and filtering every directory.
  const { previous } = options;
  if (previous && previous.key === key && stampsHold(root, previous.reads)) return previous;
  const isExcluded = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : undefined;
  const isIncluded = options.include?.length ? picomatch(options.include, { dot: true }) : undefined;
  const rootFilter = rootFilterFor(options.roots);
  const result: WalkResult = {
    files: [],
    skipped: { vendored: 0, ignored: 0, excluded: 0, symlinks: 0, special: 0, unreadableDirs: [] },
    truncated: false,
    key,
    reads: [],
  };
  const base = ignore();
  result.reads.push(takeStamp(root, '.git/info/exclude', true));
  const infoExclude = await readText(join(root, '.git', 'info', 'exclude'));
  if (infoExclude) base.add(infoExclude);
  const rules: { dir: string; ig: Ignore }[] = [{ dir: '', ig: base }];

  const visit = async (dir: string, depthRules: { dir: string; ig: Ignore }[]): Promise<void> => {
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
      if (text) scoped = [...depthRules, { dir, ig: ignore().add(text) }];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        result.skipped.symlinks++;
        continue;
      }
      const isDir = entry.isDirectory();
      if (!isDir && !entry.isFile()) {
        result.skipped.special++;
        continue;
      }
      if (isDir && entry.name === '.git') continue;
      if (isDir && skipVendored && VENDORED_DIRS.has(entry.name)) {
        result.skipped.vendored++;
        continue;
      }
      if (isIgnored(scoped, rel, isDir)) {
        result.skipped.ignored++;
        continue;
      }
      if (isExcluded && (isExcluded(rel) || (isDir && isExcluded(`${rel}/`)))) {
        result.skipped.excluded++;
        continue;
      }
      if (isDir) {
        if (rootFilter.enter(rel)) await visit(rel, scoped);
        continue;
      }
      if (!rootFilter.keep(rel)) continue;
      if (isIncluded && !isIncluded(rel)) {
        result.skipped.excluded++;
        continue;
      }
      if (options.maxFiles !== undefined && result.files.length >= options.maxFiles) {
        result.truncated = true;
        return;
      }
      result.files.push(rel);
    }
  };
  await visit('', rules);
  result.files.sort();
  return result;
}

function isIgnored(rules: { dir: string; ig: Ignore }[], rel: string, isDir: boolean): boolean {
  for (const { dir, ig } of rules) {
    const local = dir ? rel.slice(dir.length + 1) : rel;
    if (ig.ignores(isDir ? `${local}/` : local)) return true;
  }
  return false;
}

/** With explicit module roots, only descend into directories on the way to, or inside, a root. */
function rootFilterFor(roots: string[] | undefined): { enter(dir: string): boolean; keep(file: string): boolean } {
  if (!roots || roots.length === 0 || roots.includes('')) return { enter: () => true, keep: () => true };
  const inside = (p: string) => roots.some((r) => p === r || p.startsWith(`${r}/`));
  const above = (p: string) => roots.some((r) => r.startsWith(`${p}/`));
  return { enter: (d) => inside(d) || above(d), keep: (f) => inside(f) };
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}
