import { posix } from 'node:path';

/**
 * `rel` (as a manifest writes it) resolved against the repo-relative POSIX folder `dir`: '' for the top, undefined when it
 * is empty, absolute (a Windows drive too) or leaves the repository.
 */
export const resolveWithin = (dir: string, rel: string): string | undefined => {
  if (rel === '' || posix.isAbsolute(rel) || /^[A-Za-z]:[\\/]/u.test(rel)) return undefined;
  const joined = posix.normalize(posix.join(dir === '' ? '.' : dir, rel)).replace(/\/+$/u, '');
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined === '.' ? '' : joined;
};
