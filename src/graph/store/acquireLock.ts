import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { IndexLockedError } from '../../errors.ts';

/**
 * An exclusive lock file holding the writer's pid. A lock left by a process that no longer exists
 * (kill -9) is taken over, so a crash never blocks the next run.
 * Returns the release function.
 */
export function acquireLock(lockPath: string): () => void {
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSafe(lockPath));
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new IndexLockedError(lockPath, pid);
      rmSync(lockPath, { force: true });
    }
  }
  throw new IndexLockedError(lockPath, Number(readFileSafe(lockPath)) || 0);
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
