// Trains the shipped reranker (models/reranker.json) on ../shared/corpus with the project's own
// feature code: `node --import tsx scripts/trainShippedReranker.ts [--seed N] [--out FILE]`.
// Each corpus package is indexed from its npm tree with its modules.json into a store outside the
// repository (bench/indexedTree.ts, $MODROUTE_BENCH_CACHE). Validation is leave-one-package-out,
// never by case. Conventional-commit scopes are stripped from the queries (`fix(jsx): x` → `x`) so
// the model cannot learn to rely on a module name in the text; Acc@1 is also reported on the cases
// that leak no module name. ../shared/bench is never read here.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusNames, indexedTree } from '../bench/indexedTree.ts';
import { openIndex } from '../src/api/openIndex.ts';
import { detachGraph } from '../src/graph/detachGraph.ts';
import { IndexSchemaMismatchError } from '../src/errors.ts';
import { readCases } from '../src/eval/readCases.ts';
import type { CommitRecord, ModuleGraph } from '../src/graph/ModuleGraph.ts';
import { CANDIDATES, createCandidateSource } from '../src/train/lexicalCandidates.ts';
import { listAcc1, trainReranker, type ListwiseReranker, type RankingList } from '../src/train/ListwiseReranker.ts';
import { candidateFeatures, featureNames, lexicalOrderReranker, moduleStats } from '../src/train/rerankFeatures.ts';
import { LEXICAL_PRIOR } from '../src/train/modelTrust.ts';
import { decodeClassifier } from '../src/train/RouterModel.ts';
import { classify } from '../src/train/SoftmaxClassifier.ts';
import { stripCommitPrefix } from '../src/train/textFeatures.ts';
import { trainRouter } from '../src/train/trainRouter.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const seed = Number(arg('--seed', '1'));
const outFile = arg('--out', join(import.meta.dirname, '..', 'models', 'reranker.json'));
const log = (s: string) => process.stdout.write(`${s}\n`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
// Trained towards lexical: the weights start at, and are pulled back to (L2), lexical order alone
// (lexRecipRank × 5), so a feature moves the ranking only where the corpus says it should. LOPO
// 2026-11, mean primary / non-leaking Acc@1 without history, then with history (lexical alone 56.3 /
// 44.0, 59.7 / 48.6): pulled to zero with l2 0.001 57.9 / 41.9, 62.0 / 48.4; towards lexical with l2
// 0.003 58.1 / 42.5, 61.5 / 48.0; 0.01 58.2 / 43.2, 61.1 / 47.9 (kept); 0.03 57.6 / 43.9, 60.7 / 48.2;
// 0.1 is lexical exactly. Cases that name no module are what real requests look like. `modroute train`
// uses these weights as they are (refining them on a repository's commits is opt-in: it overfit).
// Also tried (2026-11-26, LOPO on the lists of this script, primary / non-leaking / with history primary /
// non-leaking): lexical 57.1 / 45.2 / 62.4 / 52.4, this linear model 58.3 / 44.4 / 62.6 / 50.1; gradient-
// boosted trees (depth 3, 100 rounds, Newton steps on the same listwise loss) on top of it 58.7 / 43.6 /
// 62.2 / 49.3; each field's rank among the candidates as extra features 58.5 / 44.1 / 63.0 / 49.6; lists
// from the packages' real git history in place of pseudo-history: the same picture. None kept.
const options = { iterations: 400, learningRate: 0.05, l2: 0.01 };
const towardsLexical = lexicalOrderReranker(LEXICAL_PRIOR).weights;
// Weight of a case whose query names its module, against 1 for one that does not (--leak-weight).
// Measured 2026-11 (LOPO, mean primary / non-leaking Acc@1; lexical alone 55.8 / 43.5): 1 → 57.5 / 42.1,
// 0.5 → 57.4 / 42.3, 0.25 → 56.7 / 42.3, 0 → 53.6 / 43.2. No weight makes the reranker beat lexical on
// cases that do not name their module, so 1 stays: what it adds is on the cases that do.
const leakWeight = Number(arg('--leak-weight', '1'));
// Features the reranker never reads (--without a,b; `none` for all of them): their columns are zeroed before
// training, so their weights stay at the prior's 0. By default the module's size (files, bytes, users): on
// the corpus it added nothing (LOPO primary / non-leaking, then with history: 58.9 / 44.9 / 62.2 / 48.1 with it,
// 59.0 / 45.1 / 62.6 / 48.4 without), while on requests written as users write them it pulled the biggest
// module over the one lexical search had found (vitest's `packages/vitest` over `coverage-v8`, `mocker`).
const without = new Set(arg('--without', 'logFiles,logBytes,logUsedBy').split(',').filter((f) => f !== '' && f !== 'none'));
for (const f of without) if (!(featureNames as readonly string[]).includes(f)) throw new Error(`--without: no feature ${f} (features: ${featureNames.join(', ')})`);
const dropped = featureNames.map((f) => without.has(f));
const weighted = (lists: PackageLists['lists']) =>
  lists.map((l) => {
    const rows = without.size > 0 ? l.rows.map((r) => r.map((x, k) => (dropped[k] ? 0 : x))) : l.rows;
    return { ...l, rows, weight: l.leaks ? l.weight * leakWeight : l.weight };
  });

interface PackageLists {
  name: string;
  lists: (RankingList & { primary: boolean; leaks: boolean })[];
}

async function loadGraph(name: string): Promise<ModuleGraph> {
  const open = async (rebuild: boolean) => {
    const tree = await indexedTree('corpus', name, { rebuild });
    const index = await openIndex({ repo: tree.root, db: tree.db });
    try {
      return { graph: detachGraph(index.graph()), casesFile: tree.casesFile };
    } finally {
      index.close();
    }
  };
  const loaded = await open(false).catch((e: unknown) => (e instanceof IndexSchemaMismatchError ? open(true) : Promise.reject(e)));
  cases.set(name, loaded.casesFile);
  return loaded.graph;
}
const cases = new Map<string, string>();

// Two list sets per package: the tree as it is (npm tarballs carry no git history, like any checkout
// without one), and the same tree with the package's own cases as its history, each query seeing only
// the cases strictly before its date (`asOf`), as `ask` sees a repository's earlier commits. Trained on
// both, the model learns what history features are worth and still ranks well when they are all zero.
const packages: PackageLists[] = [];
const packagesWithHistory: PackageLists[] = [];
// --lists FILE: reuse the feature lists of an earlier run (same code, same corpus) to iterate on the
// model alone; written after they are built.
const listsFile = process.argv.includes('--lists') ? arg('--lists', '') : undefined;
if (listsFile && existsSync(listsFile)) {
  const cached = JSON.parse(readFileSync(listsFile, 'utf8')) as { packages: PackageLists[]; packagesWithHistory: PackageLists[] };
  packages.push(...cached.packages);
  packagesWithHistory.push(...cached.packagesWithHistory);
  log(`feature lists read from ${listsFile}`);
}
for (const name of packages.length > 0 ? [] : corpusNames) {
  const started = performance.now();
  const graph = await loadGraph(name);
  // The classifier the reranker sees at ask time: trained by the same code as `modroute train`, on
  // this package's code only (never on its cases), so it never saw a corpus query.
  const run = trainRouter(graph, { seed, shipped: { features: [...featureNames], weights: featureNames.map(() => 0) } });
  let step = await run.next();
  while (!step.done) step = await run.next();
  const clf = decodeClassifier(step.value.classifier);
  const position = new Map(graph.modules.map((m, i) => [m.id as string, i]));
  const { cases: list } = readCases(readFileSync(cases.get(name) ?? '', 'utf8'), `${name}/cases.jsonl`);
  const pseudoHistory: CommitRecord[] = list
    .filter((c) => c.date !== undefined)
    .map((c, i) => ({ sha: c.commit ?? String(i), date: c.date ?? '', author: 'corpus', subject: c.query, body: '', modules: c.modules }));
  for (const [history, into] of [[false, packages], [true, packagesWithHistory]] as const) {
    const g: ModuleGraph = history ? { ...graph, commits: pseudoHistory } : graph;
    const source = createCandidateSource(g);
    const stats = moduleStats(g);
    const lists: PackageLists['lists'] = [];
    for (const c of list) {
      const query = stripCommitPrefix(c.query, false).trim();
      if (!/[a-z]{2}/i.test(query)) continue;
      if (history && c.date === undefined) continue;
      const gold = new Set(c.modules.map((id) => position.get(id)).filter((i) => i !== undefined));
      const { candidates } = await source.search(query, CANDIDATES, c.date);
      const probs = classify(clf, query);
      lists.push({
        rows: candidateFeatures(query, candidates, probs, stats, c.date),
        gold: candidates.map((x) => gold.has(x.module)),
        weight: 1 / list.length,
        primary: c.set !== 'secondary',
        leaks: c.leaks === true,
      });
    }
    into.push({ name, lists });
  }
  log(`${name}: ${graph.modules.length} modules, ${list.length} cases, ${pseudoHistory.length} as history, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (listsFile && !existsSync(listsFile)) writeFileSync(listsFile, JSON.stringify({ packages, packagesWithHistory }));

const lexicalOnly = lexicalOrderReranker();
const sums = { lex: 0, rr: 0, lexNl: 0, rrNl: 0, hLex: 0, hRr: 0, hLexNl: 0, hRrNl: 0 };
const rows: string[] = [
  '| held-out package | n primary | lexical | reranker | n non-leaking | lexical | reranker | with history: lexical | reranker | non-leaking lexical | reranker |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
];
const acc = (model: ListwiseReranker, lists: PackageLists['lists']) => {
  const primary = lists.filter((l) => l.primary);
  const nonLeaking = primary.filter((l) => !l.leaks);
  return { n: primary.length, nNl: nonLeaking.length, all: listAcc1(model, primary), nl: listAcc1(model, nonLeaking) };
};
packages.forEach((held, i) => {
  const heldHistory = packagesWithHistory[i] as PackageLists;
  const rest = [...packages, ...packagesWithHistory].filter((p) => p !== held && p !== heldHistory);
  const model = trainReranker(featureNames, weighted(rest.flatMap((p) => p.lists)), options, towardsLexical);
  const [lex, rr, hLex, hRr] = [acc(lexicalOnly, held.lists), acc(model, weighted(held.lists)), acc(lexicalOnly, heldHistory.lists), acc(model, weighted(heldHistory.lists))];
  const r = { lex: lex.all, rr: rr.all, lexNl: lex.nl, rrNl: rr.nl, hLex: hLex.all, hRr: hRr.all, hLexNl: hLex.nl, hRrNl: hRr.nl };
  for (const k of Object.keys(sums) as (keyof typeof sums)[]) sums[k] += r[k] / packages.length;
  rows.push(`| ${held.name} | ${lex.n} | ${pct(r.lex)} | ${pct(r.rr)} | ${lex.nNl} | ${pct(r.lexNl)} | ${pct(r.rrNl)} | ${pct(r.hLex)} | ${pct(r.hRr)} | ${pct(r.hLexNl)} | ${pct(r.hRrNl)} |`);
});
rows.push(`| **mean** | | ${pct(sums.lex)} | ${pct(sums.rr)} | | ${pct(sums.lexNl)} | ${pct(sums.rrNl)} | ${pct(sums.hLex)} | ${pct(sums.hRr)} | ${pct(sums.hLexNl)} | ${pct(sums.hRrNl)} |`);
for (const r of rows) log(r);
log('Acc@1 counts a case whose gold module is not among the 30 lexical candidates as a miss for both.');

const final = trainReranker(featureNames, weighted([...packages, ...packagesWithHistory].flatMap((p) => p.lists)), options, towardsLexical);
const file = {
  format: 'modroute-reranker',
  version: 1,
  features: final.features,
  weights: final.weights,
  trainedOn: packages.map((p) => p.name),
  metrics: { validation: 'leave-one-package-out, primary cases, scopes stripped; withHistory: earlier cases as history', lexicalAcc1: sums.lex, rerankerAcc1: sums.rr, lexicalAcc1NonLeaking: sums.lexNl, rerankerAcc1NonLeaking: sums.rrNl, withHistory: { lexicalAcc1: sums.hLex, rerankerAcc1: sums.hRr, lexicalAcc1NonLeaking: sums.hLexNl, rerankerAcc1NonLeaking: sums.hRrNl } },
  config: { seed, candidates: CANDIDATES, leakWeight, prior: `lexRecipRank x ${LEXICAL_PRIOR}`, without: [...without], ...options },
};
writeFileSync(outFile, `${JSON.stringify(file, null, 1)}\n`);
log(`wrote ${outFile}`);
