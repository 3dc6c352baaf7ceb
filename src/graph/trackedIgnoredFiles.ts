import { join } from 'node:path';
import { runGit } from '../util/runGit.ts';
import { parentDir } from '../util/parentDir.ts';

/** Files git tracks though an ignore rule matches them, and the folders on their way (repo-relative to the walk's root). */
export interface TrackedIgnored {
  files: ReadonlySet<string>;
  dirs: ReadonlySet<string>;
  /** git's index file, whose change may change the list (absent outside a git work tree). */
  index?: string;
}

const NONE: TrackedIgnored = { files: new Set(), dirs: new Set() };

/**
 * Git ignores `.gitignore` for a file it already tracks (added before the rule, or with `add -f`), and so
 * does the walk: rebar3's `.gitignore` names `rebar3`, its build output, which also matched the tracked
 * `priv/shell-completion/bash/rebar3`, and `test/*_data`, 70 tracked files in all. Outside a git work tree,
 * or where git is missing, nothing.
 */
export async function trackedIgnoredFiles(root: string): Promise<TrackedIgnored> {
  const gitDir = await runGit(root, ['rev-parse', '--absolute-git-dir']);
  if (!gitDir.ok) return NONE;
  // The index is stamped even when nothing is listed: a file added with `git add -f` must show at the next walk.
  const index = join(gitDir.stdout.trim(), 'index');
  const listed = await runGit(root, ['ls-files', '-z', '--cached', '--ignored', '--exclude-standard']);
  if (!listed.ok) return { ...NONE, index };
  const files = new Set(listed.stdout.split('\0').filter((f) => f !== ''));
  const dirs = new Set<string>();
  for (const file of files) for (let dir = parentDir(file); dir !== '' && !dirs.has(dir); dir = parentDir(dir)) dirs.add(dir);
  return { files, dirs, index };
}
