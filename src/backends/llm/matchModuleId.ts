/** How a free-text answer was mapped to a valid id: the rule that matched, or why it was rejected. */
export type IdMatch =
  | { id: string; how: 'exact' | 'case' | 'suffix' | 'edit'; distance?: number }
  | { id: undefined; how: 'rejected'; why: string };

export interface IdMatcher {
  match(text: string): IdMatch;
}

const clean = (s: string) =>
  s.trim().replace(/^[`'"*\s[(]+|[`'"*\s\])]+$/g, '').replace(/^\.?\//, '').replace(/\/+$/, '').trim();

/**
 * Maps free text from a model that cannot constrain its output (an endpoint without structured
 * output) to the nearest valid module id, or rejects it: exact, then case-insensitive, then a
 * unique path suffix either way (`extractors/kotlin` for `src/graph/extractors/kotlin`, or the
 * id as the tail of a longer path), then the closest id by edit distance if it is within a
 * quarter of the answer's length and strictly closer than the runner-up. Anything else is
 * rejected: a wrong guess presented as a valid answer would be worse than no answer.
 */
export function createIdMatcher(ids: readonly string[]): IdMatcher {
  const exact = new Set(ids);
  const lower = new Map<string, string | null>();
  for (const id of ids) lower.set(id.toLowerCase(), lower.has(id.toLowerCase()) ? null : id);
  return {
    match(text) {
      const t = clean(text);
      if (!t) return { id: undefined, how: 'rejected', why: 'empty answer' };
      if (exact.has(t)) return { id: t, how: 'exact' };
      const l = t.toLowerCase();
      const ci = lower.get(l);
      if (ci) return { id: ci, how: 'case' };
      const suffix = ids.filter((id) => {
        const il = id.toLowerCase();
        return il.endsWith(`/${l}`) || l.endsWith(`/${il}`);
      });
      if (suffix.length >= 1) {
        // the longest id wins when the answer is a longer path; a unique id when the answer is a tail
        const longest = [...suffix].sort((a, b) => b.length - a.length);
        if (suffix.length === 1 || l.endsWith(`/${(longest[0] as string).toLowerCase()}`)) return { id: longest[0] as string, how: 'suffix' };
      }
      if (l.length > 200) return { id: undefined, how: 'rejected', why: 'not an id (too long)' };
      let best: string | undefined;
      let bestD = Infinity;
      let second = Infinity;
      for (const id of ids) {
        const d = editDistance(l, id.toLowerCase(), second);
        if (d < bestD) {
          second = bestD;
          bestD = d;
          best = id;
        } else if (d < second) second = d;
      }
      if (best !== undefined && bestD <= Math.max(1, Math.floor(l.length / 4)) && bestD < second) return { id: best, how: 'edit', distance: bestD };
      return { id: undefined, how: 'rejected', why: `no module id near "${t.slice(0, 60)}"` };
    },
  };
}

/** Levenshtein distance; returns early (a value > limit) once every cell of a row exceeds limit. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}
