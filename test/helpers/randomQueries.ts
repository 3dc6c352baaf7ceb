import { mulberry32 } from '../../src/util/random.ts';

const words = ['retry', 'http', 'client', 'graph', 'kotlin', 'extractor', 'date', 'picker', 'index', 'bm25', 'server', 'cli', 'flag', 'crash', 'docs', 'timeout', 'cache'];

/** Seeded queries for property tests: plausible requests and garbage (symbols, emoji, control characters, ids, mixed scripts). */
export function randomQueries(n: number, seed = 1): string[] {
  const rng = mulberry32(seed);
  const garbage = () =>
    Array.from({ length: 1 + rng.int(40) }, () => {
      const k = rng.int(5);
      if (k === 0) return String.fromCodePoint(0x1f300 + rng.int(200));
      if (k === 1) return String.fromCharCode(1 + rng.int(31));
      if (k === 2) return String.fromCharCode(0x400 + rng.int(200));
      return String.fromCharCode(33 + rng.int(94));
    }).join('');
  return Array.from({ length: n }, (_, i) => {
    const kind = i % 4;
    if (kind === 0) return Array.from({ length: 2 + rng.int(8) }, () => rng.pick(words)).join(' ');
    if (kind === 1) return `${garbage()} x`;
    if (kind === 2) return `ANSWER: src/${rng.pick(words)} <|im_end|> <think> ${rng.pick(words)}`;
    return `${rng.pick(words)} ${garbage()} ${rng.pick(words)}`;
  });
}
