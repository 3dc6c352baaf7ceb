// The corpus (or dev bench) packages on their git trees with their REAL git history up to the tagged
// release, asked their later commits: the condition of a user who indexes a clone. The npm trees the
// other scripts use have no history, and the pseudo-history of corpusHistory.ts (the package's own
// curated cases) reads cleaner than real commits.
//   node --import tsx bench/realHistory.ts --clone hono=/path/to/hono [--clone …] [--variants '[["label",{…}]]'] [--hybrid]
// A clone is any git directory or work tree of the package's `gitRepo` holding its `gitSha` (the tarball
// trees can't give this: nothing here downloads from GitHub). Each is checked out at `gitSha` into a
// shared clone under $MODROUTE_BENCH_CACHE/real-history and indexed with the modules at their git paths.
// Rows: lexical with no history visible (every case dated 1971), lexical with history, each variant;
// --hybrid also trains the router on each tree (`modroute train`, all history before the tag) and adds
// hybrid and router rows as `modroute eval` computes them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../src/api/evaluate.ts';
import { indexRepository } from '../src/api/indexRepository.ts';
import { trainModel } from '../src/api/trainModel.ts';
import { openIndex } from '../src/api/openIndex.ts';
import { readCases } from '../src/eval/readCases.ts';
import { detachGraph } from '../src/graph/detachGraph.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../src/index/lexicalDefaults.ts';
import { meanOf, scorePackage, type LoadedPackage, type PackageScore } from './corpusEval.ts';
import { benchCacheDir } from './indexedTree.ts';

const shared = join(import.meta.dirname, '..', '..', 'shared');
const clones: [string, string][] = [];
process.argv.forEach((a, i) => {
  if (a === '--clone') {
    const [name, dir] = (process.argv[i + 1] ?? '').split('=');
    if (name && dir) clones.push([name, dir]);
  }
});
const variantsAt = process.argv.indexOf('--variants');
const variants = (variantsAt >= 0 ? JSON.parse(process.argv[variantsAt + 1] ?? '[]') : []) as [string, Record<string, unknown>][];
if (clones.length === 0) {
  process.stderr.write('usage: node --import tsx bench/realHistory.ts --clone NAME=GIT_DIR [--clone …] [--variants JSON]\n');
  process.exit(2);
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

interface Loaded {
  history: LoadedPackage;
  none: LoadedPackage;
  commits: number;
  tree: string;
  db: string;
  casesFile: string;
}

async function load(name: string, clone: string): Promise<Loaded> {
  const kind = existsSync(join(shared, 'bench', name)) ? 'bench' : 'corpus';
  const dir = join(shared, kind, name);
  const source = JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8')) as { gitSha: string };
  const home = join(benchCacheDir, 'real-history');
  const tree = join(home, name);
  mkdirSync(home, { recursive: true });
  if (!existsSync(tree)) {
    git(home, ['clone', '-q', '--shared', '--no-checkout', clone, tree]);
    // A mirror that lacks some large blobs still checks out the source (git reports the rest).
    try {
      git(tree, ['-c', 'advice.detachedHead=false', 'checkout', '-q', source.gitSha]);
    } catch (e) {
      if (git(tree, ['rev-parse', 'HEAD']).trim() !== source.gitSha) throw e;
    }
  }
  const raw = JSON.parse(readFileSync(join(dir, 'modules.json'), 'utf8')) as { id: string; gitPath: string }[];
  const modulesFile = join(home, `${name}.modules.json`);
  writeFileSync(modulesFile, JSON.stringify(raw.map((m) => ({ id: m.id, path: m.gitPath }))));
  const db = join(home, `${name}.db`);
  for await (const event of indexRepository({ repo: tree, db, modulesFile })) void event;
  const index = await openIndex({ repo: tree, db });
  try {
    const graph = detachGraph(index.graph());
    const { cases } = readCases(readFileSync(join(dir, 'cases.jsonl'), 'utf8'), `${name}/cases.jsonl`);
    const validIds = new Set(graph.modules.map((m) => m.id));
    return {
      history: { name, graph, cases, validIds },
      none: { name, graph, cases: cases.map((c) => ({ ...c, date: '1971-01-01T00:00:00Z' })), validIds },
      commits: graph.commits.length,
      tree,
      db,
      casesFile: join(dir, 'cases.jsonl'),
    };
  } finally {
    index.close();
  }
}

const loaded: Loaded[] = [];
for (const [name, clone] of clones) {
  const l = await load(name, clone);
  process.stdout.write(`${name}: ${l.history.graph.modules.length} modules, ${l.commits} commits before the tag, ${l.history.cases.length} cases\n`);
  loaded.push(l);
}
const f = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (label: string, scores: PackageScore[]) =>
  `| ${label} | ${f(meanOf(scores, (s) => s.primary.acc1))} | ${f(meanOf(scores, (s) => s.primaryNonLeaking.acc1))} | ${f(meanOf(scores, (s) => s.primary.acc5))} | ${scores.map((s) => `${f(s.primary.acc1)} / ${f(s.primaryNonLeaking.acc1)}`).join(' | ')} |`;
process.stdout.write(`| lexical | primary Acc@1 | non-leaking | Acc@5 | ${loaded.map((l) => l.history.name).join(' | ')} |\n|${'---|'.repeat(4 + loaded.length)}\n`);
const none: PackageScore[] = [];
for (const l of loaded) none.push(await scorePackage(l.none, lexicalDefaults));
process.stdout.write(`${row('no history visible', none)}\n`);
for (const [label, overrides] of [['with history', {}] as [string, Record<string, unknown>], ...variants]) {
  const options = mergeLexicalOptions(lexicalDefaults, overrides);
  const scores: PackageScore[] = [];
  for (const l of loaded) scores.push(await scorePackage(l.history, options));
  process.stdout.write(`${row(label, scores)}\n`);
}

if (process.argv.includes('--hybrid')) {
  const learned: Record<'router' | 'hybrid', { acc1: number; nl: number; acc5: number; per: string[] }> = {
    router: { acc1: 0, nl: 0, acc5: 0, per: [] },
    hybrid: { acc1: 0, nl: 0, acc5: 0, per: [] },
  };
  for (const l of loaded) {
    for await (const event of trainModel({ repo: l.tree, db: l.db, seed: 1 })) void event;
    const report = await evaluate({ repo: l.tree, db: l.db, casesFile: l.casesFile, backends: ['router', 'hybrid'], top: 10 });
    for (const run of report.runs) {
      const row = learned[run.backend as 'router' | 'hybrid'];
      const p = run.metrics.subsets.primary;
      const nl = run.metrics.subsets.primaryNonLeaking;
      if (!row || !p) continue;
      row.acc1 += p.acc1 / loaded.length;
      row.acc5 += p.acc5 / loaded.length;
      row.nl += (nl?.acc1 ?? 0) / loaded.length;
      row.per.push(`${f(p.acc1)} / ${f(nl?.acc1 ?? 0)}`);
    }
  }
  for (const [backend, r] of Object.entries(learned)) process.stdout.write(`| ${backend} (trained) | ${f(r.acc1)} | ${f(r.nl)} | ${f(r.acc5)} | ${r.per.join(' | ')} |\n`);
}
