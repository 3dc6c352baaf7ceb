/** The parent of a repo-relative POSIX path ('' for a top-level entry). */
export const parentDir = (path: string): string => {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
};
