import { unknownGoldList } from './withMeant.ts';
import { barChartSvg } from './barChartSvg.ts';
import { contextLine, exitCodeOf, hasSubsets, fixed3, moduleRows, ms, pct, strippedPrefixSentence, worstMisses, type Reporter } from './Reporter.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

const table = (header: string[], rows: string[][]): string =>
  `<table><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>\n${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('\n')}\n</tbody></table>`;

/** A self-contained page (no scripts, no external assets): chart, summary, subsets, per module, worst misses. */
export const htmlReporter: Reporter = (report) => {
  const chart = barChartSvg(
    report.runs.map((r) => ({ label: r.backend, values: [r.metrics.acc1, r.metrics.acc5, r.metrics.mrr] })),
    ['Acc@1', 'Acc@5', 'MRR'],
    ['#3b6ea8', '#7fb069', '#e0a458'],
  );
  const summary = table(
    ['backend', 'n', 'Acc@1', 'Acc@5', 'MRR', 'R@10', 'invalid', 'p50', 'p95'],
    report.runs.map(({ backend, metrics: m }) => [backend, String(m.n), pct(m.acc1), pct(m.acc5), fixed3(m.mrr), pct(m.recall10), String(m.invalid), ms(m.p50_ms), ms(m.p95_ms)]),
  );
  const subsets = table(
    ['backend', 'subset', 'n', 'Acc@1', 'Acc@5', 'MRR', 'R@10'],
    report.runs.flatMap(({ backend, metrics }) =>
      Object.entries(metrics.subsets).map(([name, s]) => [backend, name, String(s.n), pct(s.acc1), pct(s.acc5), fixed3(s.mrr), pct(s.recall10)]),
    ),
  );
  const perModule = table(
    ['module', 'n', ...report.runs.map((r) => `Acc@1 ${r.backend}`)],
    moduleRows(report).map((row) => [row.module, String(row.n), ...row.acc1.map((a) => (a === undefined ? '' : pct(a)))]),
  );
  const misses = report.runs
    .map(({ backend, metrics }) => `<h3>${esc(backend)}</h3>\n${table(
      ['query', 'gold', 'rank', 'predicted', 'reason'],
      worstMisses(metrics, 10).flatMap((o) => {
        const first = [o.query, o.gold.join(', '), o.rank === null ? '-' : String(o.rank), o.ranked[0] ?? '(none)', o.reasons[0] ?? ''];
        const more = o.ranked.slice(1, 3).map((m, i) => ['', '', '', m, o.reasons[i + 1] ?? '']);
        return [first, ...more];
      }),
    )}`)
    .join('\n');
  const notes: string[] = [];
  if (report.skipped.length > 0) notes.push(`Skipped ${report.skipped.length} line(s) that hold no usable case: ${report.skipped.map((e) => `line ${e.line}: ${e.reason}`).join('; ')}`);
  const first = report.runs[0]?.metrics;
  if (first !== undefined && first.unknownGold > 0) notes.push(`${first.unknownGold} gold id(s) unknown to the index, counted as misses: ${unknownGoldList(first)}`);
  const stripped = strippedPrefixSentence(report);
  if (stripped !== undefined) notes.push(stripped);
  const output = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>modroute eval: ${esc(report.casesFile)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left;font-size:13px}th{background:#f4f4f4}</style>
</head><body>
<h1>modroute eval: ${esc(report.casesFile)}</h1>
${report.context ? `<p>${esc(contextLine(report))}</p>\n` : ''}<h2>Backends side by side</h2>
${chart}
${summary}
${hasSubsets(report) ? `<h2>Subsets</h2>\n${subsets}\n` : ''}<h2>Acc@1 per gold module</h2>
${perModule}
<h2>Worst misses</h2>
${misses}
${notes.length > 0 ? `<h2>Notes</h2><ul>${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
  return { output, exitCode: exitCodeOf(report) };
};
