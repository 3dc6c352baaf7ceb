// `node --import tsx bench/storeVariants.ts DB:REPO:CASES [...] [--variants '[["label", {lexical overrides}], ...]']`
// Lexical option variants on stores already indexed (any repository: the review sets' trees, a user's own),
// in process: each store's graph is read once, each variant builds its own index and asks every case of
// CASES (the eval format). Prints Acc@1 and MRR per store and their mean, plain BM25 and the defaults first.
// What the README's review tables (Chinese requests with and without glosses, b re-checks) were measured with.
import { readFileSync } from 'node:fs';
import { openIndex } from '../src/api/openIndex.ts';
import { computeMetrics } from '../src/eval/computeMetrics.ts';
import type { EvalCase, Prediction } from '../src/eval/EvalCase.ts';
import { readCases } from '../src/eval/readCases.ts';
import { detachGraph } from '../src/graph/detachGraph.ts';
import type { ModuleGraph } from '../src/graph/ModuleGraph.ts';
import { buildLexicalIndex } from '../src/index/buildLexicalIndex.ts';
import { bm25BaselineOptions, lexicalDefaults, mergeLexicalOptions, type LexicalOptions } from '../src/index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../src/index/searchLexicalIndex.ts';
import { expansionSources } from '../src/index/expansionSources.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--variants');
const extra = at >= 0 ? (JSON.parse(args[at + 1] ?? '[]') as [string, Record<string, unknown>][]) : [];
const specs = at < 0 ? args : args.filter((_, i) => i !== at && i !== at + 1);
if (specs.length === 0) {
  console.error('usage: node --import tsx bench/storeVariants.ts DB:REPO:CASES [...] [--variants JSON]');
  process.exit(2);
}

const stores: { name: string; graph: ModuleGraph; cases: EvalCase[]; ids: Set<string> }[] = [];
for (const spec of specs) {
  const [db, repo, casesFile] = spec.split(':');
  if (!db || !repo || !casesFile) throw new Error(`Not DB:REPO:CASES: ${spec}`);
  const index = await openIndex({ repo, db });
  const graph = detachGraph(index.graph());
  index.close();
  const { cases } = readCases(readFileSync(casesFile, 'utf8'), casesFile);
  stores.push({ name: spec.split('/').slice(-2).join('/'), graph, cases, ids: new Set(graph.modules.map((m) => m.id)) });
}

const variants: [string, LexicalOptions][] = [
  ['bm25', bm25BaselineOptions],
  ['lexical', lexicalDefaults],
  ...extra.map(([label, overrides]): [string, LexicalOptions] => [label, mergeLexicalOptions(lexicalDefaults, overrides)]),
];
const pct = (x: number): string => (100 * x).toFixed(0).padStart(3);
for (const [label, options] of variants) {
  const cells: string[] = [];
  let acc1 = 0;
  let mrr = 0;
  for (const store of stores) {
    const index = buildLexicalIndex(store.graph, options);
    const sources = expansionSources(options, store.graph.root);
    const predictions: Prediction[] = [];
    for (const c of store.cases) {
      const result = await searchLexicalIndex(index, c.query, { top: 10, ...sources });
      predictions.push({ ranked: result.hits.map((h) => h.id), latencyMs: 0 });
    }
    const m = computeMetrics(store.cases, predictions, store.ids);
    acc1 += m.acc1;
    mrr += m.mrr;
    cells.push(`${store.name} ${pct(m.acc1)} ${m.mrr.toFixed(2)}`);
  }
  console.log(`${label.padEnd(12)} mean Acc@1 ${pct(acc1 / stores.length)} MRR ${(mrr / stores.length).toFixed(3)} | ${cells.join(' | ')}`);
}
