import { unknownGoldList } from './withMeant.ts';
import { contextLine, exitCodeOf, hasSubsets, fixed3, moduleRows, ms, pct, strippedPrefixSentence, worstMisses, type Reporter } from './Reporter.ts';

const cell = (s: string): string => s.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

export const markdownReporter: Reporter = (report) => {
  const out: string[] = [`# modroute eval: ${cell(report.casesFile)}`, ''];
  if (report.context) out.push(cell(contextLine(report)), '');
  out.push('| backend | n | Acc@1 | Acc@5 | MRR | R@10 | invalid | p50 | p95 |', '|---|---|---|---|---|---|---|---|---|');
  for (const r of report.runs) {
    const m = r.metrics;
    out.push(`| ${cell(r.backend)} | ${m.n} | ${pct(m.acc1)} | ${pct(m.acc5)} | ${fixed3(m.mrr)} | ${pct(m.recall10)} | ${m.invalid} | ${ms(m.p50_ms)} | ${ms(m.p95_ms)} |`);
  }
  if (hasSubsets(report)) out.push('', '## Subsets', '', '| backend | subset | n | Acc@1 | Acc@5 | MRR | R@10 |', '|---|---|---|---|---|---|---|');
  for (const r of report.runs) {
    for (const [name, s] of Object.entries(r.metrics.subsets)) {
      out.push(`| ${cell(r.backend)} | ${name} | ${s.n} | ${pct(s.acc1)} | ${pct(s.acc5)} | ${fixed3(s.mrr)} | ${pct(s.recall10)} |`);
    }
  }
  out.push('', '## Acc@1 per gold module', '', `| module | n | ${report.runs.map((r) => cell(r.backend)).join(' | ')} |`);
  out.push(`|---|---|${report.runs.map(() => '---|').join('')}`);
  for (const row of moduleRows(report)) {
    out.push(`| ${cell(row.module)} | ${row.n} | ${row.acc1.map((a) => (a === undefined ? '' : pct(a))).join(' | ')} |`);
  }
  for (const r of report.runs) {
    out.push('', `## Worst misses: ${cell(r.backend)}`, '', '| query | gold | rank | predicted (reason) |', '|---|---|---|---|');
    for (const o of worstMisses(r.metrics, 10)) {
      const predicted = o.ranked.slice(0, 3).map((m, i) => `${m} (${o.reasons[i] ?? ''})`).join('; ');
      out.push(`| ${cell(o.query)} | ${cell(o.gold.join(', '))} | ${o.rank ?? '-'} | ${cell(predicted)} |`);
    }
  }
  const notes: string[] = [];
  if (report.skipped.length > 0) {
    notes.push(`Skipped ${report.skipped.length} line(s) that hold no usable case: ${report.skipped.map((e) => `line ${e.line}: ${e.reason}`).join('; ')}.`);
  }
  const first = report.runs[0]?.metrics;
  if (first !== undefined && first.unknownGold > 0) notes.push(`${first.unknownGold} gold id(s) unknown to the index, counted as misses: ${unknownGoldList(first)}.`);
  const stripped = strippedPrefixSentence(report);
  if (stripped !== undefined) notes.push(stripped);
  if (notes.length > 0) out.push('', '## Notes', '', ...notes.map((n) => `- ${cell(n)}`));
  return { output: `${out.join('\n')}\n`, exitCode: exitCodeOf(report) };
};
