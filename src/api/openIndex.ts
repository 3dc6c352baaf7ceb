import { existsSync } from 'node:fs';
import { closestNames } from '../util/closestNames.ts';
import { UnknownModuleError } from '../errors.ts';
import type { CommitRecord, ModuleGraph, ModuleNode } from '../graph/ModuleGraph.ts';
import { keySymbols } from '../graph/summarizeModule.ts';
import { loadGraph } from '../graph/store/loadGraph.ts';
import { memberCounts } from '../graph/store/memberCounts.ts';
import { getMeta, hasTable, openStore, readGuard } from '../graph/store/openStore.ts';
import type { ModuleId } from '../graph/types.ts';
import { resolveIndexedRepo } from './resolveRepo.ts';
import { statAll } from './statAll.ts';

export interface ModuleRow {
  id: ModuleId;
  name?: string;
  path: string;
  files: number;
  languages: string[];
  symbols: number;
  dependsOn: number;
  usedBy: number;
  commits: number;
}

export interface ModuleCard {
  id: ModuleId;
  name?: string;
  path: string;
  summary: string;
  description?: string;
  files: number;
  languages: Record<string, number>;
  keySymbols: string[];
  dependsOn: { id: ModuleId; weight: number }[];
  usedBy: { id: ModuleId; weight: number }[];
  recentCommits: Pick<CommitRecord, 'sha' | 'date' | 'subject'>[];
}

export interface IndexInfo {
  root: string;
  /** The repository's root when it was indexed (the store's metadata): where the graph's paths live. */
  indexedRoot?: string;
  dbPath: string;
  storeDir: string;
  indexedAt?: string;
  discovery?: string;
  fingerprint: string;
  /** The store holds term bags (a store written before they existed does not, until re-indexed). */
  termBags: boolean;
  /** The git HEAD the history was read up to (absent outside git). */
  head?: string;
}

export interface ModrouteIndex {
  readonly info: IndexInfo;
  /**
   * The whole module graph (loaded once, then cached). Module symbols and term bags are read from
   * the store on first access: read them before `close()`, or keep `detachGraph(graph)`.
   */
  graph(): ModuleGraph;
  modules(): ModuleRow[];
  /** A module card, by its id, the path of one of its files, a name only it has or the end of only its path; unknown ids throw UnknownModuleError with close matches. */
  show(id: string): ModuleCard;
  /**
   * Files of these modules edited, or deleted, since they were indexed (by size and mtime against the
   * stored stamp; at most `limit` files are looked at). Uncommitted edits move no git HEAD.
   */
  editedFiles(moduleIds: readonly string[], limit?: number): string[];
  close(): void;
}

/**
 * Opens an existing index read-only. Throws IndexMissingError when `modroute index` has not run,
 * IndexCorruptError for a foreign or damaged file.
 * @example const index = await openIndex({ repo: '.' }); index.modules(); index.close();
 */
