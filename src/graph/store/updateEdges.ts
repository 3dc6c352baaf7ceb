import { isSupportFile } from '../isSupportFile.ts';
import { pathInModule } from '../pathInModule.ts';
import { holdsMainSources, isMostlyTests } from '../isTestFile.ts';
import type { Db } from './openStore.ts';

/**
 * Recomputes the weighted edges leaving `sources` (every module when 'all') from the stored import
 * targets: an edge's weight is the number of imports from the source's files into the target.
 * Only the rows that differ are written. Returns both ends of every edge that appeared, vanished or
 * changed weight: their summaries list dependencies and users by weight, so they must be redone.
 */
export function updateEdges(db: Db, sources: 'all' | Iterable<string>): Set<string> {
  type Edge = { src: string; dst: string; weight: number };
  type Row = { src: string; dst: string; file: string; weight: number };
  // Per importing file, so that a code module's test files (and examples) can be left out: a test of `cache` that
  // builds a whole site imports hugolib, yet `cache` does not depend on it (Go forbids the cycle the
  // edge drew). A module made of tests keeps its imports: they say what it tests.
  const perFile = `SELECT f.module_id AS src, i.target AS dst, f.path AS file, COUNT(*) AS weight FROM imports i JOIN files f ON f.path = i.file
    WHERE i.target IS NOT NULL AND f.module_id IS NOT NULL AND i.target != f.module_id`;
  const filesOf = db.prepare('SELECT path FROM files WHERE module_id = ?').pluck();
  const mostlyTests = new Map<string, boolean>();
  // (a module holding a build's main sources is code however many tests it holds: isTestFile.ts holdsMainSources)
  const countsTests = (module: string): boolean => {
    let known = mostlyTests.get(module);
    if (known === undefined) {
      const files = filesOf.all(module) as string[];
      mostlyTests.set(module, (known = isMostlyTests(files) && !holdsMainSources(files)));
    }
    return known;
  };
  const pathOf = new Map((db.prepare('SELECT id, path FROM modules').all() as { id: string; path: string }[]).map((m) => [m.id, m.path]));
  const below = (module: string, file: string): string => pathInModule(pathOf.get(module) ?? '', file);
  // (a module of examples keeps its edges, retrofit's `samples/`, and so does one all of whose files read as support, an
  // app whose Java package is `com.example`: they say what it uses, as moduleSources.ts supportFilesOf keeps its names)
  const supportOnly = new Map<string, boolean>();
  const allSupport = (module: string): boolean => {
    let known = supportOnly.get(module);
    if (known === undefined) {
      const dir = pathOf.get(module) ?? '';
      known = (dir !== '' && dir !== '.' && isSupportFile(`${dir}/_`)) || (filesOf.all(module) as string[]).every((f) => isSupportFile(below(module, f)));
      supportOnly.set(module, known);
    }
    return known;
  };
  const addRows = (rows: Row[], into: Map<string, number>): void => {
    for (const r of rows) {
      // (nor its examples and benchmarks, which use the code as its users do: actix-http's `examples/actix-web.rs` had
      // drawn an edge to actix-web, which depends on actix-http; nor a DocC catalog's tutorial code: TCA's
      // `@testable import SyncUps` in 73 snapshots)
      if (isSupportFile(below(r.src, r.file)) && !countsTests(r.src) && !allSupport(r.src)) continue;
      const k = key(r);
      into.set(k, (into.get(k) ?? 0) + r.weight);
    }
  };
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  const key = (e: { src: string; dst: string }) => `${e.src}\0${e.dst}`;
  if (sources === 'all') {
    for (const e of db.prepare('SELECT src, dst, weight FROM edges').all() as Edge[]) before.set(key(e), e.weight);
    addRows(db.prepare(`${perFile} GROUP BY f.path, i.target`).all() as Row[], after);
  } else {
    const old = db.prepare('SELECT src, dst, weight FROM edges WHERE src = ?');
    const now = db.prepare(`${perFile} AND f.module_id = ? GROUP BY f.path, i.target`);
    for (const src of new Set(sources)) {
      for (const e of old.all(src) as Edge[]) before.set(key(e), e.weight);
      addRows(now.all(src) as Row[], after);
    }
  }
  const del = db.prepare('DELETE FROM edges WHERE src = ? AND dst = ?');
  const put = db.prepare('INSERT INTO edges (src, dst, weight) VALUES (?, ?, ?) ON CONFLICT(src, dst) DO UPDATE SET weight = excluded.weight');
  const touched = new Set<string>();
  const ends = (k: string) => k.split('\0') as [string, string];
  for (const k of before.keys()) {
    if (after.has(k)) continue;
    const [src, dst] = ends(k);
    del.run(src, dst);
    touched.add(src).add(dst);
  }
  for (const [k, weight] of after) {
    if (before.get(k) === weight) continue;
    const [src, dst] = ends(k);
    put.run(src, dst, weight);
    touched.add(src).add(dst);
  }
  return touched;
}
