import type { EvalReport } from './Reporter.ts';

/**
 * Every case's outcome, one JSON line per case and backend: the gold, its rank (null when not in the
 * top 10), the top 10 and the first three reasons. For scripts that compare backends case by case;
 * the summary reporters show only the worst misses.
 */
export const outcomesJsonl = (report: EvalReport): string =>
  report.runs
    .flatMap((r) => r.metrics.outcomes.map((o) => JSON.stringify({ backend: r.backend, id: o.id, query: o.query, gold: o.gold, rank: o.rank, top: o.ranked, reasons: o.reasons })))
    .map((line) => `${line}\n`)
    .join('');
