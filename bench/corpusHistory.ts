// `V='{"label": {lexical overrides}}' node --import tsx bench/corpusHistory.ts`
// ../shared/corpus with history: the npm trees have none, so each package's own dated cases become its
// commits (subject = query, modules = gold), and the later half of the primary cases is asked, each
// seeing only commits strictly before its date (`asOf`). Prints per package and the mean primary
// non-leaking / primary Acc@1 / recall@10 of lexical, plain BM25 and each variant. Cleaner than real
// history (only curated single-area commits); how the history defaults were measured.
import { loadPackage } from './corpusEval.ts';
import { computeMetrics } from '../src/eval/computeMetrics.ts';
import type { CommitRecord } from '../src/graph/ModuleGraph.ts';
import { asModuleId } from '../src/graph/types.ts';
import { buildLexicalIndex } from '../src/index/buildLexicalIndex.ts';
import { lexicalDefaults, bm25BaselineOptions, mergeLexicalOptions, type LexicalOptions } from '../src/index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../src/index/searchLexicalIndex.ts';
import { wordnetSynonyms } from '../src/index/wordnetSynonyms.ts';
const names = ['echarts','eslint','hono','mongoose','ol','playcanvas','stylelint','undici','webpack'];
const variants: Record<string, LexicalOptions> = JSON.parse(process.env.V ?? '{}');
const all: Record<string, LexicalOptions> = { lexical: lexicalDefaults, bm25: bm25BaselineOptions };
for (const [k, v] of Object.entries(variants)) all[k] = mergeLexicalOptions(lexicalDefaults, v as any);
const tot: Record<string, number[]> = {};
const pkgs = [];
for (const name of names) {
  const pkg = await loadPackage('corpus', name);
  const dated = pkg.cases.filter((c) => c.date);
  const commits: CommitRecord[] = dated.map((c, i) => ({ sha: String(i), date: c.date!, author: 'x', subject: c.query, body: '', modules: c.modules.map(asModuleId) }));
  commits.sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  const times = dated.map((c) => Date.parse(c.date!)).sort((a, b) => a - b);
  const cut = times[Math.floor(times.length * 0.5)]!;
  const cases = pkg.cases.filter((c) => c.set === 'primary' && c.date && Date.parse(c.date) >= cut);
  const graph = { ...pkg.graph, commits };
  const row = [name.padEnd(11)];
  for (const [k, o] of Object.entries(all)) {
    const idx = buildLexicalIndex(graph, o);
    const preds = [];
    for (const c of cases) {
      const r = await searchLexicalIndex(idx, c.query, { top: 10, asOf: c.date, ...(o.wordnet.enabled ? { synonyms: wordnetSynonyms } : {}) });
      preds.push({ ranked: r.hits.map((h) => h.id), latencyMs: 0 });
    }
    const m = computeMetrics(cases, preds, pkg.validIds);
    const pn = m.subsets.primaryNonLeaking?.acc1 ?? 0;
    const t = (tot[k] ??= [0, 0, 0]);
    t[0] = (t[0] ?? 0) + pn / names.length;
    t[1] = (t[1] ?? 0) + m.acc1 / names.length;
    t[2] = (t[2] ?? 0) + m.recall10 / names.length;
    row.push(`${k}: ${(100 * pn).toFixed(1)}/${(100 * m.acc1).toFixed(1)}`);
  }
  console.log(row.join('  '));
}
for (const [k, v] of Object.entries(tot)) console.log('MEAN', k.padEnd(10), v.map((x) => (100 * x).toFixed(1)).join(' / '));
