import type { CaseError } from '../EvalCase.ts';
import type { EvalMetrics } from '../computeMetrics.ts';

export interface EvalRun {
  backend: string;
  metrics: EvalMetrics;
}

/** Everything a report shows; produced by api/evaluate.ts, rendered by the pure reporters. */
export interface EvalReport {
  /** Name of the cases file. */
  casesFile: string;
  /** Malformed lines skipped by readCases. */
  skipped: CaseError[];
  /** Runs below this Acc@1 make the exit code 1. */
  minAcc1: number;
  /** True when conventional-commit prefixes were stripped from queries (the bench README asks to say so). */
  strippedCommitPrefix: boolean;
  /** What was measured, so two reports can be compared: when, which repository at which commit, which index. */
  context?: { date: string; /** modroute's version: scores move between releases. */ version?: string; repo: string; head?: string; fingerprint: string };
  /** Cases whose `commit` this repository does not have: evaluated, but with all history (no bound). */
  unboundedCases?: { line: number; commit: string }[];
  runs: EvalRun[];
}

export type Reporter = (report: EvalReport) => { output: string; exitCode: number };

export const exitCodeOf = (report: EvalReport): number =>
  report.runs.every((r) => r.metrics.acc1 >= report.minAcc1) ? 0 : 1;

export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
export const fixed3 = (x: number): string => x.toFixed(3);
export const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** Worst misses first: no gold found, then gold found lowest; ties in case order. At most `limit`. */
export const worstMisses = (metrics: EvalMetrics, limit: number): EvalMetrics['outcomes'] =>
  metrics.outcomes
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => o.rank !== 1)
    .sort((a, b) => (b.o.rank ?? Infinity) - (a.o.rank ?? Infinity) || a.i - b.i)
    .slice(0, limit)
    .map(({ o }) => o);

/**
 * The note on stripped conventional-commit prefixes, lower-case: `bm25`, the plain baseline, reads queries as written
 * (vite's review read "were stripped" and found "fix" among bm25's reasons).
 */
export const strippedPrefixNote = (report: EvalReport): string | undefined =>
  report.strippedCommitPrefix
    ? `conventional-commit prefixes were stripped from queries${report.runs.some((r) => r.backend === 'bm25') ? ' (by every backend but bm25, the plain baseline, which reads them as written)' : ''}`
    : undefined;

/** The same note as a sentence of its own, for the Markdown and HTML reports. */
export const strippedPrefixSentence = (report: EvalReport): string | undefined => {
  const note = strippedPrefixNote(report);
  return note === undefined ? undefined : `${note[0]?.toUpperCase() ?? ''}${note.slice(1)}.`;
};

/** Union of gold modules over runs, most frequent first: the rows of per-module tables. */
export const moduleRows = (report: EvalReport): { module: string; n: number; acc1: (number | undefined)[] }[] => {
  const first = report.runs[0]?.metrics.perModule ?? [];
  return first.map((m) => ({
    module: m.module,
    n: m.n,
    acc1: report.runs.map((r) => r.metrics.perModule.find((x) => x.module === m.module)?.acc1),
  }));
};

/** Whether any run has subsets to show (cases without `set`/`leaks` have none). */
export const hasSubsets = (report: EvalReport): boolean => report.runs.some((r) => Object.keys(r.metrics.subsets).length > 0);

/** One line naming what a report measured (empty without context). */
export const contextLine = (report: EvalReport): string => {
  const c = report.context;
  if (!c) return '';
  return `Repository ${c.repo}${c.head ? ` at commit ${c.head.slice(0, 12)}` : ''}, index ${c.fingerprint.slice(0, 12)}, evaluated ${c.date}${c.version ? ` by modroute ${c.version}` : ''}.`;
};
