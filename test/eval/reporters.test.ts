import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeMetrics } from '../../src/eval/computeMetrics.ts';
import { reporterRegistry } from '../../src/eval/reporters/reporterRegistry.ts';
import type { EvalReport } from '../../src/eval/reporters/Reporter.ts';
import { cases, predictions, validIds } from './evalFixture.ts';

const perfect = cases.map((c) => ({ ranked: [...c.modules], latencyMs: 1 }));
const report = (minAcc1 = 0): EvalReport => ({
  casesFile: 'cases.jsonl',
  skipped: [{ line: 7, reason: 'invalid JSON' }],
  minAcc1,
  strippedCommitPrefix: true,
  runs: [
    { backend: 'lexical', metrics: computeMetrics(cases, predictions, validIds) },
    { backend: 'bm25', metrics: computeMetrics(cases, perfect, validIds) },
  ],
});

describe('reporters', () => {
  it('html: one svg with one bar group (3 bars) per backend, escaped text, no scripts', () => {
    const { output } = reporterRegistry.html(report());
    assert.equal(output.match(/<svg /gu)?.length, 1);
    const groups = [...output.matchAll(/<g class="group" data-label="([^"]+)">([\s\S]*?)<\/g>/gu)];
    assert.deepEqual(groups.map((g) => g[1]), ['lexical', 'bm25']);
    assert.deepEqual(groups.map((g) => g[2]?.match(/<rect /gu)?.length), [3, 3]);
    // lexical Acc@1 = 25% of the 200 px plot
    assert.match(groups[0]?.[2] ?? '', /height="50" fill="#3b6ea8"><title>lexical Acc@1: 25\.0%<\/title>/u);
    assert.ok(output.includes('q4 &lt;b&gt;&amp;'));
    assert.equal(/<script|https?:\/\/(?!www\.w3\.org)/u.test(output), false);
    assert.ok(output.includes('Skipped 1 line(s) that hold no usable case: line 7: invalid JSON'));
    // MRR is no share: its bar's title reads as a mean reciprocal rank.
    assert.match(groups[0]?.[2] ?? '', /<title>lexical MRR: \d\.\d{3}<\/title>/u);
    // Cases without subsets get no empty Subsets table.
    const plain = (r: EvalReport): EvalReport => ({ ...r, runs: r.runs.map((x) => ({ ...x, metrics: { ...x.metrics, subsets: {} } })) });
    assert.equal(reporterRegistry.html(plain(report())).output.includes('Subsets'), false);
    assert.equal(reporterRegistry.markdown(plain(report())).output.includes('Subsets'), false);
    assert.equal(output.includes('Subsets'), Object.keys(report().runs[0]?.metrics.subsets ?? {}).length > 0);
    // With its context a report says what it measured, so two can be compared.
    const dated: EvalReport = { ...report(), context: { date: '2026-11-26T07:00:00.000Z', repo: '/src/<shop>', head: 'abcdef1234567890', fingerprint: 'f00dfeedbeefcafe' } };
    const line = 'Repository /src/<shop> at commit abcdef123456, index f00dfeedbeef, evaluated 2026-11-26T07:00:00.000Z.';
    assert.ok(reporterRegistry.markdown(dated).output.split('\n').includes(line));
    assert.ok(reporterRegistry.html(dated).output.includes('<p>Repository /src/&lt;shop&gt; at commit abcdef123456'));
    // and which modroute measured it: scores move between releases.
    const versioned: EvalReport = { ...dated, context: { ...dated.context!, version: '1.2.3' } };
    assert.ok(reporterRegistry.markdown(versioned).output.split('\n').includes(line.replace(/\.$/u, ' by modroute 1.2.3.')));
  });

  it('all reporters are deterministic and fail below minAcc1', () => {
    for (const reporter of Object.values(reporterRegistry)) {
      assert.equal(reporter(report()).output, reporter(report()).output);
      assert.equal(reporter(report(0.2)).exitCode, 0);
      assert.equal(reporter(report(0.5)).exitCode, 1);
    }
  });

  it('json: one object per backend with the issue keys, rounded', () => {
    const parsed = JSON.parse(reporterRegistry.json(report()).output) as { runs: Record<string, unknown>[]; skipped: number };
    assert.equal(parsed.skipped, 1);
    assert.deepEqual(Object.keys(parsed.runs[0] ?? {}), ['backend', 'n', 'acc1', 'acc5', 'mrr', 'recall10', 'invalid', 'unanswered', 'p50_ms', 'p95_ms', 'unknownGold', 'skipped', 'subsets']);
    assert.deepEqual([parsed.runs[0]?.acc1, parsed.runs[0]?.mrr, parsed.runs[1]?.acc1], [0.25, 0.425, 1]);
    const single = JSON.parse(reporterRegistry.json({ ...report(), runs: report().runs.slice(0, 1) }).output) as Record<string, unknown>;
    assert.equal(single.backend, 'lexical');
    assert.equal(single.n, 4);
  });

  it('markdown and text: summary rows, worst misses with reasons', () => {
    const md = reporterRegistry.markdown(report()).output;
    assert.ok(md.includes('| lexical | 4 | 25.0% | 75.0% | 0.425 | 75.0% | 1 | 20.0 ms | 30.0 ms |'));
    assert.ok(md.includes('| q4 <b>& | a, zz | - |  |'));
    assert.ok(md.includes('| q2 | b | 2 | a (docs: q2); b (); c () |'));
    const text = reporterRegistry.text(report()).output.split('\n');
    assert.match(text[0] ?? '', /^backend\s+n\s+Acc@1\s+Acc@5\s+MRR\s+R@10\s+invalid\s+p50\s+p95$/u);
    assert.match(text[1] ?? '', /^lexical\s+4\s+25\.0%\s+75\.0%\s+0\.425\s+75\.0%\s+1\s+20\.0 ms\s+30\.0 ms$/u);
    // bm25, the plain baseline, reads the prefixes as written (vite's review found "fix" among its reasons)
    assert.ok(text.includes('conventional-commit prefixes were stripped from queries (by every backend but bm25, the plain baseline, which reads them as written)'));
    const lexicalOnly = reporterRegistry.text({ ...report(), runs: report().runs.slice(0, 1) }).output.split('\n');
    assert.ok(lexicalOnly.includes('conventional-commit prefixes were stripped from queries'));
    assert.ok(text.includes('lexical answered nothing for 1 of 4 case(s) (counted as misses): `modroute ask` on one says why'));
  });
});
