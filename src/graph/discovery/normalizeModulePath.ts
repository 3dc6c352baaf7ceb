/**
 * Repo-relative POSIX form of a module path: no leading './', no trailing or doubled '/', '.' → ''.
 * Returns undefined for paths that leave the repository (absolute, or with '..' segments).
 */
export const normalizeModulePath = (raw: string): string | undefined => {
  const path = raw.trim().replaceAll('\\', '/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return undefined;
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return undefined;
  return segments.join('/');
};
