// `node --import tsx bench/trainDev.ts`: train the router on the dev-benchmark trees (svelte, pixi.js;
// npm tarballs, so no history: the model learns from the code alone plus the shipped reranker) and
// evaluate lexical vs router vs hybrid. Also the training time, the model size and the warm in-process
// ask p50. Measurement only: never tune on these numbers.
import { statSync } from 'node:fs';
import { evaluate } from '../src/api/evaluate.ts';
import { openSession } from '../src/api/openSession.ts';
import { trainModel } from '../src/api/trainModel.ts';
import { percentile } from '../src/eval/computeMetrics.ts';
import { readCases } from '../src/eval/readCases.ts';
import { readFileSync } from 'node:fs';
import { indexedTree } from './indexedTree.ts';

const log = (s: string) => process.stdout.write(`${s}\n`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rows = ['| bench | backend | set | n | Acc@1 | Acc@5 | MRR |', '|---|---|---|---|---|---|---|'];
for (const name of ['svelte', 'pixi'] as const) {
  const tree = await indexedTree('bench', name);
  const started = performance.now();
  let path = '';
  for await (const e of trainModel({ repo: tree.root, db: tree.db, seed: 1 })) if (e.kind === 'done') path = e.result.path;
  log(`${name}: trained in ${((performance.now() - started) / 1000).toFixed(1)} s, model ${(statSync(path).size / 1024).toFixed(0)} KB (${path})`);
  const report = await evaluate({ repo: tree.root, db: tree.db, casesFile: tree.casesFile, backends: ['lexical', 'router', 'hybrid'], top: 10 });
  for (const run of report.runs) {
    for (const [set, m] of [['primary', run.metrics.subsets.primary], ['primary non-leaking', run.metrics.subsets.primaryNonLeaking]] as const) {
      if (m) rows.push(`| ${name} | ${run.backend} | ${set} | ${m.n} | ${pct(m.acc1)} | ${pct(m.acc5)} | ${m.mrr.toFixed(3)} |`);
    }
  }
  const session = await openSession({ repo: tree.root, db: tree.db });
  const { cases } = readCases(readFileSync(tree.casesFile, 'utf8'), 'cases.jsonl');
  for (const backend of ['lexical', 'hybrid']) {
    for (const c of cases) await session.ask(c.query, { backend, top: 10 });
    const times: number[] = [];
    for (const c of cases) times.push((await session.ask(c.query, { backend, top: 10 })).elapsedMs);
    log(`${name}: warm ask p50 ${backend} ${percentile(times, 0.5).toFixed(2)} ms (p95 ${percentile(times, 0.95).toFixed(2)})`);
  }
  await session.dispose();
}
for (const r of rows) log(r);
