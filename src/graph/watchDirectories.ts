import { watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import { WatchLimitError } from '../errors.ts';

/** One fs.watch per directory, kept in step with the directories a run read. */
export interface DirectoryWatch {
  /**
   * Watches exactly these directories (repo-relative, or absolute) from now on. Returns those newly
   * watched: anything created in them before their watch began was seen by no event.
   */
  sync(dirs: Iterable<string>): string[];
  readonly size: number;
  close(): void;
}

/**
 * Follows the given directories, each with its own non-recursive fs.watch, and reports every path
 * an event names (`dir/name`, or `dir` itself when the event names none). Not `recursive: true`:
 * Node 20 emulates it on Linux by watching every directory below, ignored ones (node_modules,
 * build output, .git) included, where this watches only the directories the index lists.
 */
export function watchDirectories(root: string, onPath: (path: string) => void): DirectoryWatch {
  const watchers = new Map<string, FSWatcher>();
  const join = (dir: string, name: string) => (dir ? `${dir}/${name}` : name);
  const stop = (dir: string) => {
    watchers.get(dir)?.close();
    watchers.delete(dir);
  };
  const start = (dir: string): boolean => {
    let watcher: FSWatcher;
    try {
      watcher = watch(resolve(root, dir), (_type, name) => onPath(name ? join(dir, name.toString()) : dir));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      if (code === 'ENOSPC' || code === 'EMFILE' || code === 'ENFILE') throw new WatchLimitError(dir, code);
      return false; // gone or unreadable since it was listed: its parent's event says so
    }
    // A watched directory that is removed ends its watch with an error on some systems; the path
    // itself is what changed.
    watcher.on('error', () => {
      stop(dir);
      onPath(dir);
    });
    watchers.set(dir, watcher);
    return true;
  };
  return {
    sync(dirs) {
      const wanted = new Set(dirs);
      for (const dir of [...watchers.keys()]) if (!wanted.has(dir)) stop(dir);
      const added: string[] = [];
      for (const dir of wanted) if (!watchers.has(dir) && start(dir)) added.push(dir);
      return added;
    },
    get size() {
      return watchers.size;
    },
    close() {
      for (const dir of [...watchers.keys()]) stop(dir);
    },
  };
}
