import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectPackageNames } from '../collectPackageNames.ts';
import { createImportResolver } from '../createImportResolver.ts';
import { summarizeModule } from '../summarizeModule.ts';
import type { ModuleSymbol } from '../ModuleGraph.ts';
import type { ImportFact, ModuleDef, ModuleId, SymbolKind } from '../types.ts';
import type { Db } from './openStore.ts';

const MAX_SYMBOLS = 400;
const MAX_DOCS = 60;
const MAX_README = 4000;

/**
 * Recomputes everything derived at module level from the stored per-file facts: file ownership,
 * module attributes and summaries, dependency edges, commit→module links and the FTS tables.
 * It is cheap next to parsing, so it always runs in full; only parsing is incremental.
 */
export function rebuildModules(
  db: Db,
  root: string,
  modules: ModuleDef[],
  moduleOf: (path: string) => ModuleId | undefined,
  /** Every listed file, owned or not: a go.mod above the modules still names their import paths. */
  allFiles: string[],
): { edges: number } {
  // 1. Ownership.
  const paths = db.prepare('SELECT path FROM files').pluck().all() as string[];
  const setOwner = db.prepare('UPDATE files SET module_id = ? WHERE path = ?');
  for (const p of paths) setOwner.run(moduleOf(p) ?? null, p);

  // 2. Edges from imports.
  const packages = new Map<string, Map<ModuleId, number>>();
  for (const r of db.prepare(`SELECT package_name AS pkg, module_id AS mod, COUNT(*) AS n FROM files
      WHERE package_name IS NOT NULL AND module_id IS NOT NULL GROUP BY pkg, mod`).all() as { pkg: string; mod: ModuleId; n: number }[]) {
    const m = packages.get(r.pkg) ?? new Map<ModuleId, number>();
    m.set(r.mod, r.n);
    packages.set(r.pkg, m);
  }
  const resolve = createImportResolver({ files: paths, modules, moduleOf, packages, packageNames: collectPackageNames(root, allFiles) });
  const weights = new Map<string, number>();
  const importRows = db.prepare(`SELECT i.file, i.spec, i.kind, i.system, f.module_id AS mod FROM imports i JOIN files f ON f.path = i.file
    WHERE f.module_id IS NOT NULL AND i.system = 0`).iterate() as Iterable<{ file: string; spec: string; kind: ImportFact['kind']; mod: ModuleId }>;
  for (const r of importRows) {
    const target = resolve(r.file, { spec: r.spec, kind: r.kind });
    if (!target || target === r.mod) continue;
    const key = `${r.mod}\0${target}`;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  db.exec('DELETE FROM edges');
  const insEdge = db.prepare('INSERT INTO edges (src, dst, weight) VALUES (?, ?, ?)');
  const deps = new Map<string, { id: string; w: number }[]>();
  const users = new Map<string, { id: string; w: number }[]>();
  for (const [key, w] of weights) {
    const [src, dst] = key.split('\0') as [string, string];
    insEdge.run(src, dst, w);
    (deps.get(src) ?? deps.set(src, []).get(src)!).push({ id: dst, w });
    (users.get(dst) ?? users.set(dst, []).get(dst)!).push({ id: src, w });
  }
  const byWeight = (list: { id: string; w: number }[] | undefined) => (list ?? []).sort((a, b) => b.w - a.w || (a.id < b.id ? -1 : 1)).map((x) => x.id);

  // 3. Module attributes.
  db.exec('DELETE FROM modules');
  const insModule = db.prepare(`INSERT INTO modules (id, path, name, description, manifest, readme, summary, file_count, bytes, languages, docs)
    VALUES (@id, @path, @name, @description, @manifest, @readme, @summary, @fileCount, @bytes, @languages, @docs)`);
  const filesOf = db.prepare('SELECT path, language, size, docs FROM files WHERE module_id = ? ORDER BY path');
  const symbolsOf = db.prepare(`SELECT s.name, s.kind, s.file, s.exported, s.doc FROM symbols s JOIN files f ON f.path = s.file
    WHERE f.module_id = ? ORDER BY s.exported DESC, s.file, s.line LIMIT ${MAX_SYMBOLS}`);
  for (const m of modules) {
    const files = filesOf.all(m.id) as { path: string; language: string | null; size: number; docs: string }[];
    const languages: Record<string, number> = {};
    let bytes = 0;
    const docs: string[] = [];
    for (const f of files) {
      const lang = f.language ?? 'other';
      languages[lang] = (languages[lang] ?? 0) + 1;
      bytes += f.size;
      for (const d of JSON.parse(f.docs) as string[]) if (docs.length < MAX_DOCS) docs.push(d);
    }
    const symbols = (symbolsOf.all(m.id) as { name: string; kind: SymbolKind; file: string; exported: number; doc: string | null }[]).map(
      (s): ModuleSymbol => ({ name: s.name, kind: s.kind, file: s.file, exported: s.exported === 1, ...(s.doc ? { doc: s.doc } : {}) }),
    );
    for (const s of symbols) if (s.doc && docs.length < MAX_DOCS) docs.push(s.doc);
    const readme = readReadme(root, m.path);
    const summary = summarizeModule({
      id: m.id, name: m.name, description: m.description, readme, fileCount: files.length, languages, symbols,
      docComments: docs, dependsOn: byWeight(deps.get(m.id)), usedBy: byWeight(users.get(m.id)),
    });
    insModule.run({
      id: m.id, path: m.path, name: m.name ?? null, description: m.description ?? null, manifest: m.manifest ?? null,
      readme: readme ?? null, summary, fileCount: files.length, bytes, languages: JSON.stringify(languages), docs: JSON.stringify(docs),
    });
  }

  // 4. History links.
  db.exec('DELETE FROM commit_modules');
  const insLink = db.prepare('INSERT OR IGNORE INTO commit_modules (sha, module_id) VALUES (?, ?)');
  for (const r of db.prepare('SELECT sha, path FROM commit_files').all() as { sha: string; path: string }[]) {
    const mod = moduleOf(r.path);
    if (mod) insLink.run(r.sha, mod);
  }

  // 5. The full-text table, ready for search (symbol names are a column of it).
  db.exec('DELETE FROM modules_fts;');
  db.exec(`INSERT INTO modules_fts (id, name, symbols, docs, summary, history)
    SELECT m.id, COALESCE(m.name, ''),
      COALESCE((SELECT group_concat(s.name, ' ') FROM symbols s JOIN files f ON f.path = s.file WHERE f.module_id = m.id), ''),
      m.docs || ' ' || COALESCE(m.readme, '') || ' ' || COALESCE(m.description, ''), m.summary,
      COALESCE((SELECT group_concat(c.subject, ' ') FROM commits c JOIN commit_modules cm ON cm.sha = c.sha WHERE cm.module_id = m.id), '')
    FROM modules m`);
  return { edges: weights.size };
}

function readReadme(root: string, dir: string): string | undefined {
  try {
    const abs = join(root, dir);
    const name = readdirSync(abs).find((n) => /^readme(\.(md|markdown|txt|rst))?$/i.test(n));
    return name ? readFileSync(join(abs, name), 'utf8').slice(0, MAX_README) : undefined;
  } catch {
    return undefined;
  }
}
