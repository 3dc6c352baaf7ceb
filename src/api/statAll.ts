import { lstatSync } from 'node:fs';
import { join } from 'node:path';

/** Size and mtime of each repo-relative path (links not followed); undefined where it is gone or unreadable. */
export function statAll(root: string, paths: readonly string[]): ({ size: number; mtimeMs: number } | undefined)[] {
  // Synchronous: one lstat is a few microseconds of syscall, while fs/promises paid a thread-pool
  // round trip and a promise for each (about 5x the time on 4,000 files).
  return paths.map((p) => {
    try {
      const s = lstatSync(join(root, p));
      return { size: s.size, mtimeMs: s.mtimeMs };
    } catch {
      return undefined;
    }
  });
}