export async function openIndex(options: { repo?: string; db?: string } = {}): Promise<ModrouteIndex> {
  const paths = resolveIndexedRepo(options.repo, options.db);
  const db = await openStore(paths.dbPath, { create: false, readonly: true });
  let cached: ModuleGraph | undefined;
  // With --db alone the repository is the one indexed, not the working directory (a warning that every file of the
  // answer changed, from anywhere else: okhttp's review); where it has moved, the working directory as before.
  const indexedRoot = getMeta(db, 'root');
  const root = options.repo === undefined && options.db !== undefined && indexedRoot !== undefined && existsSync(indexedRoot) ? indexedRoot : paths.root;
  const info: IndexInfo = {
    ...paths,
    root,
    fingerprint: getMeta(db, 'fingerprint') ?? '',
    ...(indexedRoot ? { indexedRoot } : {}),
    termBags: hasTable(db, 'file_terms'),
    ...(getMeta(db, 'indexed_at') ? { indexedAt: getMeta(db, 'indexed_at') as string } : {}),
    ...(getMeta(db, 'discovery') ? { discovery: getMeta(db, 'discovery') as string } : {}),
    ...(getMeta(db, 'head') ? { head: getMeta(db, 'head') as string } : {}),
  };
  let open = true;
  const guard = <T>(read: () => T): T => readGuard(paths.dbPath, read);
  const graph = () => (cached ??= guard(() => loadGraph(db, { guard, isOpen: () => open, termBags: info.termBags })));
  const find = (id: string): ModuleNode => {
    const g = graph();
    // (a Windows path's backslashes, and the repository's own absolute path, read as a repository path)
    const slashed = id.replace(/\\/gu, '/');
    const root = g.root.replace(/\\/gu, '/').replace(/\/+$/u, '');
    const clean = (root !== '' && slashed.startsWith(`${root}/`) ? slashed.slice(root.length + 1) : slashed).replace(/\/+$/, '').replace(/^\.\//, '');
    // a module id, else a file's path: the module holding that file (`show lib/context.js`)
    const node = g.modules.find((m) => m.id === id) ?? g.modules.find((m) => m.id === clean) ?? g.modules.find((m) => m.files.includes(clean));
    if (node) return node;
    // …else the one module of that name (`show black` for src/black, named by its pyproject.toml)
    const named = g.modules.filter((m) => m.name === id);
    if (named.length === 1 && named[0] !== undefined) return named[0];
    // …else the one module whose path ends with it (`show core` for packages/core)
    const tail = g.modules.filter((m) => clean !== '' && m.id.endsWith(`/${clean}`));
    if (tail.length === 1 && tail[0] !== undefined) return tail[0];
    throw new UnknownModuleError(id, closestNames(id, g.modules.map((m) => m.id)));
  };
  return {
    info,
    graph,
    modules() {
      const g = graph();
      const out = new Map<string, number>();
      const inc = new Map<string, number>();
      for (const e of g.edges) {
        out.set(e.from, (out.get(e.from) ?? 0) + 1);
        inc.set(e.to, (inc.get(e.to) ?? 0) + 1);
      }
      const commits = new Map<string, number>();
      for (const c of g.commits) for (const m of c.modules) commits.set(m, (commits.get(m) ?? 0) + 1);
      // The graph carries at most 1,000 symbols per module (spread over its files); the count is the store's.
      const symbolCounts = new Map(guard(() => db.prepare('SELECT f.module_id AS mod, COUNT(*) AS n FROM symbols s JOIN files f ON f.path = s.file WHERE f.module_id IS NOT NULL GROUP BY f.module_id').all() as { mod: string; n: number }[]).map((r) => [r.mod, r.n]));
      return g.modules.map((m) => ({
        id: m.id,
        ...(m.name ? { name: m.name } : {}),
        path: m.path,
        files: m.files.length,
        languages: Object.keys(m.languages).sort(),
        symbols: symbolCounts.get(m.id) ?? m.symbols.length,
        dependsOn: out.get(m.id) ?? 0,
        usedBy: inc.get(m.id) ?? 0,
        commits: commits.get(m.id) ?? 0,
      }));
    },
    editedFiles(moduleIds, limit = 500) {
      if (moduleIds.length === 0) return [];
      const rows = guard(() => db.prepare(`SELECT path, size, mtime_ms AS mtimeMs FROM files WHERE module_id IN (${moduleIds.map(() => '?').join(', ')}) ORDER BY path LIMIT ?`)
        .all(...moduleIds, limit) as { path: string; size: number; mtimeMs: number | null }[]);
      // A file written within seconds of indexing has no stamp (racy): then any write after indexing counts.
      const indexedAtMs = info.indexedAt !== undefined ? Date.parse(info.indexedAt) : Infinity;
      const stamps = statAll(info.root, rows.map((r) => r.path));
      const edited: string[] = [];
      rows.forEach((r, i) => {
        const st = stamps[i];
        const moved = st !== undefined && (r.mtimeMs !== null ? Math.abs(st.mtimeMs - r.mtimeMs) > 1 : st.mtimeMs > indexedAtMs);
        if (st === undefined || st.size !== r.size || moved) edited.push(r.path);
      });
      return edited;
    },
    show(id) {
      const m = find(id);
      const g = graph();
      const sortW = (a: { id: ModuleId; weight: number }, b: { id: ModuleId; weight: number }) => b.weight - a.weight || (a.id < b.id ? -1 : 1);
      return {
        id: m.id,
        ...(m.name ? { name: m.name } : {}),
        path: m.path,
        summary: m.summary,
        ...(m.description ? { description: m.description } : {}),
        files: m.files.length,
        languages: m.languages,
        keySymbols: keySymbols(m.symbols, 20, { path: m.path, ...(m.name ? { name: m.name } : {}), members: guard(() => memberCounts(db)(m.id)) }),
        dependsOn: g.edges.filter((e) => e.from === m.id).map((e) => ({ id: e.to, weight: e.weight })).sort(sortW),
        usedBy: g.edges.filter((e) => e.to === m.id).map((e) => ({ id: e.from, weight: e.weight })).sort(sortW),
        // newest first by date: history's order puts a merged branch's older commits among newer ones (fastify's review)
        recentCommits: g.commits
          .filter((c) => c.modules.includes(m.id))
          .slice(0, 50)
          .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
          .slice(0, 10)
          .map(({ sha, date, subject }) => ({ sha, date, subject })),
      };
    },
    close: () => {
      open = false;
      db.close();
    },
  };
}
