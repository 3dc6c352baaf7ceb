/**
 * Errors of the machine rather than of modroute: a directory the user can't write to, a full or
 * read-only disk. They come from deep inside a command (the lock file, the store, a model or report
 * being written) as Node or SQLite errors; the CLI turns them into one message that names the path and
 * says what to do, instead of a stack trace that calls them a bug.
 */
const WHAT: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  SQLITE_READONLY: 'the database is read-only',
  SQLITE_CANTOPEN: 'the database file cannot be opened',
  SQLITE_FULL: 'no space left on the device',
};

export const environmentError = (error: unknown): { message: string; hint: string } | undefined => {
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as Error & { code?: unknown; path?: unknown };
  if (typeof code !== 'string') return undefined;
  const what = WHAT[code] ?? (code.startsWith('SQLITE_READONLY') ? WHAT.SQLITE_READONLY : code.startsWith('SQLITE_CANTOPEN') ? WHAT.SQLITE_CANTOPEN : undefined);
  if (what === undefined) return undefined;
  const where = typeof path === 'string' ? `: ${path}` : '';
  const space = code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL';
  return {
    message: `${what}${where} [${code}]`,
    hint: space
      ? 'Free some space and run the command again; the previous index and models were left as they were.'
      : 'Run modroute as a user who can write there, or point it elsewhere: --db PATH for the index (models live beside it), --out or --report DIR for files it writes.',
  };
};
