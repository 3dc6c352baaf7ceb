import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');

/** One commit of a fixture's history.json: files map a path to its new content, or null to delete it. */
export interface FixtureCommit {
  message: string;
  date: string;
  author?: string;
  files: Record<string, string | null>;
}

export function tempDir(prefix = 'modroute-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

const git = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, encoding: 'utf8' });

/**
 * Makes a real git repository in a temp dir by replaying commits (dates and authors as given),
 * so history-dependent behaviour is tested against real `git log` output.
 */
export function makeGitRepo(commits: FixtureCommit[], dir = tempDir()): string {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.email', 'dev@example.com']);
  git(dir, ['config', 'user.name', 'Dev']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  for (const c of commits) {
    for (const [path, content] of Object.entries(c.files)) {
      if (content === null) rmSync(join(dir, path), { force: true });
      else writeFiles(dir, { [path]: content });
    }
    git(dir, ['add', '-A']);
    const author = c.author ?? 'Dev <dev@example.com>';
    git(dir, ['commit', '-q', '--allow-empty', '-m', c.message, '--author', author], { GIT_AUTHOR_DATE: c.date, GIT_COMMITTER_DATE: c.date });
  }
  return dir;
}

/** Copies test/fixtures/<name> to a temp dir; replays its history.json (if any) as real commits. */
export function useFixture(name: string): string {
  const src = join(fixturesDir, name);
  const dir = tempDir(`modroute-${name}-`);
  let history: FixtureCommit[] | undefined;
  try {
    history = JSON.parse(readFileSync(join(src, 'history.json'), 'utf8')) as FixtureCommit[];
  } catch {
    history = undefined;
  }
  if (history) return makeGitRepo(history, dir);
  cpSync(src, dir, { recursive: true });
  return dir;
}
