// `npm run bench:dev`: the held-out dev benchmark (../shared/bench: svelte, pixi.js). Fetches the npm
// trees (cached outside the repo), indexes their module roots with modules.json into a store under
// ~/.cache/modroute-bench, evaluates every registered backend (bm25 is the plain BM25 baseline) and
// prints one table. Also: warm in-process ask p50 and CLI ask end to end on svelte.
// Never tune on these numbers: tuning is bench/tuneLexical.ts on ../shared/corpus.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { evaluate } from '../src/api/evaluate.ts';
import { openSession } from '../src/api/openSession.ts';
import { backendNames, backendRegistry } from '../src/backends/registry.ts';
import type { BackendEntry } from '../src/backends/Backend.ts';
import { storeDirOf } from '../src/api/resolveRepo.ts';
import type { SubsetMetrics } from '../src/eval/computeMetrics.ts';
import { percentile } from '../src/eval/computeMetrics.ts';
import { readCases } from '../src/eval/readCases.ts';
import { indexedTree, type IndexedTree } from './indexedTree.ts';

const log = (s: string) => process.stdout.write(`${s}\n`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const benches = ['svelte', 'pixi'] as const;

const trees: IndexedTree[] = [];
for (const name of benches) {
  const tree = await indexedTree('bench', name);
  trees.push(tree);
  const s = tree.stats;
  log(s ? `indexed ${name}: ${s.modules} modules, ${s.files} files (${s.parsed} parsed), ${s.symbols} symbols, ${s.edges} edges in ${(s.elapsedMs / 1000).toFixed(1)} s -> ${tree.db}`
    : `reusing ${tree.db}`);
  // Source maps are build output: the module list admits them (they sit in module dirs), but they must
  // not be parsed into facts. Check it rather than assume it.
  const db = new Database(tree.db, { readonly: true });
  const maps = db.prepare("select count(*) n, sum(coalesce(language, '') != '') withLanguage, sum(status = 'parsed') parsed from files where path like '%.map'").get() as { n: number; withLanguage: number | null; parsed: number | null };
  const mapSymbols = (db.prepare("select count(*) n from symbols where file like '%.map'").get() as { n: number }).n;
  db.close();
  if (maps.n > 0) log(`  ${name}: ${maps.n} .map files stored, ${maps.withLanguage ?? 0} with an extractor, ${mapSymbols} symbols from them (${maps.parsed ?? 0} read as text with no extractor, the rest skipped as minified)`);
}

// Every registered backend that is available for this store (a learned one without a trained model
// is reported and left out; bm25 is the plain BM25 baseline and always available).
const availableBackends = async (tree: IndexedTree): Promise<string[]> => {
  const out: string[] = [];
  for (const name of backendNames) {
    const availability = await (backendRegistry[name] as BackendEntry).available({ storeDir: storeDirOf(tree.db), options: {} });
    if (availability.ok) out.push(name);
    else log(`${tree.name}: backend ${name} left out: ${availability.reason ?? 'not available'}`);
  }
  return out;
};

const rows: string[] = ['| bench | backend | set | n | Acc@1 | Acc@5 | MRR | R@10 | p50 ms |', '|---|---|---|---|---|---|---|---|---|'];
for (const tree of trees) {
  const report = await evaluate({ repo: tree.root, db: tree.db, casesFile: tree.casesFile, backends: await availableBackends(tree), top: 10 });
  if (report.skipped.length > 0) log(`${tree.name}: ${report.skipped.length} malformed case lines skipped`);
  for (const run of report.runs) {
    const sets: [string, SubsetMetrics | undefined][] = [
      ['primary', run.metrics.subsets.primary],
      ['primary non-leaking', run.metrics.subsets.primaryNonLeaking],
      ['secondary', run.metrics.subsets.secondary],
    ];
    for (const [set, m] of sets) {
      if (!m) continue;
      rows.push(`| ${tree.name} | ${run.backend} | ${set} | ${m.n} | ${pct(m.acc1)} | ${pct(m.acc5)} | ${m.mrr.toFixed(3)} | ${pct(m.recall10)} | ${run.metrics.p50_ms.toFixed(2)} |`);
    }
    if (run.metrics.unknownGold > 0) log(`${tree.name}/${run.backend}: ${run.metrics.unknownGold} gold ids unknown to the index`);
  }
  if (report.strippedCommitPrefix) log(`${tree.name}: conventional-commit prefixes (fix:, feat(scope):) were stripped from queries by the lexical backend; the scope is kept as words`);
}
log('');
for (const r of rows) log(r);
log('p50 ms: first pass over the cases in one process (cold WordNet lookups included), per backend over all its cases.');

// Warm in-process ask on svelte: the session and backend stay open, every query was asked once already.
const svelte = trees[0] as IndexedTree;
const { cases } = readCases(readFileSync(svelte.casesFile, 'utf8'), 'cases.jsonl');
const session = await openSession({ repo: svelte.root, db: svelte.db });
try {
  for (const backend of await availableBackends(svelte)) {
    for (const c of cases) await session.ask(c.query, { backend, top: 10 });
    const times: number[] = [];
    for (const c of cases) times.push((await session.ask(c.query, { backend, top: 10 })).elapsedMs);
    log(`warm in-process ask on svelte, ${backend}: p50 ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms over ${times.length} queries (target p50 <= 5 ms)`);
  }
} finally {
  await session.dispose();
}

// CLI end to end: a fresh process per ask, as a user runs it, interleaved with two same-run baselines
// (bare node start-up, and `modroute --version`, which loads the CLI but no index). Median of 5.
const cli = join(import.meta.dirname, '..', 'bin', 'modroute.js');
const query = 'fix: bind:this is not reset when the component is destroyed';
const runs: Record<string, string[]> = {
  'node -e 0': ['-e', '0'],
  'modroute --version': [cli, '--version'],
  'modroute ask': [cli, 'ask', query, '--repo', svelte.root, '--db', svelte.db, '--top', '5'],
};
const times: Record<string, number[]> = {};
for (let i = 0; i < 6; i++) {
  for (const [name, args] of Object.entries(runs)) {
    const started = performance.now();
    execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (i > 0) (times[name] ??= []).push(performance.now() - started); // the first round warms the disk cache
  }
}
const med = (name: string) => percentile(times[name] ?? [], 0.5);
log(`CLI ask end to end on svelte: median ${med('modroute ask').toFixed(0)} ms of 5 (target <= 300 ms); same run: node -e 0 ${med('node -e 0').toFixed(0)} ms, modroute --version ${med('modroute --version').toFixed(0)} ms`);
log(`  node bin/modroute.js ask "${query}" --repo ${svelte.root} --db ${svelte.db}`);
