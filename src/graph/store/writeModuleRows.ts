import type { ModuleSymbol } from '../ModuleGraph.ts';
import { mainFilesFirst } from '../mainFilesFirst.ts';
import { summarizeModule } from '../summarizeModule.ts';
import type { ModuleDef, SymbolKind } from '../types.ts';
import type { Db } from './openStore.ts';

const MAX_SYMBOLS = 400;
const MAX_DOCS = 60;
const OPENER_KINDS: ReadonlySet<SymbolKind> = new Set(['class', 'interface', 'struct', 'enum', 'trait', 'protocol', 'type', 'module', 'namespace', 'function']);

/**
 * Writes the `modules` row of each given module from its files, symbols, README and edges: file
 * counts by language, bytes, docs and the deterministic summary. A row that exists is updated in
 * place, so its rowid (the key of its full-text row) stays. The edges must be current.
 */
export function writeModuleRows(db: Db, modules: Iterable<ModuleDef>, readmeOf: (m: ModuleDef) => string | undefined): void {
  const upsert = db.prepare(`INSERT INTO modules (id, path, name, description, manifest, readme, summary, file_count, bytes, languages, docs)
    VALUES (@id, @path, @name, @description, @manifest, @readme, @summary, @fileCount, @bytes, @languages, @docs)
    ON CONFLICT(id) DO UPDATE SET path = excluded.path, name = excluded.name, description = excluded.description,
      manifest = excluded.manifest, readme = excluded.readme, summary = excluded.summary, file_count = excluded.file_count,
      bytes = excluded.bytes, languages = excluded.languages, docs = excluded.docs`);
  const filesOf = db.prepare('SELECT path, language, size, docs FROM files WHERE module_id = ? ORDER BY path');
  const symbolsOf = db.prepare(`SELECT s.name, s.kind, s.file, s.exported, s.doc FROM symbols s JOIN files f ON f.path = s.file
    WHERE f.module_id = ? ORDER BY s.exported DESC, s.file, s.line LIMIT ${MAX_SYMBOLS}`);
  // Heaviest first, ties by id: the summary names the first few.
  const dependsOn = db.prepare('SELECT dst FROM edges WHERE src = ? ORDER BY weight DESC, dst').pluck();
  const usedBy = db.prepare('SELECT src FROM edges WHERE dst = ? ORDER BY weight DESC, src').pluck();
  for (const m of modules) {
    const files = filesOf.all(m.id) as { path: string; language: string | null; size: number; docs: string }[];
    const languages: Record<string, number> = {};
    let bytes = 0;
    const docs: string[] = [];
    for (const f of files) {
      const lang = f.language ?? 'other';
      languages[lang] = (languages[lang] ?? 0) + 1;
      bytes += f.size;
    }
    const mainFirst = mainFilesFirst(files, m.path);
    for (const f of mainFirst) for (const d of JSON.parse(f.docs) as string[]) if (docs.length < MAX_DOCS) docs.push(d);
    const fileDocCount = docs.length;
    const symbols = (symbolsOf.all(m.id) as { name: string; kind: SymbolKind; file: string; exported: number; doc: string | null }[]).map(
      (s): ModuleSymbol => ({ name: s.name, kind: s.kind, file: s.file, exported: s.exported === 1, ...(s.doc ? { doc: s.doc } : {}) }),
    );
    for (const s of symbols) if (s.doc && docs.length < MAX_DOCS) docs.push(s.doc);
    // What may open the summary: file docs, then exported types' and functions' docs, main files first
    // (a method's or constant's doc describes that member, not the module).
    const order = new Map(mainFirst.map((f, i) => [f.path, i]));
    const byMainFile = [...symbols].sort((a, b) => (order.get(a.file) ?? Infinity) - (order.get(b.file) ?? Infinity));
    const declared = byMainFile.filter((s) => s.doc !== undefined && s.exported && OPENER_KINDS.has(s.kind));
    const openers = [...docs.slice(0, fileDocCount), ...declared.map((s) => s.doc as string)];
    const readme = readmeOf(m);
    const summary = summarizeModule({
      id: m.id, name: m.name, description: m.description, readme, fileCount: files.length, languages,
      symbols: byMainFile,
      docComments: docs, openers, dependsOn: dependsOn.all(m.id) as string[], usedBy: usedBy.all(m.id) as string[],
    });
    upsert.run({
      id: m.id, path: m.path, name: m.name ?? null, description: m.description ?? null, manifest: m.manifest ?? null,
      readme: readme ?? null, summary, fileCount: files.length, bytes, languages: JSON.stringify(languages), docs: JSON.stringify(docs),
    });
  }
}
