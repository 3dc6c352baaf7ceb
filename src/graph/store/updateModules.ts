import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isTestFile } from '../isTestFile.ts';
import { collectPackageNames, manifestPaths } from '../collectPackageNames.ts';
import { familyKey } from '../languageFamily.ts';
import { createImportResolver, RESOLVER_VERSION } from '../createImportResolver.ts';
import { README_RULES_VERSION, readModuleReadme } from '../readModuleReadme.ts';
import { SUMMARY_VERSION } from '../summarizeModule.ts';
import type { ModuleDef, ModuleId } from '../types.ts';
import type { FileChanges } from './createFactWriter.ts';
import { cachedRead } from './fsCache.ts';
import { followMoves } from './followMoves.ts';
import { linkCommits } from './linkCommits.ts';
import { getMeta, setMeta, type Db } from './openStore.ts';
import { resolveImportTargets } from './resolveImportTargets.ts';
import { updateEdges } from './updateEdges.ts';
import { writeManifestImports } from './writeManifestImports.ts';
import { updateModuleSearch } from './updateModuleSearch.ts';
import { writeModuleRows } from './writeModuleRows.ts';

/**
 * Bump when commits link to other modules for the same files (1: a file that moved counts where it is now; 2: where the
 * other files of its commit went, when several files of today end the same way; 5: a changelog or lockfile beside
 * another module's file credits nothing; 6: a file whose folder is gone credits nobody;
 * 7: nor does a changelog beside it, and news fragments by folder, versioned changelogs; 8: a
 * folder holding only a tool's leftovers (`__pycache__/`, `.DS_Store`) is gone; 9: a commit that changes code links to its
 * code's modules, not to tests or docs beside it; 10: documents and tests in tiers; 11: a file moved down within its
 * folder, `src/x.c` → `src/libgit2/x.c`, is followed; 12: not a build file or a page every folder may have; 13: a file
 * goes where its folder went, `lib/Doctrine/ORM/UnitOfWork.php` → `src/UnitOfWork.php`).
 */
const LINK_RULES_VERSION = 13;

/** Manifests at the root that say how code imports itself (a Go module path, a package or crate name). */
const ROOT_MANIFESTS = ['go.mod', 'package.json', 'Cargo.toml', 'pubspec.yaml', 'tsconfig.json', 'jsconfig.json'];

export interface ModuleUpdate {
  root: string;
  modules: ModuleDef[];
  moduleOf: (path: string) => ModuleId | undefined;
  /** Every listed file, owned or not: a go.mod above the modules still names their import paths. */
  allFiles: string[];
  /** Recompute everything: the module list changed, or the store was cleared. */
  full: boolean;
  /** The per-file rows this run wrote and removed. */
  files: FileChanges;
  /** 'replaced': history was read in full or dropped; otherwise the commits appended this run. */
  history: 'replaced' | readonly string[];
}

/**
 * Brings everything derived at module level up to date with the stored per-file facts: file
 * ownership, import targets, edges, module rows and summaries, commit→module links and the FTS rows.
 * Only what the changes can reach is recomputed (see README.md, "Re-index"); the result is the
 * same as recomputing everything. Returns whether anything changed, and the edge count.
 */
