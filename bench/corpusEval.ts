// In-process evaluation of lexical options on indexed trees: the graph is loaded once per package,
// each option set builds its own index. Used by tuneLexical.ts (corpus only, never the dev bench).
import { readFileSync } from 'node:fs';
import { openIndex } from '../src/api/openIndex.ts';
import { computeMetrics, type SubsetMetrics } from '../src/eval/computeMetrics.ts';
import type { EvalCase, Prediction } from '../src/eval/EvalCase.ts';
import { readCases } from '../src/eval/readCases.ts';
import { detachGraph } from '../src/graph/detachGraph.ts';
import type { ModuleGraph } from '../src/graph/ModuleGraph.ts';
import { buildLexicalIndex } from '../src/index/buildLexicalIndex.ts';
import type { LexicalOptions } from '../src/index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../src/index/searchLexicalIndex.ts';
import { expansionSources } from '../src/index/expansionSources.ts';
import { indexedTree } from './indexedTree.ts';

export interface LoadedPackage {
  name: string;
  graph: ModuleGraph;
  cases: EvalCase[];
  validIds: Set<string>;
}

export async function loadPackage(kind: 'bench' | 'corpus', name: string): Promise<LoadedPackage> {
  const tree = await indexedTree(kind, name);
  const index = await openIndex({ repo: tree.root, db: tree.db });
  try {
    const graph = detachGraph(index.graph());
    const { cases } = readCases(readFileSync(tree.casesFile, 'utf8'), `${name}/cases.jsonl`);
    return { name, graph, cases, validIds: new Set(graph.modules.map((m) => m.id)) };
  } finally {
    index.close();
  }
}

export interface PackageScore {
  name: string;
  all: SubsetMetrics;
  primary: SubsetMetrics;
  primaryNonLeaking: SubsetMetrics;
  secondary?: SubsetMetrics;
  /** Median milliseconds per search (warm index). */
  p50Ms: number;
}

const empty: SubsetMetrics = { n: 0, acc1: 0, acc5: 0, mrr: 0, recall10: 0 };

/**
 * Ranks every case (optionally only `set`) with an index built from `options`, and scores it.
 * `rewrite` changes each query before it is asked (typoBench.ts misspells them).
 */
export async function scorePackage(pkg: LoadedPackage, options: LexicalOptions, only?: 'primary', rewrite?: (query: string, i: number) => string): Promise<PackageScore> {
  const index = buildLexicalIndex(pkg.graph, options);
  const sources = expansionSources(options, pkg.graph.root);
  const cases = only ? pkg.cases.filter((c) => c.set === only) : pkg.cases;
  const predictions: Prediction[] = [];
  for (const [i, c] of cases.entries()) {
    const started = performance.now();
    const query = rewrite ? rewrite(c.query, i) : c.query;
    const result = await searchLexicalIndex(index, query, { top: 10, ...(c.date ? { asOf: c.date } : {}), ...sources });
    predictions.push({ ranked: result.hits.map((h) => h.id), latencyMs: performance.now() - started });
  }
  const m = computeMetrics(cases, predictions, pkg.validIds);
  return {
    name: pkg.name,
    all: { n: m.n, acc1: m.acc1, acc5: m.acc5, mrr: m.mrr, recall10: m.recall10 },
    primary: m.subsets.primary ?? empty,
    primaryNonLeaking: m.subsets.primaryNonLeaking ?? empty,
    ...(m.subsets.secondary ? { secondary: m.subsets.secondary } : {}),
    p50Ms: m.p50_ms,
  };
}

export const meanOf = (scores: PackageScore[], pick: (s: PackageScore) => number): number =>
  scores.reduce((a, s) => a + pick(s), 0) / Math.max(scores.length, 1);
