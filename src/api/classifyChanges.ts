import { dirname, resolve } from 'node:path';
import { CONFIG_FILE } from '../config/configFile.ts';
import type { DiscoveryResult } from '../graph/discovery/discoverModules.ts';
import { lstatOrMissing, type Stamp } from '../graph/fsStamps.ts';
import type { WalkResult } from '../graph/walkRepository.ts';
import { parentDir } from '../util/parentDir.ts';

/** What file events said since the last run (see watchRepository). */
export interface ChangeHint {
  /** Repo-relative POSIX paths the events named: files or directories, created, changed or gone. */
  paths: ReadonlySet<string>;
  /** git's HEAD or a branch moved: history must be read again. */
  history: boolean;
}

/** Which parts of the last run's reading a hinted change can reach. */
export interface ChangeReach {
  config: boolean;
  /** A manifest, the module list or a directory discovery listed was named. */
  discovery: boolean;
  /** The file listing may differ: a path appeared or went, a directory or an ignore file was named. */
  listing: boolean;
  /** The directories whose listing to make again ('' = all of it). */
  relist: string[];
  /** Whether a listed file may have changed: it was named, or lies under a named directory. */
  mayHaveChanged(path: string): boolean;
}

const listedSets = new WeakMap<WalkResult, Set<string>>();

/**
 * Decides from the event paths alone (and one lstat each) what a run must read again. It errs
 * towards reading: a wrong "no" would leave the index behind the tree, a wrong "yes" costs a
 * stamp check of the cached result (see fsStamps.ts).
 */
export function classifyChanges(root: string, hint: ChangeHint, last: { discovery: DiscoveryResult | undefined; walk: WalkResult | undefined }): ChangeReach {
  const paths = [...hint.paths];
  const listed = last.walk ? listedSetOf(last.walk) : new Set<string>();
  // Paths that are not listed files: new files, directories, ignored files, or files just removed.
  const others = new Set(paths.filter((p) => !listed.has(p)));
  // A listed file that is still a file keeps the listing; any other path that exists is a new entry
  // (perhaps ignored); one that is gone was listed, or was a directory the walk read. Either way the
  // directory holding it is listed again; an ignore file's own directory, with all below it.
  const relist = new Set<string>();
  for (const p of paths) {
    if (p.startsWith('../') || p.startsWith('/')) continue;
    if (p === '.git/info/exclude') relist.add('');
    else if (p === '.gitignore' || p.endsWith('/.gitignore')) relist.add(parentDir(p));
    else if (reaches(root, p, last.walk?.reads ?? [], false) || (listed.has(p) ? !entryAt(root, p)?.isFile() : entryAt(root, p) !== undefined)) relist.add(parentDir(p));
  }
  return {
    config: hint.paths.has(CONFIG_FILE),
    discovery: !last.discovery || paths.some((p) => reaches(root, p, last.discovery?.reads ?? [], true)),
    listing: !last.walk || relist.size > 0,
    relist: [...relist],
    mayHaveChanged(path) {
      if (hint.paths.has(path)) return true;
      if (others.size === 0) return false;
      for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) if (others.has(path.slice(0, i))) return true;
      return false;
    },
  };
}

function listedSetOf(walk: WalkResult): Set<string> {
  let set = listedSets.get(walk);
  if (!set) listedSets.set(walk, (set = new Set(walk.files)));
  return set;
}

/** The entry at `path` as it is now (not following a link), or undefined when there is none. */
const entryAt = (root: string, path: string) => lstatOrMissing(resolve(root, path));

interface ReadIndex { exact: Set<string>; above: Set<string>; dirs: Set<string> }
const readIndexes = new WeakMap<readonly Stamp[], ReadIndex>();

/**
 * Whether an event on `path` can change what a read stamped in `reads` saw: the path itself, a
 * directory above it (renamed or removed), or, when `entries`, an entry of a listed directory
 * (discovery lists directories to find module candidates; the walk's listing is checked apart).
 */
function reaches(root: string, path: string, reads: readonly Stamp[], entries: boolean): boolean {
  let index = readIndexes.get(reads);
  if (!index) {
    // a set lookup per event path, not a scan of the reads: a checkout names thousands of paths
    index = { exact: new Set(), above: new Set(), dirs: new Set() };
    for (const [read, kind] of reads) {
      const target = resolve(root, read);
      index.exact.add(target);
      if (kind === 'dir') index.dirs.add(target);
      for (let dir = dirname(target); !index.above.has(dir) && dir !== dirname(dir); dir = dirname(dir)) index.above.add(dir);
    }
    readIndexes.set(reads, index);
  }
  const abs = resolve(root, path);
  return index.exact.has(abs) || index.above.has(abs) || (entries && index.dirs.has(dirname(abs)));
}
