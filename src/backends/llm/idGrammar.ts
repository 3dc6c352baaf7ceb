/** A GBNF string literal: quotes and backslashes escaped, control characters as \xHH, the rest raw UTF-8. */
export const gbnfLiteral = (s: string): string =>
  `"${s.replace(/["\\]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}"`;

/**
 * A GBNF grammar whose language is exactly `prefix + id` for the given ids.
 *
 * The ids are written as a prefix tree, not as one flat alternation: llama.cpp's grammar sampler
 * keeps one parse stack per live alternative, so a flat `"a" | "b" | …` over 2,000 ids checked
 * every candidate token against 2,000 stacks and made constrained decoding ~15× slower than free
 * decoding on the tiny model; the tree keeps the live stacks to the ids that still match.
 * Built from the sorted ids by splitting on the first differing character, so it is linear in
 * the total length of the ids.
 */
export function idGrammar(ids: readonly string[], prefix = ' '): string {
  const sorted = [...new Set(ids)].map((id) => Array.from(id)).sort(compareCodePoints);
  if (sorted.length === 0) throw new Error('idGrammar needs at least one id');
  const render = (lo: number, hi: number, depth: number): string => {
    const first = sorted[lo] as string[];
    const last = sorted[hi - 1] as string[];
    let end = depth;
    while (end < first.length && end < last.length && first[end] === last[end]) end++;
    const head = first.slice(depth, end).join('');
    const parts: string[] = [];
    let start = lo;
    let optional = false;
    if (first.length === end) {
      optional = true; // the shortest id ends here; longer ones continue
      start++;
    }
    const branches: string[] = [];
    while (start < hi) {
      const ch = (sorted[start] as string[])[end];
      let stop = start + 1;
      while (stop < hi && (sorted[stop] as string[])[end] === ch) stop++;
      branches.push(render(start, stop, end));
      start = stop;
    }
    if (head) parts.push(gbnfLiteral(head));
    if (branches.length) parts.push(`(${branches.join(' | ')})${optional ? '?' : ''}`);
    return parts.join(' ') || '""';
  };
  return `root ::= ${gbnfLiteral(prefix)} ${render(0, sorted.length, 0)}`;
}

function compareCodePoints(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = (a[i] as string).codePointAt(0) as number;
    const y = (b[i] as string).codePointAt(0) as number;
    if (x !== y) return x - y;
  }
  return a.length - b.length;
}
