import type { ModuleNode } from '../graph/ModuleGraph.ts';
import type { TermAnalyzer } from './analyze.ts';
import type { SourceName } from './lexicalDefaults.ts';

export type StaticSourceName = Exclude<SourceName, 'history'>;

/**
 * Analyzed term ids of each static source of one module, and of its co-occurrence contexts. The path source holds the id, the path, the
 * directories below the module path (once each) and every file stem: file names are the strongest
 * single signal, and repeating the module's own path once per file would drown them.
 */
export const moduleSourceTerms = (
  node: ModuleNode,
  analyzer: TermAnalyzer,
  distinctFileStems = false,
): { sources: Record<StaticSourceName, number[]>; contexts: number[][] } => {
  const path: number[] = [];
  analyzer.path(node.id, path);
  if (node.path !== node.id) analyzer.path(node.path, path);
  const prefix = node.path === '' ? '' : `${node.path}/`;
  const dirs = new Set<string>();
  const stems = new Set<string>();
  for (const file of node.files) {
    const relative = file.startsWith(prefix) ? file.slice(prefix.length) : file;
    const slash = relative.lastIndexOf('/');
    if (slash > 0) dirs.add(relative.slice(0, slash));
    const name = relative.slice(slash + 1);
    if (distinctFileStems) {
      // Build output ships one source file as X.js, X.mjs, X.d.ts and their maps: count X once.
      const dot = name.indexOf('.');
      const stem = relative.slice(0, slash + 1) + (dot < 1 ? name : name.slice(0, dot));
      if (stems.has(stem)) continue;
      stems.add(stem);
    }
    analyzer.path(name, path);
  }
  for (const dir of [...dirs].sort()) analyzer.path(dir, path);

  // Co-occurrence contexts are the module's short passages, analyzed once with the fields: each doc
  // comment, each documented symbol's name with its doc (the identifier ↔ word link expansion looks
  // for), each README paragraph, the description.
  const contexts: number[][] = [];
  const passage = (text: string, into: number[]): number[] => {
    const start = into.length;
    analyzer.text(text, into);
    return into.slice(start);
  };
  const docs: number[] = [];
  for (const comment of node.docComments) contexts.push(passage(comment, docs));
  const symbols: number[] = [];
  for (const symbol of node.symbols) {
    const nameTerms = passage(symbol.name, symbols);
    if (symbol.doc !== undefined) contexts.push([...nameTerms, ...passage(symbol.doc, docs)]);
  }
  const name: number[] = [];
  if (node.name !== undefined) analyzer.text(node.name, name);
  const readme: number[] = [];
  // Tokens never span a blank line, so the paragraphs' terms concatenate to the whole README's.
  if (node.readme !== undefined) for (const paragraph of node.readme.split(/\n\s*\n/u)) contexts.push(passage(paragraph, readme));
  if (node.description !== undefined) contexts.push(passage(node.description, readme));
  const summary: number[] = [];
  analyzer.text(node.summary, summary);
  return { sources: { path, name, symbols, docs, readme, summary }, contexts };
};
