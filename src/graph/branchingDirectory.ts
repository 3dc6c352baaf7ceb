/**
 * Where a module's files branch: from `start`, down into the one child folder that holds at least
 * `share` of them, while there is one (`activerecord` → `activerecord/lib/active_record`, past `lib/`).
 * Its subfolders are the natural finer modules.
 */
export const branchingDirectory = (start: string, files: readonly string[], share = 0.8): string => {
  let dir = start;
  let inside = files.filter((f) => dir === '' || f.startsWith(`${dir}/`));
  for (;;) {
    const counts = new Map<string, number>();
    for (const f of inside) {
      const rest = dir === '' ? f : f.slice(dir.length + 1);
      const slash = rest.indexOf('/');
      if (slash > 0) counts.set(rest.slice(0, slash), (counts.get(rest.slice(0, slash)) ?? 0) + 1);
    }
    const [child, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (child === '' || n < share * inside.length) return dir;
    dir = dir === '' ? child : `${dir}/${child}`;
    inside = inside.filter((f) => f.startsWith(`${dir}/`));
  }
};
