// `npm run bench -- dataset`: dataset generation speed on the svelte tree and on a synthetic
// 200-module graph, against a same-run baseline (the same generation without augmentation and
// dedupe: drafts, splits and labels only), plus the lexical backend's Acc@1 on the dataset's test
// split next to its Acc@1 on the real dev-benchmark cases, so the synthetic difficulty is visible.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../src/api/evaluate.ts';
import { indexRepository } from '../src/api/indexRepository.ts';
import { openIndex } from '../src/api/openIndex.ts';
import { generateDataset, type Dataset } from '../src/dataset/generateDataset.ts';
import { detachGraph } from '../src/graph/detachGraph.ts';
import type { CommitRecord, ModuleGraph, ModuleNode, ModuleSymbol } from '../src/graph/ModuleGraph.ts';
import { asModuleId } from '../src/graph/types.ts';
import { mulberry32 } from '../src/util/random.ts';
import { fetchTree } from './fetchTree.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const REPS = 3;

/** Candidate and baseline interleaved, REPS times each, after one warm-up (WordNet load, JIT). */
async function time(graph: ModuleGraph): Promise<{ full: Dataset; ms: number; cpuMs: number; baseMs: number; baseCount: number }> {
  let full = await generateDataset(graph, { seed: 1 });
  let base = await generateDataset(graph, { seed: 1, operators: [], copies: 0, maxCopies: 0, nearDuplicateThreshold: 1.01 });
  const fullMs: number[] = [], baseMs: number[] = [], cpuMs: number[] = [];
  for (let i = 0; i < REPS; i++) {
    // CPU time next to wall time: on a shared, loaded machine wall time overstates the cost.
    const cpu = process.cpuUsage();
    full = await generateDataset(graph, { seed: 1 });
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
    fullMs.push(full.elapsedMs);
    base = await generateDataset(graph, { seed: 1, operators: [], copies: 0, maxCopies: 0, nearDuplicateThreshold: 1.01 });
    baseMs.push(base.elapsedMs);
  }
  return { full, ms: median(fullMs), cpuMs: median(cpuMs), baseMs: median(baseMs), baseCount: base.examples.length };
}

