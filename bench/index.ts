// Indexing throughput against the baselines measured in the same run: merely reading the same
// files; tree-sitter parsing alone (same files, same grammars, same threads: the target);
// and the parse pool with fact extraction. Also peak RSS, store size, and a re-index after one
// changed file against the full time.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/loadConfig.ts';
import { createModuleResolver } from '../src/graph/discovery/createModuleResolver.ts';
import { discoverModules } from '../src/graph/discovery/discoverModules.ts';
import { walkRepository } from '../src/graph/walkRepository.ts';
import { fetchTree } from './fetchTree.ts';

interface Sample { mode: string; ms: number; cpuMs: number; bytes: number; files: number; maxRssMB: number; innerMs?: number }

const threads = availableParallelism();
const child = (args: string[]): Sample =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'indexChild.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop() as string) as Sample;

async function ownedFiles(root: string, modulesFile?: string): Promise<string[]> {
  const { config } = loadConfig(root);
  const d = await discoverModules(root, { ...(modulesFile ? { modulesFile } : {}), config });
  const owner = createModuleResolver(d.modules);
  const walk = await walkRepository(root, { include: config.include, exclude: config.exclude, roots: d.source === 'list' ? d.modules.map((m) => m.path) : undefined });
  return walk.files.filter((f) => owner(f) !== undefined);
}

async function benchTree(name: string, root: string, modulesFile?: string, copy = false): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), `modroute-bench-${name}-`));
  const tree = copy ? join(work, 'tree') : root;
  if (copy) cpSync(root, tree, { recursive: true });
  const files = await ownedFiles(tree, modulesFile);
  const listFile = join(work, 'files.json');
  writeFileSync(listFile, JSON.stringify(files));
  const db = join(work, 'index.db');
  const extra = modulesFile ? [modulesFile] : [];
  const med = (xs: Sample[]) => [...xs].sort((a, b) => a.ms - b.ms)[Math.floor(xs.length / 2)] as Sample;
  const reps = files.length > 5000 ? 1 : 3;
  const reads: Sample[] = [], raws: Sample[] = [], parses: Sample[] = [], indexes: Sample[] = [];
  for (let i = 0; i < reps; i++) {
    // interleaved so machine noise hits all four alike
    reads.push(child(['read', tree, listFile, '1', db, ...extra]));
    raws.push(child(['parse-raw', tree, listFile, String(threads), db, ...extra]));
    parses.push(child(['parse', tree, listFile, String(threads), db, ...extra]));
    indexes.push(child(['index', tree, listFile, String(threads), db, ...extra]));
  }
  const read = med(reads), raw = med(raws), parse = med(parses), index = med(indexes);
  const throughput = (s: Sample): number => s.bytes / s.ms;
  const cpuThroughput = (s: Sample): number => s.bytes / s.cpuMs;
  const size = statSync(db).size;
  const rows = [
    `${name}: ${files.length} files, ${(index.bytes / 1e6).toFixed(1)} MB parsed, ${threads} threads, median of ${reps}`,
    `  index           ${(index.ms / 1000).toFixed(2)} s  ${(files.length / (index.ms / 1000)).toFixed(0)} files/s  ${(index.bytes / 1e6 / (index.ms / 1000)).toFixed(2)} MB/s  peak RSS ${index.maxRssMB.toFixed(0)} MB  store ${(size / 1e6).toFixed(1)} MB`,
    `  parse+extract   ${(parse.ms / 1000).toFixed(2)} s  ${(parse.bytes / 1e6 / (parse.ms / 1000)).toFixed(2)} MB/s  peak RSS ${parse.maxRssMB.toFixed(0)} MB  (parse pool)`,
    `  parse only      ${(raw.ms / 1000).toFixed(2)} s  ${(raw.bytes / 1e6 / (raw.ms / 1000)).toFixed(2)} MB/s  peak RSS ${raw.maxRssMB.toFixed(0)} MB  (tree-sitter alone)`,
    `  read+hash only  ${(read.ms / 1000).toFixed(2)} s  ${(read.bytes / 1e6 / (read.ms / 1000)).toFixed(1)} MB/s`,
    `  index vs read            ${(index.ms / read.ms).toFixed(1)}x the time`,
    `  index vs parse-only      ${(throughput(index) / throughput(raw)).toFixed(2)}x the throughput (target >= 0.9)`,
    `  index vs parse+extract   ${(throughput(index) / throughput(parse)).toFixed(2)}x the throughput`,
    `  parse+extract vs parse-only  ${(throughput(parse) / throughput(raw)).toFixed(2)}x the throughput`,
    `  by CPU time (all threads): index vs parse-only ${(cpuThroughput(index) / cpuThroughput(raw)).toFixed(2)}x, index vs parse+extract ${(cpuThroughput(index) / cpuThroughput(parse)).toFixed(2)}x, parse+extract vs parse-only ${(cpuThroughput(parse) / cpuThroughput(raw)).toFixed(2)}x`,
  ];
  // A re-index lasts a fraction of a second, so one sample is mostly noise: take the median of several.
  const reindexReps = 5;
  const re = med(Array.from({ length: reindexReps }, () => child(['reindex', tree, listFile, String(threads), db, ...extra])));
  const pct = (ms: number) => `${((ms / index.ms) * 100).toFixed(2)}%`;
  rows.push(`  re-index, 1 file changed, new process  ${(re.ms / 1000).toFixed(2)} s = ${pct(re.ms)} of the full index (target <= 2%), median of ${reindexReps}, cpu ${(re.cpuMs / 1000).toFixed(2)} s`);
  // The same change inside an `index --watch` session: from the write to the re-index event
  // (fs event, debounce, run), and the run alone.
  const w = child(['watch', tree, listFile, String(threads), db, ...extra]);
  rows.push(`  re-index, 1 file changed, in a watch   write to event ${w.ms.toFixed(0)} ms = ${pct(w.ms)}, the re-index itself ${w.innerMs ?? NaN} ms = ${pct(w.innerMs ?? NaN)} of the full index, median of 9, cpu ${w.cpuMs.toFixed(0)} ms`);
  process.stdout.write(rows.join('\n') + '\n');
  rmSync(work, { recursive: true, force: true });
  return files;
}

const only = process.argv[2];
if (!only || only === 'svelte') {
  const t = fetchTree('bench', 'svelte');
  await benchTree('svelte', t.dir, t.modulesFile, true);
}
if (!only || only === 'pixi') {
  const t = fetchTree('bench', 'pixi');
  await benchTree('pixi.js', t.dir, t.modulesFile, true);
}
if (!only || only === 'node_modules') {
  await benchTree('node_modules', join(import.meta.dirname, '..', 'node_modules'));
}
