import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `data` to a temp file beside `path` (creating the directory) and renames it over `path`, so
 * a reader, a crash or Ctrl-C sees the old file or the new one, never half of one. On failure the
 * temp file is removed and the error rethrown.
 */
export const writeFileAtomicSync = (path: string, data: string | Uint8Array): void => {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
};
