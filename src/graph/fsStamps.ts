import { lstatSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';

/**
 * What one read of the file system depended on: a path's kind and, for a file or directory whose
 * content was read, its ctime (and a file's size). ctime moves whenever mtime does, and also on a
 * chmod, a rename into place or a hard link: a directory's ctime changes when an entry is added,
 * removed or renamed, so an unchanged ctime means an unchanged listing.
 */
export type Stamp = readonly [path: string, kind: 'file' | 'dir' | 'other' | 'missing', ctimeMs: number | null, size: number | null];

// Like git's racy-index rule: a change within the clock's granularity of the read could go unseen,
// so a stamp this recent is stored as one that never holds, and the next run reads again.
const RACY_MS = 2000;

/**
 * Stats `path` (repo-relative, or absolute) before it is read. `content`: the read depends on what the file or
 * directory holds (a file's text, a directory's listing), not only on whether it exists.
 */
export function takeStamp(root: string, path: string, content: boolean): Stamp {
  const st = statOrMissing(resolve(root, path));
  if (!st) return [path, 'missing', null, null];
  const kind = st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
  if (!content) return [path, kind, null, null];
  const racy = st.ctimeMs > Date.now() - RACY_MS;
  return [path, kind, racy ? -1 : st.ctimeMs, kind === 'file' ? st.size : null];
}

/** True when every read recorded by `stamps` would see exactly what it saw then. */
export function stampsHold(root: string, stamps: readonly Stamp[]): boolean {
  for (const stamp of stamps) {
    const [path, kind, ctimeMs, size] = stamp;
    if (ctimeMs === -1) return false;
    const now = takeStamp(root, path, ctimeMs !== null);
    if (now[1] !== kind || now[2] !== ctimeMs || now[3] !== size) return false;
  }
  return true;
}

/**
 * A path's stat, or undefined where there is nothing: no entry, or a file where a folder was expected (a module
 * that is one file, `src/rebar_agent.erl`, has no `src/rebar_agent.erl/package.json`: ENOTDIR, not ENOENT).
 */
function statOrMissing(path: string): Stats | undefined {
  return missingIfNotDir(() => statSync(path, { throwIfNoEntry: false }));
}

/** `lstat` (a link itself, not its target) with the same rule: a file where a folder was expected is nothing there. */
export function lstatOrMissing(path: string): Stats | undefined {
  return missingIfNotDir(() => lstatSync(path, { throwIfNoEntry: false }));
}

function missingIfNotDir(stat: () => Stats | undefined): Stats | undefined {
  try {
    return stat();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}
