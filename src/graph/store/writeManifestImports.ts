import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageName } from '../collectPackageNames.ts';
import { takeStamp } from '../fsStamps.ts';
import { DEPENDENCY_MANIFEST, manifestDependencies, type ManifestDependency } from '../manifestDependencies.ts';
import type { ModuleId } from '../types.ts';
import { cachedRead } from './fsCache.ts';
import type { Db } from './openStore.ts';

/** Bump when manifestDependencies reads differently: the cached dependency lists are read again. (2: Cargo's dotted keys
 * and `[[bin]]` tables, any order of a ProjectReference's attributes, folders outside the repository left out; 3: a
 * ProjectReference from a property naming the root, `$(RepoRoot)`; 4: only names that mean the root; 5: Gradle build scripts' project
 * dependencies.) */
const MANIFEST_DEPENDENCIES_VERSION = 5;
const FIXTURE = /(?:^|\/)(?:testdata|fixtures|__fixtures__)\//u;

/**
 * Each manifest's dependencies on the repository's own projects as imports of the manifest file (kind
 * 'manifest'), so that updateEdges counts them like any import: one per declared dependency. Written
 * afresh on every run after code imports are resolved (the code resolver must not read them).
 * Returns the manifests whose dependency rows changed (their modules' edges must be counted again).
 */
export function writeManifestImports(db: Db, root: string, files: Iterable<string>, moduleOf: (path: string) => ModuleId | undefined, packageNames: PackageName[]): Set<string> {
  const manifests = [...files].filter((f) => DEPENDENCY_MANIFEST.test(f) && !FIXTURE.test(f)).sort();
  const declared = cachedRead(db, root, 'manifest_dependencies', JSON.stringify([MANIFEST_DEPENDENCIES_VERSION, manifests]), (reads) =>
    manifests.map((file): [string, ManifestDependency[]] => {
      reads.push(takeStamp(root, file, true));
      try {
        return [file, manifestDependencies(file, readFileSync(join(root, file), 'utf8'))];
      } catch {
        return [file, []];
      }
    }),
  );
  const byName = new Map<string, string>();
  for (const p of packageNames) if (p.kind === 'npm' || p.kind === 'cargo' || p.kind === 'pub') byName.set(`${p.kind}\0${p.name}`, p.dir);
  const kindOf = (file: string): string => (file.endsWith('package.json') ? 'npm' : file.endsWith('Cargo.toml') ? 'cargo' : 'pub');
  const ownerOf = (dir: string): ModuleId | undefined => moduleOf(dir ? `${dir}/_` : '_');
  // (a Gradle project's folder must hold files: a path the script names that is no folder here draws no edge to the
  // module around it)
  let folders: Set<string> | undefined;
  const holdsFiles = (dir: string): boolean => {
    if (folders === undefined) {
      folders = new Set();
      for (const f of files) for (let i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1)) folders.add(f.slice(0, i));
    }
    return folders.has(dir);
  };
  const keyOf = (r: { file: string; spec: string; target: string }): string => `${r.file}\0${r.spec}\0${r.target}`;
  const rows = new Map<string, { file: string; spec: string; target: ModuleId }>();
  for (const [file, deps] of declared) {
    for (const dep of deps) {
      const dir = dep.dirs !== undefined ? dep.dirs.find(holdsFiles) : (dep.dir ?? (dep.name !== undefined ? byName.get(`${kindOf(file)}\0${dep.name}`) : undefined));
      const target = dir === undefined ? undefined : ownerOf(dir);
      const spec = dep.dir ?? dep.name ?? dir ?? '';
      if (target !== undefined) rows.set(keyOf({ file, spec, target }), { file, spec, target });
    }
  }
  const changed = new Set<string>();
  const before = db.prepare(`SELECT file, spec, target FROM imports WHERE kind = 'manifest'`).all() as { file: string; spec: string; target: string }[];
  const old = new Set(before.map(keyOf));
  for (const r of before) if (!rows.has(keyOf(r))) changed.add(r.file);
  for (const [key, r] of rows) if (!old.has(key)) changed.add(r.file);
  if (changed.size === 0) return changed;
  db.prepare(`DELETE FROM imports WHERE kind = 'manifest'`).run();
  const insert = db.prepare(`INSERT INTO imports (file, spec, kind, system, target) VALUES (?, ?, 'manifest', 0, ?)`);
  for (const r of rows.values()) insert.run(r.file, r.spec, r.target);
  return changed;
}
