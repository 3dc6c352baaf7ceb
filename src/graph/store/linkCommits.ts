import { isTestFile } from '../isTestFile.ts';
import type { ModuleId } from '../types.ts';
import type { Db } from './openStore.ts';

/**
 * Links commits to the modules owning the paths they touched (`ownerOf`: a file the tree no longer holds is
 * looked for where it moved, followMoves.ts): every stored commit when `shas` is 'all', else only the given ones.
 * Returns the modules whose links changed: with 'all', only those (the links are compared with the stored ones).
 */
export function linkCommits(db: Db, ownerOf: (path: string, commitPaths: readonly string[]) => ModuleId | undefined, shas: 'all' | readonly string[]): Set<ModuleId> {
  const insLink = db.prepare('INSERT OR IGNORE INTO commit_modules (sha, module_id) VALUES (?, ?)');
  const changed = new Set<ModuleId>();
  if (shas !== 'all') {
    const filesOf = db.prepare('SELECT sha, path FROM commit_files WHERE sha = ?');
    for (const sha of shas) {
      const rows = filesOf.all(sha) as { sha: string; path: string }[];
      for (const mod of modulesOfCommit(rows.map((r) => r.path), ownerOf)) {
        insLink.run(sha, mod);
        changed.add(mod);
      }
    }
    return changed;
  }
  const key = (sha: string, mod: string) => `${sha}\0${mod}`;
  const before = new Set((db.prepare('SELECT sha, module_id FROM commit_modules').all() as { sha: string; module_id: string }[]).map((r) => key(r.sha, r.module_id)));
  const after = new Map<string, [string, ModuleId]>();
  // (each commit's paths together: a file that moved is placed by where the others of its commit went)
  const pathsBySha = new Map<string, string[]>();
  for (const r of db.prepare('SELECT sha, path FROM commit_files').all() as { sha: string; path: string }[]) {
    const list = pathsBySha.get(r.sha);
    if (list === undefined) pathsBySha.set(r.sha, [r.path]);
    else list.push(r.path);
  }
  for (const [sha, commitPaths] of pathsBySha) {
    for (const mod of modulesOfCommit(commitPaths, ownerOf)) after.set(key(sha, mod), [sha, mod]);
  }
  const del = db.prepare('DELETE FROM commit_modules WHERE sha = ? AND module_id = ?');
  for (const k of before) {
    if (after.has(k)) continue;
    const [sha, mod] = k.split('\0') as [string, ModuleId];
    del.run(sha, mod);
    changed.add(mod);
  }
  for (const [k, [sha, mod]] of after) {
    if (before.has(k)) continue;
    insLink.run(sha, mod);
    changed.add(mod);
  }
  return changed;
}

/**
 * A changelog, a release-notes entry or a lockfile is where a change is written down, not what it changes: beside a
 * file of another module it credits nothing (black's root module, holding CHANGES.md, was credited with 1,624 of
 * 2,030 commits, most of them the formatter's, and won requests on their words). A commit of nothing else credits it.
 * Tests and documentation come between: beside code they follow it and credit their module nothing (a feature's
 * commit also updates the manual and adds a test: alacritty's root, holding the man pages, had 948 of 2,436
 * commits, Django REST framework's docs/ 2,663 of 6,992); a commit of tests or documents alone credits theirs.
 */
export const modulesOfCommit = (commitPaths: readonly string[], ownerOf: (path: string, commitPaths: readonly string[]) => ModuleId | undefined): Set<ModuleId> => {
  // by tier: 0 code and everything else, 1 tests and documents, 2 ledgers
  const owners: Set<ModuleId>[] = [new Set(), new Set(), new Set()];
  // (a change to code no module holds now, a vanished folder's, is still no change to the changelog's module)
  const changed = [false, false, false];
  for (const path of commitPaths) {
    const tier = isLedgerFile(path) ? 2 : isTestFile(path) || isDocumentFile(path) ? 1 : 0;
    changed[tier] = true;
    const mod = ownerOf(path, commitPaths);
    if (mod !== undefined) owners[tier]?.add(mod);
  }
  const first = changed.indexOf(true);
  return first < 0 ? new Set() : (owners[first] as Set<ModuleId>);
};

/**
 * Prose by extension (Markdown, reStructuredText, AsciiDoc, Org, manual pages: `alacritty.5.scd`, `git.1`, `x.ronn`,
 * `x.pod`), plain text only in a folder of documents (`requirements.txt` and `CMakeLists.txt` are build input).
 */
export const isDocumentFile = (path: string): boolean =>
  /\.(?:md|markdown|mdx|rst|adoc|asciidoc|org|scd|ronn|pod)$/iu.test(path) ||
  // (a manual page by its section number only in a folder of documents: `libfoo.so.1` is no page)
  /(?:^|\/)(?:docs?|documentation|man\d?)\/(?:[^/]+\/)*[^/]+\.(?:[1-9]\w{0,3}|txt)$/iu.test(path) && !/(?:^|\/)(?:requirements[^/]*|CMakeLists)\.txt$/iu.test(path);

/** Changelogs and release notes by name (as text: `history.ts` is code), news fragments (towncrier, changesets, changie) by folder, lockfiles. */
const TEXT = String.raw`(?:\.(?:md|markdown|rst|txt|adoc|asciidoc|org))`;
// (a version after a changelog's name: Symfony's CHANGELOG-5.4.md)
const LEDGER_NAME = new RegExp(String.raw`^(?:(?:change[-_]?log|changes|release[-_]?notes)(?:[-_][\w.]+?${TEXT}|${TEXT}?)|(?:history|news|releases|whats[-_]?new)${TEXT}?)$`, 'iu');
const LEDGER_FOLDER = /(?:^|\/)(?:\.changeset|changelog\.d|changes\.d|newsfragments|\.changes)\//iu;
/** Text files in a folder of news fragments (pytest's changelog/1234.bugfix.rst, pip's news/, CPython's Misc/NEWS.d/): code there is no fragment. */
const FRAGMENT_FOLDER = new RegExp(String.raw`(?:^|/)(?:changelog|news|news\.d)/(?:[^/]+/)*[^/]+${TEXT}$`, 'iu');
const LOCKFILES = new Set(['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock', 'npm-shrinkwrap.json', 'Cargo.lock', 'poetry.lock', 'uv.lock', 'Pipfile.lock', 'Gemfile.lock', 'composer.lock', 'go.sum', 'mix.lock', 'pubspec.lock', 'Package.resolved', 'packages.lock.json', 'flake.lock']);

export const isLedgerFile = (path: string): boolean => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return LEDGER_NAME.test(name) || LOCKFILES.has(name) || LEDGER_FOLDER.test(path) || FRAGMENT_FOLDER.test(path);
};
