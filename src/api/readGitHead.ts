import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The commit HEAD points at, read from git's files (no git process: `ask` stays fast), or undefined
 * when `root` is in no git work tree or anything is unusual (a detached worktree layout, a missing ref).
 * Finds `.git` upwards from `root`, follows one `gitdir:` file (worktrees, submodules), `ref:` in HEAD,
 * then the loose ref or `packed-refs`.
 */
export const readGitHead = (root: string): string | undefined => {
  try {
    let gitDir: string | undefined;
    for (let dir = resolve(root); ; dir = dirname(dir)) {
      const candidate = join(dir, '.git');
      try {
        const st = statSync(candidate);
        if (st.isDirectory()) gitDir = candidate;
        else {
          const pointer = /^gitdir:\s*(.+)$/mu.exec(readFileSync(candidate, 'utf8'))?.[1]?.trim();
          if (pointer) gitDir = resolve(dir, pointer);
        }
        break;
      } catch {
        if (dirname(dir) === dir) return undefined;
      }
    }
    if (!gitDir) return undefined;
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    const ref = /^ref:\s*(.+)$/u.exec(head)?.[1];
    if (!ref) return /^[0-9a-f]{40,64}$/u.test(head) ? head : undefined;
    // A worktree's branch refs live in the common git directory.
    const common = (() => {
      try {
        return resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim());
      } catch {
        return gitDir;
      }
    })();
    for (const base of [gitDir, common]) {
      try {
        const sha = readFileSync(join(base, ref), 'utf8').trim();
        if (/^[0-9a-f]{40,64}$/u.test(sha)) return sha;
      } catch {
        // not a loose ref here
      }
    }
    const packed = readFileSync(join(common, 'packed-refs'), 'utf8');
    for (const line of packed.split('\n')) {
      const [sha, name] = line.split(' ');
      if (name === ref && sha && /^[0-9a-f]{40,64}$/u.test(sha)) return sha;
    }
    return undefined;
  } catch {
    return undefined;
  }
};
