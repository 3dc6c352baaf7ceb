import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { takeStamp, type Stamp } from '../fsStamps.ts';
import type { DirectoryEntry, DiscoveryContext } from './DiscoveryContext.ts';
import { isSkippedDirectory } from './isSkippedDirectory.ts';
import { joinPath } from './joinPath.ts';

// Directory listings are read in batches: one readdir per directory keeps a 100k-file repo to a few
// thousand syscalls, and a bounded batch avoids EMFILE on large trees.
const WALK_BATCH = 64;

const byName = (a: DirectoryEntry, b: DirectoryEntry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Creates the cached repository view for one discovery run; `warnings` collects `warn()` calls in
 * order, and `reads` a stamp of everything read, taken before the read (see fsStamps.ts).
 */
export const createDiscoveryContext = (root: string, warnings: string[], reads: Stamp[] = []): DiscoveryContext => {
  const listings = new Map<string, Promise<DirectoryEntry[]>>();
  let walked: Promise<string[]> | undefined;

  const list = (path: string): Promise<DirectoryEntry[]> => {
    let listing = listings.get(path);
    if (!listing) {
      reads.push(takeStamp(root, path, true));
      listing = readdir(join(root, path), { withFileTypes: true }).then(
        (entries) =>
          entries
            .filter((e) => e.isFile() || e.isDirectory())
            .map((e): DirectoryEntry => ({ name: e.name, kind: e.isDirectory() ? 'directory' : 'file' }))
            .sort(byName),
        () => [],
      );
      listings.set(path, listing);
    }
    return listing;
  };

  const kindOf = async (path: string): Promise<'file' | 'directory' | undefined> => {
    reads.push(takeStamp(root, path, false));
    try {
      const s = await stat(join(root, path));
      return s.isDirectory() ? 'directory' : s.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  };

  const walk = async (): Promise<string[]> => {
    const dirs: string[] = [];
    let level = [''];
    while (level.length > 0) {
      dirs.push(...level);
      const next: string[] = [];
      for (let i = 0; i < level.length; i += WALK_BATCH) {
        const batch = level.slice(i, i + WALK_BATCH);
        const listed = await Promise.all(batch.map(async (dir) => ({ dir, entries: await list(dir) })));
        for (const { dir, entries } of listed) {
          for (const e of entries) {
            if (e.kind === 'directory' && !isSkippedDirectory(root, joinPath(dir, e.name))) next.push(joinPath(dir, e.name));
          }
        }
      }
      level = next;
    }
    return dirs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  };

  return {
    root,
    list,
    async readText(path) {
      reads.push(takeStamp(root, path, true));
      try {
        return await readFile(join(root, path), 'utf8');
      } catch {
        return undefined;
      }
    },
    isDirectory: async (path) => (await kindOf(path)) === 'directory',
    isFile: async (path) => (await kindOf(path)) === 'file',
    walk: () => (walked ??= walk()),
    warn: (message) => {
      warnings.push(message);
    },
  };
};
