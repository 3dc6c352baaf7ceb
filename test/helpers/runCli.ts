import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './gitFixture.ts';

export const cliPath = join(repoRoot, 'bin', 'modroute.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`npm test` builds first) as a user would: a real process, no stdin. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; uid?: number; gid?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI in the background (for kill -9 and concurrency tests). */
export function startCli(args: string[], cwd = repoRoot) {
  return spawn(process.execPath, [cliPath, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
}

export function assertNoStack(text: string): void {
  if (/\n\s+at .+:\d+:\d+/.test(text)) throw new Error(`a stack trace reached the user:\n${text}`);
}
