// `node --import tsx bench/historyBench.ts [svelte|pixi ...]`: the dev benchmark with history.
// The npm trees have no git history, so this builds one: a git repository of the tree whose commits
// are the bench's own cases in date order (subject = the case's query, author date = its date, the
// change = a line appended to the case's files, or to a file of its gold module when they are gone).
// The router is trained with `--as-of` the date of the case at 70% (it learns only from the earlier
// commits), and every backend is evaluated on the later 30%, each case seeing only commits before
// its own date. Next to it, the same cases on the tree without history. The history is thinner and
// cleaner than a real one (only the commits that became cases). Measurement only: never tune on it.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../src/api/evaluate.ts';
import { indexRepository } from '../src/api/indexRepository.ts';
import { trainModel } from '../src/api/trainModel.ts';
import type { SubsetMetrics } from '../src/eval/computeMetrics.ts';
import { readCases } from '../src/eval/readCases.ts';
import { fetchTree } from './fetchTree.ts';
import { benchCacheDir, indexedTree } from './indexedTree.ts';

const log = (s: string) => process.stdout.write(`${s}\n`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['svelte', 'pixi'];
const git = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', args, { cwd, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

const rows = ['| bench | history | backend | set | n | Acc@1 | Acc@5 | MRR | R@10 |', '|---|---|---|---|---|---|---|---|---|'];
for (const name of names) {
  const tree = fetchTree('bench', name);
  const modules = JSON.parse(readFileSync(tree.modulesFile, 'utf8')) as { id: string; path: string; gitPath: string }[];
  const casesText = readFileSync(tree.casesFile, 'utf8');
  const { cases } = readCases(casesText, 'cases.jsonl');
  // The changed files of each case (git paths), which EvalCase does not keep.
  const filesOf = new Map<string, string[]>();
  for (const line of casesText.split('\n')) {
    if (line.trim() === '') continue;
    const raw = JSON.parse(line) as { id?: string; files?: string[] };
    if (raw.id !== undefined) filesOf.set(raw.id, raw.files ?? []);
  }
  const dated = cases.filter((c) => c.date !== undefined).sort((a, b) => Date.parse(a.date ?? '') - Date.parse(b.date ?? ''));
  const home = join(benchCacheDir, 'history', name);
  const repo = join(home, 'repo');
  const stamp = join(home, 'stamp.json');
  const wanted = JSON.stringify({ version: 2, npm: tree.source.npm, cases: dated.length });
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
    const started = performance.now();
    rmSync(home, { recursive: true, force: true });
    mkdirSync(home, { recursive: true });
    cpSync(tree.dir, repo, { recursive: true });
    git(repo, ['init', '-q', '-b', 'main']);
    const author = ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid'];
    const first = new Date(Date.parse(dated[0]?.date ?? '2020-01-01') - 86_400_000).toISOString();
    git(repo, ['add', '-A']);
    git(repo, [...author, 'commit', '-q', '-m', 'import the npm tree'], { GIT_AUTHOR_DATE: first, GIT_COMMITTER_DATE: first });
    const toTree = (gitFile: string): string | undefined => {
      for (const m of modules) if (gitFile.startsWith(`${m.gitPath}/`)) return `${m.path}/${gitFile.slice(m.gitPath.length + 1)}`;
      return undefined;
    };
    const anyFile = (dir: string): string | undefined => readdirSync(join(repo, dir)).map((f) => `${dir}/${f}`).find((f) => statSync(join(repo, f)).isFile());
    for (const [i, c] of dated.entries()) {
      let files = (filesOf.get(c.id) ?? []).map(toTree).filter((f): f is string => f !== undefined && existsSync(join(repo, f)));
      if (files.length === 0) files = c.modules.map((id) => anyFile(modules.find((m) => m.id === id)?.path ?? id)).filter((f): f is string => f !== undefined);
      for (const f of files) appendFileSync(join(repo, f), `\n// change ${i}\n`);
      git(repo, ['add', ...files]);
      git(repo, [...author, 'commit', '-q', '--allow-empty', '-m', c.query], { GIT_AUTHOR_DATE: c.date ?? '', GIT_COMMITTER_DATE: c.date ?? '' });
    }
    for await (const e of indexRepository({ repo, modulesFile: tree.modulesFile, rebuild: true })) if (e.kind === 'done') log(`${name}: history repo with ${dated.length + 1} commits indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    writeFileSync(stamp, wanted);
  }
  const cut = dated[Math.floor(dated.length * 0.7)]?.date ?? '';
  const later = dated.filter((c) => Date.parse(c.date ?? '') >= Date.parse(cut));
  const laterFile = join(home, 'later.jsonl');
  writeFileSync(laterFile, later.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const started = performance.now();
  for await (const e of trainModel({ repo, seed: 1, asOf: cut })) {
    if (e.kind === 'done') log(`${name}: trained with --as-of ${cut.slice(0, 10)} (${String(e.result.summary.historyExamples)} commits before it) in ${((performance.now() - started) / 1000).toFixed(1)} s; evaluating ${later.length} later cases`);
  }
  const plain = await indexedTree('bench', name);
  const runs = [
    { history: 'none', report: await evaluate({ repo: plain.root, db: plain.db, casesFile: laterFile, backends: ['bm25', 'lexical'], top: 10 }) },
    { history: 'earlier cases', report: await evaluate({ repo, casesFile: laterFile, backends: ['bm25', 'lexical', 'router', 'hybrid'], top: 10 }) },
  ];
  for (const { history, report } of runs) {
    for (const run of report.runs) {
      for (const [set, m] of [['primary', run.metrics.subsets.primary], ['primary non-leaking', run.metrics.subsets.primaryNonLeaking]] as [string, SubsetMetrics | undefined][]) {
        if (m) rows.push(`| ${name} | ${history} | ${run.backend} | ${set} | ${m.n} | ${pct(m.acc1)} | ${pct(m.acc5)} | ${m.mrr.toFixed(3)} | ${pct(m.recall10)} |`);
      }
    }
  }
}
log('');
for (const r of rows) log(r);
log('Conventional-commit prefixes are stripped from queries by lexical/hybrid (scope words kept). Each case sees only commits before its date.');