export function updateModules(db: Db, input: ModuleUpdate): { changed: boolean; edges: number } {
  const { full, files, moduleOf } = input;
  const owners = (paths: Iterable<string>) => new Set([...paths].map(moduleOf).filter((m) => m !== undefined));

  // 1. Ownership: it only moves when the module list does; new rows have none yet.
  const setOwner = db.prepare('UPDATE files SET module_id = ? WHERE path = ?');
  const paths = db.prepare('SELECT path FROM files').pluck().all() as string[];
  for (const p of full ? paths : files.written) setOwner.run(moduleOf(p) ?? null, p);

  // 2. Import targets. Resolution reads the set of files, the manifests' package names and which
  // modules declare which Java/Kotlin/C# package: when none of those moved, an unchanged file's
  // imports still resolve where they did, and only the written files need resolving.
  // (manifests and READMEs are read again only when their stamps moved: see fsCache.ts)
  // The root's manifests name the code below it even when an explicit module list leaves the root out
  // (hugo's 121 listed packages: the root go.mod went unread, and no Go import resolved).
  const listed = new Set(input.allFiles);
  const rootManifests = ROOT_MANIFESTS.filter((name) => !listed.has(name) && existsSync(join(input.root, name)));
  const manifests = manifestPaths(rootManifests.length > 0 ? [...listed, ...rootManifests] : listed);
  // (keyed by the resolver's version too, as namesKey below: an upgrade that reads tsconfig files differently reads them again)
  const packageNames = cachedRead(db, input.root, 'package_names', `3\0${RESOLVER_VERSION}\0${JSON.stringify(manifests)}`, (reads) => collectPackageNames(input.root, manifests, reads));
  // The resolver's version is part of the key: a modroute that resolves differently re-resolves every import once.
  // C#'s `global using`s reach every file below them: one changed re-resolves everything, as a manifest does.
  const globalUsings = new Map<string, string[]>();
  const hasCSharp = db.prepare(`SELECT 1 FROM files WHERE path LIKE '%.cs' LIMIT 1`).get() !== undefined;
  const usingRows = !hasCSharp ? [] : (db.prepare(`SELECT file, spec FROM imports WHERE kind = 'qualified' AND system = 1 AND file LIKE '%.cs' ORDER BY file, rowid`).all() as { file: string; spec: string }[]);
  for (const r of usingRows) {
    // (a project's `Properties/GlobalUsings.cs` opens them to the project's folder, not only to Properties/)
    const folder = r.file.includes('/') ? r.file.slice(0, r.file.lastIndexOf('/')) : '';
    const dir = /(?:^|\/)Properties$/u.test(folder) ? folder.slice(0, Math.max(0, folder.lastIndexOf('/'))) : folder;
    const list = globalUsings.get(dir) ?? globalUsings.set(dir, []).get(dir)!;
    if (!list.includes(r.spec)) list.push(r.spec);
  }
  // Swift's top-level types by the files that declare them (below): a type added to a file others already name
  // re-resolves everything too.
  // (the symbols table is read only in a tree that has Swift: in others it may hold a million rows)
  const hasSwift = db.prepare(`SELECT 1 FROM files WHERE path LIKE '%.swift' LIMIT 1`).get() !== undefined;
  const swiftTypes = !hasSwift ? [] : (db.prepare(`SELECT s.file AS file, s.name AS name, f.module_id AS mod FROM files f JOIN symbols s ON s.file = f.path
      WHERE f.path LIKE '%.swift' AND s.container IS NULL AND s.exported = 1 AND s.kind IN ('class', 'struct', 'enum', 'protocol') AND f.module_id IS NOT NULL
      ORDER BY s.file, s.name`).all() as { file: string; name: string; mod: ModuleId }[]);
  const namesKey = createHash('sha1')
    .update(`resolver ${RESOLVER_VERSION}\0${JSON.stringify(packageNames)}\0${JSON.stringify([...globalUsings])}\0${swiftTypes.map((t) => `${t.file}:${t.name}`).join('\n')}`)
    .digest('hex');
  const everywhere = full || files.added.size > 0 || files.removed.size > 0 || files.packagesChanged || getMeta(db, 'package_names') !== namesKey;
  if (everywhere || files.written.size > 0) {
    // One pass over the files that declare a package or namespace: how many of each module's files
    // declare it, and `namespace.FileStem` → module for the class-first lookup (names two modules claim left out).
    // Test files' declarations apart: code never imports a test, so a package a test fixture declares
    // (Scala's `test/files/pos/t8367.scala` says `package java.lang`; kotlinx-coroutines' FakeAndroid.kt
    // `package android.os`) or shares with the code (`scala.tools.nsc.symtab`, 6 files in test/junit, 5 in
    // the compiler) resolves code's imports to the code; tests look at their own declarations after it.
    const code = { packages: new Map<string, Map<ModuleId, number>>(), classes: new Map<string, ModuleId>(), claimed: new Set<string>() };
    const tests = { packages: new Map<string, Map<ModuleId, number>>(), classes: new Map<string, ModuleId>(), claimed: new Set<string>() };
    const claim = (into: typeof code, name: string, mod: ModuleId): void => {
      const known = into.classes.get(name);
      if (known !== undefined && known !== mod) into.claimed.add(name);
      else into.classes.set(name, mod);
    };
    for (const r of db.prepare(`SELECT path, package_name AS pkg, module_id AS mod FROM files
        WHERE package_name IS NOT NULL AND module_id IS NOT NULL`).all() as { path: string; pkg: string; mod: ModuleId }[]) {
      const into = isTestFile(r.path) ? tests : code;
      const key = familyKey(r.path, r.pkg);
      const owners = into.packages.get(key) ?? into.packages.set(key, new Map()).get(key)!;
      owners.set(r.mod, (owners.get(r.mod) ?? 0) + 1);
      claim(into, `${key}.${r.path.slice(r.path.lastIndexOf('/') + 1).replace(/\..*$/, '')}`, r.mod);
    }
    // Swift has no packages: a target's files see each other's types with no import. A file named after a
    // type (`HybridCameraSpec.swift`; not an extension's `AVCaptureDevice+Torch.swift`) is where it lives.
    for (const r of db.prepare(`SELECT path, module_id AS mod FROM files WHERE path LIKE '%.swift' AND module_id IS NOT NULL`).all() as { path: string; mod: ModuleId }[]) {
      const stem = r.path.slice(r.path.lastIndexOf('/') + 1).replace(/\.swift$/u, '');
      if (/^[A-Z]\w*$/u.test(stem)) claim(isTestFile(r.path) ? tests : code, familyKey(r.path, stem), r.mod);
    }
    // …and where a file declares more (Alamofire's Request.swift declares DataRequest, DownloadRequest …, which
    // Combine.swift extends: that module depended on three others where it uses ten), by its top-level types' names.
    // (a type named like its file is claimed above already, and claiming a name again for its module changes nothing;
    // another file's `extension Foo` declares no type, nor does a private one count; a name two modules claim
    // resolves to neither, as for files' names)
    for (const r of swiftTypes) claim(isTestFile(r.file) ? tests : code, familyKey(r.file, r.name), r.mod);
    for (const into of [code, tests]) for (const name of into.claimed) into.classes.delete(name);
    const { packages, classes } = code;
    const resolve = createImportResolver({ files: paths, modules: input.modules, moduleOf, packages, classes, testPackages: tests.packages, testClasses: tests.classes, packageNames, globalUsings });
    resolveImportTargets(db, resolve, everywhere ? 'all' : files.written);
  }
  setMeta(db, 'package_names', namesKey);
  // …and the dependencies manifests declare on the repository's own projects, as imports of the manifests.
  const manifestsChanged = writeManifestImports(db, input.root, paths, moduleOf, packageNames);

  // 3. Edges leave the modules whose files changed (every module, when every import was resolved again).
  const changedOwners = owners([...files.written, ...files.removed, ...manifestsChanged]);
  const edgeEnds = updateEdges(db, everywhere ? 'all' : changedOwners);

  // 4. Module rows: a module's row reads its files, its edges (both ways) and its README.
  // Keyed by the README rules too: which README a folder's several speak for (README.md first) changes with them.
  const readmeList = cachedRead(db, input.root, 'readmes', JSON.stringify([README_RULES_VERSION, input.modules.map((m) => m.path)]), (reads) => {
    const seen = new Map<string, string | undefined>();
    return input.modules.map((m) => readModuleReadme(input.root, m.path, reads, seen) ?? null);
  });
  const readmes = new Map(input.modules.map((m, i) => [m.id, readmeList[i] ?? undefined]));
  const readmeOf = (m: ModuleDef) => readmes.get(m.id);
  let dirty: Set<string>;
  // A modroute that writes module rows differently (its summaries) rewrites every row once.
  const rowsKey = `summary ${SUMMARY_VERSION}`;
  if (full) {
    db.exec('DELETE FROM modules');
    dirty = new Set(input.modules.map((m) => m.id));
  } else if (getMeta(db, 'module_rows') !== rowsKey) {
    dirty = new Set(input.modules.map((m) => m.id));
  } else {
    dirty = new Set([...changedOwners, ...edgeEnds]);
    for (const r of db.prepare('SELECT id, readme FROM modules').all() as { id: ModuleId; readme: string | null }[]) {
      if ((readmes.get(r.id) ?? null) !== r.readme) dirty.add(r.id);
    }
  }
  writeModuleRows(db, input.modules.filter((m) => dirty.has(m.id)), readmeOf);
  setMeta(db, 'module_rows', rowsKey);

  // 5. History links and 6. the full-text rows (which hold commit subjects too). A file history names that the tree
  // no longer holds counts where it moved (followMoves.ts); where that is depends on the tree's files, so a run that
  // adds or removes any checks every link again, as a rebuild would make them.
  const follow = followMoves(
    paths,
    (path) => existsSync(join(input.root, path)),
    () => db.prepare('SELECT DISTINCT path FROM commit_files').pluck().iterate() as Iterable<string>,
  );
  // A file whose whole folder is gone, and that went nowhere of today, is code the tree no longer holds: its commits
  // describe it, not the module that now holds the place (ecto's removed lib/ecto/adapters/ had given 860 of its
  // 1,927 commits to the module of lib/ecto).
  let folders: Map<string, boolean> | undefined;
  const folderGone = (path: string): boolean => {
    if (folders === undefined) {
      folders = new Map();
      for (const p of paths) {
        if (LEFTOVERS.has(p.slice(p.lastIndexOf('/') + 1))) continue;
        for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) folders.set(p.slice(0, i), false);
      }
    }
    const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    if (dir === '') return false;
    let gone = folders.get(dir);
    // (a folder the walk skipped is still there; an empty one a checkout left behind is not)
    if (gone === undefined) folders.set(dir, (gone = !holdsAnything(join(input.root, dir))));
    return gone;
  };
  const ownerOf = (path: string, commitPaths: readonly string[]): ModuleId | undefined => {
    const moved = follow(path, commitPaths);
    if (moved !== undefined) return moduleOf(moved);
    return folderGone(path) ? undefined : moduleOf(path);
  };
  const linksKey = `links ${LINK_RULES_VERSION}`;
  if (full || input.history === 'replaced') {
    linkCommits(db, ownerOf, 'all');
    updateModuleSearch(db, 'all');
  } else {
    const relink = files.added.size > 0 || files.removed.size > 0 || getMeta(db, 'commit_links') !== linksKey;
    for (const id of linkCommits(db, ownerOf, relink ? 'all' : input.history)) dirty.add(id);
    updateModuleSearch(db, dirty);
  }
  setMeta(db, 'commit_links', linksKey);
  const changed = full || input.history === 'replaced' || input.history.length > 0 || dirty.size > 0 || edgeEnds.size > 0;
  return { changed, edges: db.prepare('SELECT COUNT(*) FROM edges').pluck().get() as number };
}

/**
 * Whether a directory exists and holds an entry other than what tools leave behind once its files are deleted
 * (`git rm -r` keeps a folder's `__pycache__/` or `.DS_Store` in a working copy, never in a fresh clone).
 */
const holdsAnything = (dir: string): boolean => {
  try {
    return readdirSync(dir).some((name) => !LEFTOVERS.has(name));
  } catch {
    return false;
  }
};
const LEFTOVERS: ReadonlySet<string> = new Set(['__pycache__', '.DS_Store', 'Thumbs.db', 'desktop.ini', '.pytest_cache', '.mypy_cache', '.ruff_cache']);
