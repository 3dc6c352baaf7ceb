import { unknownGoldNote } from './withMeant.ts';
import { exitCodeOf, fixed3, ms, pct, strippedPrefixNote, type Reporter } from './Reporter.ts';

const pad = (cells: string[], widths: number[]): string =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');

/** A plain table for terminals: one row per backend, then one row per backend and subset. */
export const textReporter: Reporter = (report) => {
  const header = ['backend', 'n', 'Acc@1', 'Acc@5', 'MRR', 'R@10', 'invalid', 'p50', 'p95'];
  const rows = report.runs.map((r) => {
    const m = r.metrics;
    return [r.backend, String(m.n), pct(m.acc1), pct(m.acc5), fixed3(m.mrr), pct(m.recall10), String(m.invalid), ms(m.p50_ms), ms(m.p95_ms)];
  });
  for (const r of report.runs) {
    for (const [name, s] of Object.entries(r.metrics.subsets)) {
      rows.push([`${r.backend} / ${name}`, String(s.n), pct(s.acc1), pct(s.acc5), fixed3(s.mrr), pct(s.recall10), '', '', '']);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const lines = [pad(header, widths), ...rows.map((row) => pad(row, widths).trimEnd())];
  const notes: string[] = [];
  if (report.skipped.length > 0) notes.push(`skipped ${report.skipped.length} line(s) of ${report.casesFile} that hold no usable case (each named in a warning above)`);
  const unknown = report.runs[0]?.metrics;
  if (unknown !== undefined && unknown.unknownGold > 0) {
    notes.push(unknownGoldNote(unknown));
  }
  for (const r of report.runs) {
    if (r.metrics.unanswered > 0) {
      notes.push(`${r.backend} answered nothing for ${r.metrics.unanswered} of ${r.metrics.n} case(s) (counted as misses): \`modroute ask\` on one says why`);
    }
  }
  const stripped = strippedPrefixNote(report);
  if (stripped !== undefined) notes.push(stripped);
  const unbounded = report.unboundedCases?.length ?? 0;
  if (unbounded > 0) notes.push(`${unbounded} case(s) name a commit this repository does not have: evaluated with all history`);
  return { output: [...lines, ...notes].join('\n'), exitCode: exitCodeOf(report) };
};
