import type { ModuleNode } from '../graph/ModuleGraph.ts';
import type { Analyzer } from './analyze.ts';
import type { SourceName } from './lexicalDefaults.ts';

export type StaticSourceName = Exclude<SourceName, 'history'>;

/**
 * Analyzed terms of each static source of one module. The path source holds the id, the path, the
 * directories below the module path (once each) and every file stem: file names are the strongest
 * single signal, and repeating the module's own path once per file would drown them.
 */
export const moduleSourceTerms = (
  node: ModuleNode,
  analyze: Analyzer,
  analyzePath: Analyzer,
): Record<StaticSourceName, string[]> => {
  const path: string[] = [...analyzePath(node.id)];
  if (node.path !== node.id) path.push(...analyzePath(node.path));
  const prefix = node.path === '' ? '' : `${node.path}/`;
  const dirs = new Set<string>();
  for (const file of node.files) {
    const relative = file.startsWith(prefix) ? file.slice(prefix.length) : file;
    const slash = relative.lastIndexOf('/');
    if (slash > 0) dirs.add(relative.slice(0, slash));
    path.push(...analyzePath(relative.slice(slash + 1)));
  }
  for (const dir of [...dirs].sort()) path.push(...analyzePath(dir));

  const docs: string[] = [];
  for (const comment of node.docComments) docs.push(...analyze(comment));
  const symbols: string[] = [];
  for (const symbol of node.symbols) {
    symbols.push(...analyze(symbol.name));
    if (symbol.doc !== undefined) docs.push(...analyze(symbol.doc));
  }
  return {
    path,
    name: node.name === undefined ? [] : analyze(node.name),
    symbols,
    docs,
    readme: [...analyze(node.readme ?? ''), ...analyze(node.description ?? '')],
    summary: analyze(node.summary),
  };
};

/** Short natural-language passages of a module, used as co-occurrence contexts. */
export const moduleContexts = (node: ModuleNode): string[] => {
  const out: string[] = [...node.docComments];
  for (const symbol of node.symbols) {
    // The symbol name joins its own doc: that is the identifier ↔ word link expansion looks for.
    if (symbol.doc !== undefined) out.push(`${symbol.name} ${symbol.doc}`);
  }
  if (node.readme !== undefined) out.push(...node.readme.split(/\n\s*\n/u));
  if (node.description !== undefined) out.push(node.description);
  return out;
};
