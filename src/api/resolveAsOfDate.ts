import { UsageError } from '../errors.ts';
import { runGit } from '../util/runGit.ts';

/**
 * Turns `--as-of` into an ISO date: an ISO date is taken as it is, anything else is resolved as a
 * commit of the repository at `root` (its author date).
 */
export async function resolveAsOfDate(root: string, asOf: string): Promise<string> {
  if (/^\d{4}-\d{2}-\d{2}/.test(asOf) && !Number.isNaN(Date.parse(asOf))) return new Date(asOf).toISOString();
  const r = await runGit(root, ['show', '-s', '--format=%aI', `${asOf}^{commit}`]);
  if (!r.ok || !r.stdout.trim()) {
    throw new UsageError(`--as-of ${asOf} is neither a date nor a commit of this repository`, 'Pass an ISO date (2024-06-30) or a commit sha.');
  }
  return new Date(r.stdout.trim()).toISOString();
}
