import type { EvalCase, Prediction } from '../../src/eval/EvalCase.ts';

export const validIds = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);

export const cases: EvalCase[] = [
  { id: 'c1', query: 'q1', modules: ['a'], set: 'primary', leaks: false, filesNewSinceV: 0, line: 1 },
  { id: 'c2', query: 'q2', modules: ['b'], set: 'primary', leaks: true, line: 2 },
  { id: 'c3', query: 'q3', modules: ['c', 'd'], set: 'secondary', leaks: false, line: 3 },
  { id: 'c4', query: 'q4 <b>&', modules: ['a', 'zz'], set: 'secondary', line: 4 },
];

export const predictions: (Prediction | undefined)[] = [
  { ranked: ['a', 'b'], latencyMs: 10, reasons: { a: 'path: a', b: 'symbols: b' } },
  // unknown entry (invalid), a duplicate, and a file path that maps to module b
  { ranked: ['x/unknown', 'a', 'a', 'b/file.ts', 'c'], latencyMs: 30, reasons: { a: 'docs: q2' } },
  { ranked: ['e', 'f', 'g', 'h', 'c', 'i', 'j', 'k', 'l', 'd'], latencyMs: 20 },
  undefined,
];
