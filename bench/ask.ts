// `npm run bench -- ask [cli] [MODULESxSYMBOLSxCOMMITS ...]`: first the one-shot CLI `modroute ask` on the
// svelte dev-benchmark index, lexical and hybrid, next to `node -e 0` and `modroute --version` started
// in the same rounds;
// then lexical index build time, warm query p50 and cache read time on synthetic graphs, each next to a
// same-run baseline: the plain BM25 index (one field, no co-occurrence contexts) built from the same
// graph, interleaved so noise hits both alike. `cli` alone runs only the first part.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildLexicalIndex } from '../src/index/buildLexicalIndex.ts';
import type { LexicalIndex } from '../src/index/LexicalIndex.ts';
import { bm25BaselineOptions, lexicalDefaults, type LexicalOptions } from '../src/index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../src/index/searchLexicalIndex.ts';
import { deserializeLexicalIndex, serializeLexicalIndex } from '../src/index/serializeLexicalIndex.ts';
import { indexedTree } from './indexedTree.ts';
import { syntheticGraph, syntheticQueries } from './syntheticGraph.ts';

const args = process.argv.slice(2);
const cliOnly = args[0] === 'cli';
const shapeArgs = cliOnly ? args.slice(1) : args;
const shapes = (cliOnly ? [] : shapeArgs.length > 0 ? shapeArgs : ['50x100x2000', '500x500x5000', '2000x1000x20000']).map((s) => {
  const [modules, symbolsPerModule, commits] = s.split('x').map(Number);
  return { label: s, modules: modules ?? 50, symbolsPerModule: symbolsPerModule ?? 100, commits: commits ?? 0 };
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const line = (name: string, candidate: number[], baseline: number[], baselineName: string) => {
  const c = median(candidate);
  const b = median(baseline);
  process.stdout.write(`${name.padEnd(34)} vs ${baselineName.padEnd(14)} ${(c / b).toFixed(2)}x  (median of ${candidate.length}: ${fmt(c)} vs ${fmt(b)})\n`);
};

// One-shot CLI ask, end to end (process start to exit), as a user runs it: the index is already built
// and its caches written (the first asks below warm them and are not counted: the lexical index and
// validated router model beside the store, the bundle's code cache beside dist/cli.bundle.cjs). Each
// round starts every command in turn, so load on this machine hits them alike; every round asks a
// different benchmark case, so nothing a process caches per query text can help the next one.
const bin = new URL('../bin/modroute.js', import.meta.url).pathname;
const tree = await indexedTree('bench', 'svelte');
const queries = readFileSync(tree.casesFile, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { query: string }).query);
const run = (argv: string[]): number => {
  const started = performance.now();
  // stderr is kept for a failure's message only: a stale-model warning on every ask is noise here.
  execFileSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  return performance.now() - started;
};
const askArgv = (q: string, backend: string, entry = bin) => [entry, 'ask', q, '--repo', tree.root, '--db', tree.db, '--quiet', '--backend', backend];
// The previous implementation, kept as the baseline: dist/ loaded file by file, no bundle, no code cache.
const distMain = new URL('../dist/cli/main.js', import.meta.url).pathname;
// The first ask says which backend auto picks: hybrid once a router model exists (bench:dev trains one).
const warm = spawnSync(process.execPath, [bin, 'ask', queries[0] ?? 'warm the cache', '--repo', tree.root, '--db', tree.db], { encoding: 'utf8' });
if (warm.status !== 0) throw new Error(`modroute ask failed: ${warm.stderr}`);
const autoBackend = /\[(\w+), [\d.]+ ms\]/.exec(warm.stderr)?.[1] ?? '?';
// hybrid needs a router model: `npm run bench:dev` (or `modroute train` on the tree) leaves one.
const hasModel = autoBackend === 'hybrid';
for (const backend of hasModel ? ['lexical', 'hybrid'] : ['lexical']) run(askArgv(queries[0] ?? 'warm the cache', backend));
run([bin, '--version']);
const rounds = Number(process.env.ASK_BENCH_ROUNDS ?? 21);
const cli = { lexical: [] as number[], hybrid: [] as number[], node: [] as number[], version: [] as number[], distLexical: [] as number[], distHybrid: [] as number[], chinese: [] as number[] };
// Requests written in Chinese: their words' English glosses are looked up (CC-CEDICT, cached in node_modules/.cache).
const chinese = ['组件销毁时内存泄漏', '服务端渲染时样式丢失', '动画过渡结束后事件没有触发', '绑定输入框的值没有更新', '编译器的报错信息不准确'];
run(askArgv(chinese[0] as string, 'lexical'));
for (let i = 0; i < rounds; i++) {
  const q = queries[(i * 31) % queries.length] ?? 'x';
  cli.node.push(run(['-e', '0']));
  cli.version.push(run([bin, '--version']));
  cli.lexical.push(run(askArgv(q, 'lexical')));
  cli.distLexical.push(run(askArgv(q, 'lexical', distMain)));
  if (hasModel) cli.hybrid.push(run(askArgv(q, 'hybrid')));
  if (hasModel) cli.distHybrid.push(run(askArgv(q, 'hybrid', distMain)));
  cli.chinese.push(run(askArgv(chinese[i % chinese.length] as string, 'lexical')));
}
line('ask.cli svelte (lexical)', cli.lexical, cli.node, 'node -e 0');
if (hasModel) line('ask.cli svelte (hybrid)', cli.hybrid, cli.node, 'node -e 0');
line('ask.cli svelte (lexical, Chinese)', cli.chinese, cli.node, 'node -e 0');
line('ask.cli svelte --version', cli.version, cli.node, 'node -e 0');
line('ask.cli svelte (lexical)', cli.lexical, cli.distLexical, 'dist/ unbundled');
if (hasModel) line('ask.cli svelte (hybrid)', cli.hybrid, cli.distHybrid, 'dist/ unbundled');
process.stdout.write(`${''.padEnd(34)} target: ask ≤ 300 ms; p50 lexical ${fmt(median(cli.lexical))}, hybrid ${hasModel ? fmt(median(cli.hybrid)) : 'not run (no router model)'} (auto picks ${autoBackend}), node -e 0 ${fmt(median(cli.node))}\n`);

for (const shape of shapes) {
  const graph = syntheticGraph(shape);
  const big = shape.modules * shape.symbolsPerModule >= 1_000_000;
  const reps = big ? 1 : 3;
  const build = (o: LexicalOptions): { ms: number; index: LexicalIndex } => {
    const started = performance.now();
    const index = buildLexicalIndex(graph, o);
    return { ms: performance.now() - started, index };
  };
  const lexicalMs: number[] = [];
  const bm25Ms: number[] = [];
  let lexical: LexicalIndex | undefined;
  let bm25: LexicalIndex | undefined;
  for (let i = 0; i < reps; i++) {
    const a = build(lexicalDefaults);
    lexicalMs.push(a.ms);
    lexical = a.index;
    const b = build(bm25BaselineOptions);
    bm25Ms.push(b.ms);
    bm25 = b.index;
  }
  if (lexical === undefined || bm25 === undefined) continue;
  line(`ask.build ${shape.label}`, lexicalMs, bm25Ms, 'bm25-baseline');

  // Warm queries: each query was asked once already (first-use work such as co-occurrence neighbours
  // is cached per cutoff), no WordNet (it is I/O, not index work).
  const queries = syntheticQueries(graph, 200);
  const time = async (index: LexicalIndex) => {
    for (const q of queries) await searchLexicalIndex(index, q, { top: 10 });
    const out: number[] = [];
    for (const q of queries) {
      const started = performance.now();
      await searchLexicalIndex(index, q, { top: 10 });
      out.push(performance.now() - started);
    }
    return out;
  };
  const coldStarted = performance.now();
  for (const q of syntheticQueries(graph, 50, 99)) await searchLexicalIndex(lexical, q, { top: 10 });
  const coldMs = (performance.now() - coldStarted) / 50;
  line(`ask.query.warm ${shape.label}`, await time(lexical), await time(bm25), 'bm25-baseline');
  process.stdout.write(`${`ask.query.first-use ${shape.label}`.padEnd(34)} ${fmt(coldMs)} mean over 50 new queries (co-occurrence neighbours computed)\n`);

  // The cache beside the store: reading it back against building.
  const bytes = serializeLexicalIndex(lexical, graph.fingerprint);
  const readMs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const started = performance.now();
    deserializeLexicalIndex(bytes, { fingerprint: graph.fingerprint, options: lexicalDefaults });
    readMs.push(performance.now() - started);
  }
  line(`ask.cache-read ${shape.label}`, readMs, lexicalMs, 'lexical build');
  process.stdout.write(`${''.padEnd(34)} cache ${(bytes.length / 1e6).toFixed(1)} MB, ${lexical.terms.terms.length} terms\n`);
}
