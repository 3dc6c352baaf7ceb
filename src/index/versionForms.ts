/**
 * How code names a version a request writes in digits: "zstd 0.5" is `zstd_v05.c`, "v1.4" `v14`, "API version 2" and
 * "v2.0" the `v2` folder. Only forms the index holds are searched (expandQuery.ts), so "Node 18.2" costs nothing.
 */
export const versionForms = (query: string): { term: string; from: string }[] => {
  const out = new Map<string, string>();
  for (const m of query.matchAll(/(?<![\w.])(v|version\s+)?(\d{1,2})\.(\d{1,2})(?![\d]|\.\d)/giu)) {
    const [whole, named, major, minor] = m as unknown as [string, string | undefined, string, string];
    out.set(`v${major}${minor}`, whole.trim());
    if (named !== undefined) out.set(`v${major}`, whole.trim());
  }
  for (const m of query.matchAll(/(?<![\w.])version\s+(\d{1,2})(?![\d.])/giu)) out.set(`v${m[1] as string}`, m[0]);
  return [...out].map(([term, from]) => ({ term, from }));
};
