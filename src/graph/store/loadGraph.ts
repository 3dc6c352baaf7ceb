import { decodeTermBag } from '../codeTermBag.ts';
import type { CommitRecord, ModuleEdge, ModuleGraph, ModuleNode, ModuleSymbol } from '../ModuleGraph.ts';
import type { ModuleId, SymbolKind } from '../types.ts';
import { getMeta, hasTable, type Db } from './openStore.ts';

/** Symbols a module node carries (its whole list stays in the store); past it they are a sample spread over its files. */
export const MAX_MODULE_SYMBOLS = 1000;

/**
 * The first `max` symbols of a module taken file by file in turns (each file's exported ones first,
 * then by line), in the store's order: the first ones in path order would all come from the first
 * few files of a big module (llama.cpp's `src` with the old limit of 400: 14 of 219 files), and the
 * rest of its files would be invisible to search and training. Corpus mean primary non-leaking /
 * primary Acc@1 of `lexical`: 400 in path order 34.1 / 48.6; 400 spread 33.7 / 48.5; 1,000 spread
 * 34.9 / 49.0; 2,000 or all 34.7 / 49.0.
 */
const spreadOverFiles = (list: readonly ModuleSymbol[], max: number): ModuleSymbol[] => {
  const turn = new Map<string, number>();
  const ranked = list.map((s, order) => {
    const k = turn.get(s.file) ?? 0;
    turn.set(s.file, k + 1);
    return { s, k, order };
  });
  ranked.sort((a, b) => a.k - b.k || a.order - b.order);
  const kept = ranked.slice(0, max);
  kept.sort((a, b) => a.order - b.order);
  return kept.map((x) => x.s);
};

/** Each module's symbols (store order, exported first), spread over its files past MAX_MODULE_SYMBOLS. */
const readSymbols = (db: Db): Map<string, ModuleSymbol[]> => {
  const symbols = new Map<string, ModuleSymbol[]>();
  const symRows = db.prepare(`SELECT f.module_id AS mod, s.name, s.kind, s.file, s.exported, s.doc, s.container FROM symbols s JOIN files f ON f.path = s.file
    WHERE f.module_id IS NOT NULL ORDER BY f.module_id, s.exported DESC, s.file, s.line`).iterate() as Iterable<{ mod: string; name: string; kind: SymbolKind; file: string; exported: number; doc: string | null; container: string | null }>;
  for (const s of symRows) {
    const list = symbols.get(s.mod) ?? symbols.set(s.mod, []).get(s.mod)!;
    list.push({ name: s.name, kind: s.kind, file: s.file, exported: s.exported === 1, ...(s.doc ? { doc: s.doc } : {}), ...(s.container ? { container: s.container } : {}) });
  }
  for (const [mod, list] of symbols) if (list.length > MAX_MODULE_SYMBOLS) symbols.set(mod, spreadOverFiles(list, MAX_MODULE_SYMBOLS));
  return symbols;
};

export interface LoadGraphOptions {
  /** Runs each read of the store (the first one, and the lazy ones later): maps corruption errors. */
  guard?: <T>(read: () => T) => T;
  /** Whether the store is still open: a lazy part read after it closed throws a clear error. */
  isOpen?: () => boolean;
  /** Whether the store has term bags, when the caller knows already (default: look). */
  termBags?: boolean;
}

/**
 * Reads the module graph: what every backend works from. Module `symbols` (all modules' at once) and
 * file term bags are read from the same store on first access, and each module's `docComments`
 * parsed on first access: a hybrid `ask` never needs them, and on svelte they were half of loading
 * the graph in a new process (symbols 17 ms, doc comments 7 ms cold). Read symbols and bags before
 * the store closes, or take `detachGraph` of the graph.
 */
export function loadGraph(db: Db, options: LoadGraphOptions = {}): ModuleGraph {
  const guard = options.guard ?? (<T>(read: () => T): T => read());
  const assertOpen = (what: string): void => {
    if (options.isOpen && !options.isOpen()) {
      throw new Error(`The module graph's ${what} were read after its index was closed: read them first, or use detachGraph(graph)`);
    }
  };
  const lazily = <T>(what: string, read: () => T): (() => T) => {
    let value: T | undefined;
    let done = false;
    return () => {
      if (!done) {
        assertOpen(what);
        value = guard(read);
        done = true;
      }
      return value as T;
    };
  };
  const files = new Map<string, string[]>();
  for (const r of db.prepare('SELECT path, module_id FROM files WHERE module_id IS NOT NULL ORDER BY path').iterate() as Iterable<{ path: string; module_id: string }>) {
    (files.get(r.module_id) ?? files.set(r.module_id, []).get(r.module_id)!).push(r.path);
  }
  const symbols = lazily('symbols', () => readSymbols(db));
  const modules = (db.prepare('SELECT * FROM modules ORDER BY id').all() as {
    id: ModuleId; path: string; name: string | null; description: string | null; readme: string | null; summary: string;
    bytes: number; languages: string; docs: string;
  }[]).map((m): ModuleNode => {
    // Already in memory: parsed on first access, and readable after the store closed.
    let docs: string[] | undefined;
    const docComments = () => (docs ??= JSON.parse(m.docs) as string[]);
    return {
      id: m.id,
      path: m.path,
      ...(m.name ? { name: m.name } : {}),
      ...(m.description ? { description: m.description } : {}),
      files: files.get(m.id) ?? [],
      languages: JSON.parse(m.languages) as Record<string, number>,
      bytes: m.bytes,
      get symbols() {
        return symbols().get(m.id) ?? [];
      },
      get docComments() {
        return docComments();
      },
      ...(m.readme ? { readme: m.readme } : {}),
      summary: m.summary,
    };
  });
  const edges = db.prepare('SELECT src AS "from", dst AS "to", weight FROM edges ORDER BY src, dst').all() as ModuleEdge[];
  const links = new Map<string, ModuleId[]>();
  for (const r of db.prepare('SELECT sha, module_id FROM commit_modules ORDER BY sha, module_id').iterate() as Iterable<{ sha: string; module_id: ModuleId }>) {
    (links.get(r.sha) ?? links.set(r.sha, []).get(r.sha)!).push(r.module_id);
  }
  const commits = (db.prepare('SELECT sha, date, author, subject, body FROM commits ORDER BY seq DESC').all() as Omit<CommitRecord, 'modules'>[])
    .map((c): CommitRecord => ({ ...c, modules: links.get(c.sha) ?? [] }));
  const head = getMeta(db, 'head');
  // A store written before term bags existed, opened read-only, has no file_terms table.
  const hasBags = options.termBags ?? hasTable(db, 'file_terms');
  const bagOf = lazily('term bags', () => db.prepare('SELECT terms FROM file_terms WHERE path = ?').pluck());
  const termBag = (file: string) => {
    assertOpen('term bags');
    const blob = guard(() => bagOf().get(file)) as Buffer | undefined;
    return blob ? decodeTermBag(blob) : [];
  };
  return {
    root: getMeta(db, 'root') ?? '',
    modules,
    edges,
    commits,
    ...(head ? { head } : {}),
    fingerprint: getMeta(db, 'fingerprint') ?? '',
    ...(hasBags ? { termBag } : {}),
  };
}
