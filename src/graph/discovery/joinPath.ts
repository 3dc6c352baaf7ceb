/** Joins repo-relative POSIX paths where '' is the root. */
export const joinPath = (dir: string, name: string): string => (dir === '' ? name : `${dir}/${name}`);
