import { runGit } from '../util/runGit.ts';

export interface RawCommit {
  sha: string;
  date: string;
  author: string;
  subject: string;
  body: string;
  /** Paths relative to the indexed directory. */
  files: string[];
}

export interface HistoryOptions {
  maxCommits: number;
  includeMerges: boolean;
  ignoreAuthors: string[];
  /** Read only commits after this one (incremental), when it is an ancestor of HEAD. */
  since?: string;
}

/** `gitDir`: the repository's absolute git directory, where HEAD and the refs live (a watch follows them). */
export type HistoryResult =
  | { kind: 'none'; reason: string; gitDir?: string }
  | { kind: 'full' | 'incremental'; head: string; commits: RawCommit[]; skippedAuthors: number; gitDir: string; capped?: number };

const RS = '\x1e';
const US = '\x1f';

/**
 * Reads commits up to HEAD with the files they touched, paths relative to `root` (which may be a
 * subdirectory of the git work tree). Merges and bot authors are filtered as configured.
 */
export async function readHistory(root: string, options: HistoryOptions): Promise<HistoryResult> {
  // One process answers all three questions (a git spawn is a few ms of fork and start-up each):
  // outside a repository it fails with no output; with no commits yet it prints the first two lines.
  const probe = await runGit(root, ['rev-parse', '--is-inside-work-tree', '--absolute-git-dir', '--verify', '-q', 'HEAD']);
  const [inside, gitDir, headLine] = probe.stdout.split('\n').map((l) => l.trim());
  if (inside !== 'true' || !gitDir) {
    // git refuses a repository owned by another user (CI runners, containers): that is no "not a repository".
    if (/dubious ownership/u.test(probe.stderr)) {
      return { kind: 'none', reason: `git refuses this repository, owned by another user (to allow it: git config --global --add safe.directory ${root})` };
    }
    return { kind: 'none', reason: 'not a git repository' };
  }
  if (!probe.ok || !headLine) return { kind: 'none', reason: 'the git repository has no commits yet', gitDir };
  const headSha = headLine;
  let range = 'HEAD';
  let kind: 'full' | 'incremental' = 'full';
  if (options.since) {
    if (options.since === headSha) return { kind: 'incremental', head: headSha, commits: [], skippedAuthors: 0, gitDir };
    const ancestor = await runGit(root, ['merge-base', '--is-ancestor', options.since, 'HEAD']);
    if (ancestor.ok) {
      range = `${options.since}..HEAD`;
      kind = 'incremental';
    }
  }
  // --no-renames: a renamed file is listed under its old and its new path (both modules took part), and
  // git never reads file contents to detect renames, which is faster (about a fifth on OpenLayers' 9,000
  // commits) and works where old contents are absent: a blobless partial clone (`--filter=blob:none`)
  // offline, a mirror that dropped large files. With rename detection such a log fails outright.
  const args = ['log', '--no-renames', `--format=${RS}%H${US}%aI${US}%an <%ae>${US}%s${US}%b${US}`, '--name-only', '--relative', '-n', String(options.maxCommits + 1)];
  if (!options.includeMerges) args.push('--no-merges');
  args.push(range, '--', '.');
  const log = await runGit(root, args);
  if (!log.ok) return { kind: 'none', reason: `git log failed: ${log.stderr.trim().split('\n')[0] ?? ''}` };
  const bots = options.ignoreAuthors.map((p) => new RegExp(p, 'i'));
  const commits: RawCommit[] = [];
  let skippedAuthors = 0;
  let records = 0;
  for (const record of log.stdout.split(RS)) {
    if (!record.trim()) continue;
    // one more than asked for was read: it says older commits exist, unread
    if (++records > options.maxCommits) break;
    const parts = record.split(US);
    const [sha, date, author, subject, body, rest] = parts;
    if (!sha || !date || author === undefined || subject === undefined) continue;
    if (bots.some((re) => re.test(author))) {
      skippedAuthors++;
      continue;
    }
    const files = (rest ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    commits.push({ sha, date, author, subject: subject.trim(), body: firstParagraph(body ?? ''), files });
  }
  // older commits exist, unread (curl's 39,059 read as 19,734 had said "history: full")
  return { kind, head: headSha, commits, skippedAuthors, gitDir, ...(records > options.maxCommits ? { capped: options.maxCommits } : {}) };
}

function firstParagraph(body: string): string {
  const para = body.trim().split(/\n\s*\n/)[0] ?? '';
  return para.replace(/\s+/g, ' ').trim().slice(0, 1000);
}
