import type { EvalMetrics } from '../computeMetrics.ts';
import { exitCodeOf, type EvalReport, type Reporter } from './Reporter.ts';

const r4 = (x: number): number => Math.round(x * 10_000) / 10_000;

const summary = (backend: string, m: EvalMetrics, report: EvalReport) => ({
  backend,
  n: m.n,
  acc1: r4(m.acc1),
  acc5: r4(m.acc5),
  mrr: r4(m.mrr),
  recall10: r4(m.recall10),
  invalid: m.invalid,
  unanswered: m.unanswered,
  p50_ms: r4(m.p50_ms),
  p95_ms: r4(m.p95_ms),
  unknownGold: m.unknownGold,
  skipped: report.skipped.length,
  subsets: Object.fromEntries(
    Object.entries(m.subsets).map(([k, s]) => [k, { n: s.n, acc1: r4(s.acc1), acc5: r4(s.acc5), mrr: r4(s.mrr), recall10: r4(s.recall10) }]),
  ),
});

/** One backend: one object with the keys. Several: `{ runs: [...] }`. Per-case outcomes stay out. */
export const jsonReporter: Reporter = (report) => {
  const runs = report.runs.map((r) => summary(r.backend, r.metrics, report));
  const value = runs.length === 1 ? runs[0] : { runs, skipped: report.skipped.length };
  return { output: JSON.stringify(value, null, 2), exitCode: exitCodeOf(report) };
};
