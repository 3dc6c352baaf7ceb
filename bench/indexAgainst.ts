// A/B of full-index time and store size against another checkout of modroute, interleaved in one
// run (this machine is noisy: compare within a run only):
//   node --import tsx bench/indexAgainst.ts <other-checkout> <repo> [modules.json] [rounds]
// e.g. `git worktree add /tmp/old <commit> && ln -s $PWD/node_modules /tmp/old/node_modules` first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [other, repo, modulesFile, roundsArg] = process.argv.slice(2);
if (!other || !repo) {
  process.stderr.write('usage: node --import tsx bench/indexAgainst.ts <other-checkout> <repo> [modules.json] [rounds]\n');
  process.exit(2);
}

// Child mode: one full index with the checkout at CHECKOUT, printing one JSON line.
if (process.env.INDEX_AGAINST_CHILD) {
  const { indexRepository } = (await import(pathToFileURL(join(process.env.INDEX_AGAINST_CHILD, 'src/api/indexRepository.ts')).href)) as typeof import('../src/api/indexRepository.ts');
  const dir = mkdtempSync(join(tmpdir(), 'modroute-against-'));
  const db = join(dir, 'index.db');
  const started = performance.now();
  for await (const _ of indexRepository({ repo: resolve(repo), db, rebuild: true, warmCache: false, ...(modulesFile ? { modulesFile: resolve(modulesFile) } : {}) })) { /* drain */ }
  const ms = performance.now() - started;
  const size = (p: string) => { try { return statSync(p).size; } catch { return 0; } };
  process.stdout.write(`${JSON.stringify({ ms, bytes: size(db) + size(`${db}-wal`) })}\n`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

const rounds = Number(roundsArg ?? 3);
const run = (checkout: string): { ms: number; bytes: number } =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, ...process.argv.slice(2)], { env: { ...process.env, INDEX_AGAINST_CHILD: checkout }, encoding: 'utf8' }).trim().split('\n').pop() as string) as { ms: number; bytes: number };
const here = resolve(import.meta.dirname, '..');
const samples: Record<'this' | 'other', { ms: number; bytes: number }[]> = { this: [], other: [] };
for (let r = 0; r < rounds; r++) {
  samples.other.push(run(resolve(other)));
  samples.this.push(run(here));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
for (const k of ['other', 'this'] as const) {
  const s = samples[k];
  process.stdout.write(`${k.padEnd(5)} index ${(median(s.map((x) => x.ms)) / 1000).toFixed(2)} s (median of ${rounds}: ${s.map((x) => (x.ms / 1000).toFixed(2)).join(', ')}), store ${(median(s.map((x) => x.bytes)) / 1e6).toFixed(2)} MB\n`);
}
process.stdout.write(`this / other: time ${(median(samples.this.map((x) => x.ms)) / median(samples.other.map((x) => x.ms))).toFixed(2)}x, store ${(median(samples.this.map((x) => x.bytes)) / median(samples.other.map((x) => x.bytes))).toFixed(2)}x\n`);
