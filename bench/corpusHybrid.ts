// `node --import tsx bench/corpusHybrid.ts` (after `node --import tsx scripts/trainShippedReranker.ts --lists /tmp/lists.json`; LISTS=that file):
// ../shared/corpus with pseudo-history: each package trained `--as-of` the middle of its dated cases with a
// shipped reranker trained on the other eight packages (leave-one-package-out, from the cached lists), then
// lexical vs the trained hybrid (and β / reranker variants) on the later primary cases. Set REFINE=1 to
// refine the reranker on the package's own history as `train --refine-reranker` does.
import { loadPackage } from './corpusEval.ts';
import type { CommitRecord } from '../src/graph/ModuleGraph.ts';
import { asModuleId } from '../src/graph/types.ts';
import { fuseRankings } from '../src/train/fuseRankings.ts';
import { CANDIDATES, createCandidateSource } from '../src/train/lexicalCandidates.ts';
import { alignReranker } from '../src/train/alignReranker.ts';
import { candidateFeatures, featureNames, moduleStats } from '../src/train/rerankFeatures.ts';
import { decodeClassifier } from '../src/train/RouterModel.ts';
import { classify } from '../src/train/SoftmaxClassifier.ts';
import { trainRouter } from '../src/train/trainRouter.ts';
import { readFileSync } from 'node:fs';
import { trainReranker, type RankingList } from '../src/train/ListwiseReranker.ts';
const L = JSON.parse(readFileSync(process.env.LISTS ?? '/tmp/lists.json', 'utf8')) as { packages: { name: string; lists: RankingList[] }[]; packagesWithHistory: { name: string; lists: RankingList[] }[] };
const names = ['echarts', 'eslint', 'hono', 'mongoose', 'ol', 'playcanvas', 'stylelint', 'undici', 'webpack'];
const betas = [0, 0.05, 0.1, 0.2, 0.3, 0.5];
const tot: Record<string, number[]> = {};
const add = (k: string, p: number, nl: number) => {
  const t = (tot[k] ??= [0, 0]);
  t[0] = (t[0] ?? 0) + nl / names.length;
  t[1] = (t[1] ?? 0) + p / names.length;
};
for (const name of names) {
  const pkg = await loadPackage('corpus', name);
  const dated = pkg.cases.filter((c) => c.date);
  const commits: CommitRecord[] = dated.map((c, i) => ({ sha: String(i), date: c.date!, author: 'x', subject: c.query, body: '', modules: c.modules.map(asModuleId) }));
  const times = dated.map((c) => Date.parse(c.date!)).sort((a, b) => a - b);
  const cut = times[Math.floor(times.length * 0.5)]!;
  const cases = pkg.cases.filter((c) => c.set === 'primary' && c.date && Date.parse(c.date) >= cut);
  const graph = { ...pkg.graph, commits };
  const rest = [...L.packages, ...L.packagesWithHistory].filter((p) => p.name !== name).flatMap((p) => p.lists);
  const shipped = trainReranker(featureNames, rest, { iterations: 400, learningRate: 0.05, l2: 0.01 }, featureNames.map((f) => (f === 'lexRecipRank' ? 5 : 0)));
  const run = trainRouter(graph, { seed: 1, asOf: new Date(cut).toISOString(), shipped, refineReranker: process.env.REFINE === '1' });
  let step = await run.next();
  while (!step.done) step = await run.next();
  const model = step.value;
  const clf = decodeClassifier(model.classifier);
  const reranker = alignReranker(model.reranker.features, model.reranker.weights);
  const lexOrder = alignReranker(['lexRecipRank'], [1]);
  const source = createCandidateSource(graph);
  const stats = moduleStats(graph);
  const hits: Record<string, [number, number]> = {};
  let nl = 0;
  const bump = (k: string, ok: boolean, leak: boolean) => { const h = (hits[k] ??= [0, 0]); if (ok) { h[0]++; if (!leak) h[1]++; } };
  for (const c of cases) {
    const leak = c.leaks !== false;
    if (!leak) nl++;
    const { candidates } = await source.search(c.query, CANDIDATES, c.date);
    const gold = new Set(c.modules);
    const id = (m: number) => graph.modules[m]?.id as string;
    bump('lexical', candidates[0] !== undefined && gold.has(candidates[0].id), leak);
    const probs = classify(clf, c.query);
    const rows = candidateFeatures(c.query, candidates, probs, stats, c.date);
    bump(`trained(${model.reranker.source},β${model.fusion.beta})`, gold.has(id(fuseRankings(candidates, rows, reranker, probs, model.fusion.beta)[0]?.module ?? -1)), leak);
    for (const b of betas) {
      bump(`rr β${b}`, gold.has(id(fuseRankings(candidates, rows, reranker, probs, b)[0]?.module ?? -1)), leak);
      bump(`lexorder β${b}`, gold.has(id(fuseRankings(candidates, rows, lexOrder, probs, b)[0]?.module ?? -1)), leak);
    }
  }
  const row = [name.padEnd(11), JSON.stringify(model.summary.fusionBeta), model.reranker.source];
  for (const [k, [p, q]] of Object.entries(hits)) {
    const key = k.startsWith('trained') ? 'trained' : k;
    add(key, p / cases.length, q / Math.max(nl, 1));
    if (['lexical', 'rr β0', 'lexorder β0.1', 'rr β0.1'].includes(key) || key === 'trained') row.push(`${key} ${(100 * q / Math.max(nl, 1)).toFixed(0)}/${(100 * p / cases.length).toFixed(0)}`);
  }
  console.log(row.join('  '));
}
for (const [k, v] of Object.entries(tot)) console.log('MEAN', k.padEnd(16), v.map((x) => (100 * x).toFixed(1)).join(' / '));
