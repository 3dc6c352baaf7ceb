// A seeded synthetic module graph for speed benchmarks: camelCase symbols from a Zipf-ish vocabulary,
// doc comments, dependency edges and a commit history. Its shape, not its text, is what matters.
import type { CommitRecord, ModuleEdge, ModuleGraph, ModuleNode, ModuleSymbol } from '../src/graph/ModuleGraph.ts';
import { asModuleId } from '../src/graph/types.ts';
import { mulberry32 } from '../src/util/random.ts';

export interface SyntheticShape {
  modules: number;
  symbolsPerModule: number;
  commits: number;
  seed?: number;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vor', 'pel', 'dun', 'shi', 'gar', 'bel', 'no', 'qua', 'zed', 'fi', 'tro'];

export function syntheticGraph(shape: SyntheticShape): ModuleGraph {
  const rng = mulberry32(shape.seed ?? 42);
  const vocabulary: string[] = [];
  for (let i = 0; i < 6000; i++) vocabulary.push(`${rng.pick(SYLLABLES)}${rng.pick(SYLLABLES)}${i % 7 === 0 ? rng.pick(SYLLABLES) : ''}${i}`);
  // Zipf-ish: low indexes are far more common, as in real code.
  const word = () => vocabulary[Math.floor(vocabulary.length * rng.next() ** 3)] as string;
  const cap = (w: string) => w[0]?.toUpperCase() + w.slice(1);
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');

  const modules: ModuleNode[] = [];
  for (let m = 0; m < shape.modules; m++) {
    const path = `src/${word()}/${word()}${m}`;
    const files = Array.from({ length: 4 + rng.int(12) }, () => `${path}/${cap(word())}${cap(word())}.ts`);
    const symbols: ModuleSymbol[] = [];
    for (let s = 0; s < shape.symbolsPerModule; s++) {
      const name = `${word()}${cap(word())}${rng.chance(0.4) ? cap(word()) : ''}`;
      const symbol: ModuleSymbol = { name, kind: 'function', file: rng.pick(files), exported: rng.chance(0.5) };
      if (rng.chance(0.3)) symbol.doc = sentence(6 + rng.int(14));
      symbols.push(symbol);
    }
    const docComments = Array.from({ length: Math.ceil(shape.symbolsPerModule / 10) }, () => sentence(8 + rng.int(20)));
    modules.push({ id: asModuleId(path), path, files, languages: { typescript: files.length }, bytes: 10_000, symbols, docComments, summary: sentence(12) });
  }
  const edges: ModuleEdge[] = [];
  for (let m = 0; m < shape.modules; m++) {
    for (let e = 0; e < 5; e++) {
      const to = rng.int(shape.modules);
      if (to !== m) edges.push({ from: (modules[m] as ModuleNode).id, to: (modules[to] as ModuleNode).id, weight: 1 + rng.int(9) });
    }
  }
  const commits: CommitRecord[] = [];
  const start = Date.parse('2020-01-01T00:00:00Z');
  for (let c = 0; c < shape.commits; c++) {
    const touched = Array.from({ length: 1 + rng.int(3) }, () => (modules[rng.int(shape.modules)] as ModuleNode).id);
    commits.push({
      sha: c.toString(16).padStart(40, '0'),
      date: new Date(start + (shape.commits - c) * 3_600_000).toISOString(),
      author: 'dev',
      subject: `fix: ${sentence(5 + rng.int(6))}`,
      body: rng.chance(0.3) ? sentence(10 + rng.int(20)) : '',
      modules: [...new Set(touched)],
    });
  }
  return { root: '/synthetic', modules, edges, commits, fingerprint: `synthetic-${shape.modules}-${shape.symbolsPerModule}-${shape.commits}-${shape.seed ?? 42}` };
}

/** Queries made of the graph's own words, so they hit postings like real ones. */
export function syntheticQueries(graph: ModuleGraph, count: number, seed = 7): string[] {
  const rng = mulberry32(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const m = graph.modules[rng.int(graph.modules.length)] as ModuleNode;
    const s = m.symbols[rng.int(Math.max(m.symbols.length, 1))];
    out.push(`fix: ${s?.name ?? m.path} breaks when ${m.summary.split(' ').slice(0, 3).join(' ')} is empty`);
  }
  return out;
}
