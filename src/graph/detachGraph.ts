import type { ModuleGraph, TermBag } from './ModuleGraph.ts';

/**
 * A copy of a loaded graph that no longer needs its store: every module's symbols and doc comments,
 * and every file's term bag, read now (loadGraph reads them lazily from the open store). For code
 * that keeps a graph after closing its index (benchmarks, training scripts, comparisons).
 */
export const detachGraph = (graph: ModuleGraph): ModuleGraph => {
  const { termBag, ...rest } = graph;
  const modules = graph.modules.map((m) => ({ ...m, symbols: m.symbols, docComments: m.docComments }));
  if (!termBag) return { ...rest, modules };
  const bags = new Map<string, TermBag>();
  for (const m of modules) for (const f of m.files) bags.set(f, termBag(f));
  return { ...rest, modules, termBag: (file) => bags.get(file) ?? [] };
};