function report(name: string, graph: ModuleGraph, r: Awaited<ReturnType<typeof time>>): void {
  const n = r.full.examples.length;
  const perModule = new Map<string, Set<string>>();
  for (const e of r.full.examples) if (e.split === 'train') (perModule.get(e.targets[0] as string) ?? perModule.set(e.targets[0] as string, new Set()).get(e.targets[0] as string))?.add(e.prompt);
  const counts = graph.modules.map((m) => perModule.get(m.id)?.size ?? 0);
  const out = [
    `${name}: ${graph.modules.length} modules, ${n} examples (train ${r.full.examples.filter((e) => e.split === 'train').length}), median of ${REPS}`,
    `  generate (augment + dedupe)  ${(r.ms / 1000).toFixed(2)} s  ${Math.round(n / (r.ms / 1000))} examples/s (target >= 5000); CPU ${(r.cpuMs / 1000).toFixed(2)} s = ${Math.round(n / (r.cpuMs / 1000))} examples per CPU-second`,
    `  baseline (drafts + labels)   ${(r.baseMs / 1000).toFixed(2)} s  ${Math.round(r.baseCount / (r.baseMs / 1000))} examples/s`,
    `  generate vs baseline         ${(r.ms / r.baseMs).toFixed(2)}x the time for ${(n / r.baseCount).toFixed(2)}x the examples`,
    `  distinct training examples per module: min ${Math.min(...counts)}, median ${median(counts)} (target >= 30)`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

/**
 * A 200-module repository from a seed: a 600-word vocabulary (syllable words, as real identifiers
 * are not all dictionary words), symbols with docs in several phrasings, files, edges and dated
 * commits touching one to three modules.
 */
export function syntheticGraph(modules = 200, seed = 7): ModuleGraph {
  const rng = mulberry32(seed);
  const syllables = 'ka lo mi ren ta vo shi qu ex pan dor lin fe ro zu bel cor nat ish mon'.split(' ');
  const words = [...new Set(Array.from({ length: 800 }, () => Array.from({ length: 2 + rng.int(2) }, () => rng.pick(syllables)).join('')))].slice(0, 600);
  const frames = [
    (a: string, b: string) => `Computes the ${a} ${b} and returns it.`,
    (a: string, b: string) => `Keeps the ${a} in sync with every ${b}.`,
    (a: string, b: string) => `Parses a ${a} header before the ${b} is read.`,
    (a: string, b: string) => `Schedules ${a} jobs on the ${b} queue.`,
    (a: string, b: string) => `Validates the ${a} against the ${b} schema.`,
    (a: string, b: string) => `Caches ${a} lookups per ${b}.`,
  ];
  const nodes: ModuleNode[] = [];
  for (let i = 0; i < modules; i++) {
    const a = rng.pick(words), b = rng.pick(words);
    const path = `packages/${a}-${b}`;
    const symbols: ModuleSymbol[] = Array.from({ length: 5 + rng.int(60) }, (_, k) => {
      const x = rng.pick(words), y = rng.pick(words);
      return { name: `${x}${y[0]?.toUpperCase()}${y.slice(1)}${k % 3 ? '' : k}`, kind: rng.pick(['function', 'class', 'constant'] as const), file: `${path}/src/${x}.ts`, exported: true, ...(rng.chance(0.6) ? { doc: rng.pick(frames)(x, y) } : {}) };
    });
    nodes.push({
      id: asModuleId(path), path, files: [...new Set(symbols.map((s) => s.file))], languages: { typescript: symbols.length }, bytes: 1000, symbols,
      docComments: symbols.flatMap((s) => (s.doc ? [s.doc] : [])).slice(0, 10), summary: path, ...(rng.chance(0.5) ? { description: `Handles ${a} and ${b} for the app.` } : {}),
    });
  }
  const edges = Array.from({ length: modules * 3 }, () => ({ from: (rng.pick(nodes) as ModuleNode).id, to: (rng.pick(nodes) as ModuleNode).id, weight: 1 + rng.int(9) })).filter((e) => e.from !== e.to);
  const commits: CommitRecord[] = Array.from({ length: 2000 }, (_, i) => ({
    sha: i.toString(16).padStart(40, '0'), date: new Date(Date.UTC(2023, 0, 1) + i * 3_600_000).toISOString(), author: 'dev',
    subject: `fix ${rng.pick(words)} ${rng.pick(words)} handling in ${rng.pick(words)} after the ${rng.pick(words)} change`, body: '',
    modules: Array.from({ length: 1 + rng.int(3) }, () => (rng.pick(nodes) as ModuleNode).id).filter((m, k, xs) => xs.indexOf(m) === k),
  })).reverse();
  return { root: '/synthetic', modules: nodes, edges, commits, fingerprint: 'synthetic' };
}

const work = mkdtempSync(join(tmpdir(), 'modroute-bench-dataset-'));
try {
  const tree = fetchTree('bench', 'svelte');
  const db = join(work, 'svelte.db');
  for await (const _ of indexRepository({ repo: tree.dir, db, modulesFile: tree.modulesFile })) void _;
  const index = await openIndex({ repo: tree.dir, db });
  // Symbols are read lazily from the store: keep a store-free copy before closing it.
  const graph = detachGraph(index.graph());
  index.close();
  const svelte = await time(graph);
  report('svelte', graph, svelte);

  const synthetic = syntheticGraph();
  const syn = await time(synthetic);
  report('synthetic', synthetic, syn);
  process.stdout.write(`  200-module repository in ${(syn.ms / 1000).toFixed(2)} s wall, ${(syn.cpuMs / 1000).toFixed(2)} s CPU (target <= 10 s)\n`);

  // Difficulty: the same backend on the synthetic test split and on real requirements.
  const testCases = join(work, 'dataset-test.jsonl');
  writeFileSync(testCases, svelte.full.examples.filter((e) => e.split === 'test').map((e) => JSON.stringify({ query: e.prompt, modules: e.targets })).join('\n'));
  const [synthetic1, real1] = [
    await evaluate({ repo: tree.dir, db, casesFile: testCases, backends: ['lexical'], ignoreDates: true }),
    await evaluate({ repo: tree.dir, db, casesFile: tree.casesFile, backends: ['lexical'] }),
  ];
  const acc = (r: typeof real1) => `${((r.runs[0]?.metrics.acc1 ?? 0) * 100).toFixed(1)}% Acc@1, ${((r.runs[0]?.metrics.acc5 ?? 0) * 100).toFixed(1)}% Acc@5`;
  process.stdout.write(
    `lexical on svelte: dataset test split ${acc(synthetic1)} (n=${synthetic1.runs[0]?.metrics.n})  vs  dev-benchmark cases ${acc(real1)} (n=${real1.runs[0]?.metrics.n})\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
