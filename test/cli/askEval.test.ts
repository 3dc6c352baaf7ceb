import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { tempDir, useFixture } from '../helpers/gitFixture.ts';
import { assertNoStack, cliPath, runCli } from '../helpers/runCli.ts';

describe('modroute ask and eval on a fixture with known answers', () => {
  let repo = '';
  before(() => {
    repo = useFixture('ts-monorepo-history');
    const r = runCli(['index', repo, '--quiet']);
    assert.equal(r.code, 0, r.stderr);
  });

  const ask = (query: string, extra: string[] = []) => {
    const r = runCli(['ask', query, '--repo', repo, '--json', ...extra]);
    assertNoStack(r.stderr);
    return r;
  };

  it('index builds the search index; with --no-cache the first ask does', () => {
    const cache = join(repo, '.modroute', 'cache', 'lexical.index');
    assert.ok(existsSync(cache), 'index writes the lexical cache');
    const other = useFixture('ts-monorepo-history');
    assert.equal(runCli(['index', other, '--quiet', '--no-cache']).code, 0);
    const otherCache = join(other, '.modroute', 'cache', 'lexical.index');
    assert.equal(existsSync(otherCache), false);
    assert.equal(runCli(['ask', 'calendar keyboard navigation', '--repo', other, '--backend', 'lexical']).code, 0);
    assert.ok(existsSync(otherCache), 'the first ask writes it');
  });

  it('ranks the module a requirement concerns first, with a reason, as valid ids', () => {
    const cases: [string, string][] = [
      ['refresh the oauth access token before it expires', 'packages/api-client'],
      ['calendar keyboard navigation is broken', 'packages/ui-kit'],
      ['show the basket summary on the checkout page', 'packages/web'],
    ];
    for (const [query, gold] of cases) {
      const r = ask(query);
      assert.equal(r.code, 0, r.stderr);
      const answer = JSON.parse(r.stdout) as { modules: { id: string; reason: string; score: number }[]; backend: string };
      assert.equal(answer.modules[0]?.id, gold, `${query} -> ${answer.modules.map((m) => m.id).join(', ')}`);
      assert.ok(answer.modules[0]?.reason.length, 'every answer carries a reason');
      for (const m of answer.modules) assert.ok(['packages/api-client', 'packages/ui-kit', 'packages/web'].includes(m.id));
    }
  });

  it('keeps the built lexical index beside the store; a damaged cache is rebuilt, answers unchanged', () => {
    const cache = join(repo, '.modroute', 'cache', 'lexical.index');
    const first = JSON.parse(ask('calendar keyboard navigation is broken').stdout);
    assert.equal(readFileSync(cache).subarray(0, 4).toString('latin1'), 'MRLX');
    writeFileSync(cache, 'garbage, not an index');
    const again = JSON.parse(ask('calendar keyboard navigation is broken').stdout);
    assert.deepEqual(again.modules, first.modules);
    assert.equal(readFileSync(cache).subarray(0, 4).toString('latin1'), 'MRLX', 'the damaged cache was replaced');
  });

  it('graph takes --json as every command does: the default format; with another --format it says they conflict', () => {
    const json = runCli(['graph', '--repo', repo, '--json']);
    assert.equal(json.code, 0, json.stderr);
    const ids = (JSON.parse(json.stdout) as { nodes: { id: string }[] }).nodes.map((n) => n.id).sort();
    assert.deepEqual(ids, ['packages/api-client', 'packages/ui-kit', 'packages/web']);
    assert.match(runCli(['graph', '--repo', repo, '--format', 'dot']).stdout, /^digraph/u);
    const both = runCli(['graph', '--repo', repo, '--json', '--format', 'dot']);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--json.*--format/u);
    assertNoStack(both.stderr);
  });

  it('--top limits the answer and the text output lists ranked ids', () => {
    const r = runCli(['ask', 'date picker', '--repo', repo, '--top', '1']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^ 1\. packages\/ui-kit/m);
    assert.doesNotMatch(r.stdout, /^ 2\./m);
    assert.doesNotMatch(r.stderr, /asked for\]/u);
    // more than the index has modules: how many matched is said
    const many = runCli(['ask', 'date picker', '--repo', repo, '--top', '50']);
    const listed = many.stdout.match(/^ *\d+\. /gmu)?.length ?? 0;
    assert.ok(listed > 0 && listed < 50, many.stdout);
    assert.match(many.stderr, new RegExp(`, ${listed} of the 50 asked for\\]`, 'u'));
  });

  it('--as-of hides commits from that point on', () => {
    // "delivery slots" appears only in the newest commit's subject and in web's code;
    // "503" only in the api-client commit subject/body of 2024-02-01 and its code.
    const later = JSON.parse(ask('gateway retry backoff during deploys').stdout);
    assert.equal(later.modules[0].id, 'packages/api-client');
    assert.match(later.modules[0].reason, /history: .*deploys/);
    const early = JSON.parse(ask('gateway retry backoff during deploys', ['--as-of', '2024-01-15']).stdout);
    assert.doesNotMatch(JSON.stringify(early.modules), /deploys/, 'the 2024-02-01 commit is invisible before it happened');
    assert.ok(early.modules[0].score < later.modules[0].score);
    const bad = runCli(['ask', 'x', '--repo', repo, '--as-of', 'not-a-commit']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /neither a date nor a commit/);
  });

  it('bad queries get a clear message, never a crash', () => {
    const empty = runCli(['ask', '   ', '--repo', repo]);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /Empty query/);
    const stop = ask('the and of to');
    assert.equal(stop.code, 0);
    assert.deepEqual(JSON.parse(stop.stdout).modules, []);
    const huge = ask('checkout '.repeat(12_000));
    assert.equal(huge.code, 0);
    assert.equal(JSON.parse(huge.stdout).modules[0].id, 'packages/web');
    const foreign = ask('日本語のテキスト сообщение');
    assert.equal(foreign.code, 0);
    const unknown = runCli(['ask', 'x', '--repo', repo, '--backend', 'nope']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown backend: nope/);
    const typo = runCli(['ask', 'x', '--repo', repo, '--backend', 'lexcial']);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /Unknown backend: lexcial[\s\S]*Did you mean lexical\?/);
    // a requirement that opens with a dash (a flag's name) is read as the text it is: no option holds a space
    const dashed = runCli(['ask', "--checkout doesn't retry", '--repo', repo, '--json']);
    assert.equal(dashed.code, 0, dashed.stderr);
    assert.match(JSON.parse(dashed.stdout).query, /^--checkout doesn't retry/u);
    // beside a `--` of the user's own it is left to commander: the hint says how to pass it
    const mixed = runCli(['ask', "--checkout doesn't retry", '--repo', repo, '--', 'more']);
    assert.equal(mixed.code, 2);
    assert.match(mixed.stderr, /unknown option '--checkout doesn't retry'[\s\S]*hint: text that starts with "-" goes after "--"/);
    const passed = runCli(['ask', '--repo', repo, '--json', '--', '--checkout fails on retry']);
    assert.equal(passed.code, 0, passed.stderr);
    assert.ok(JSON.parse(passed.stdout).modules.length > 0);
  });

  it('auto falls back to lexical, with a warning, when the model it chose fails to load', () => {
    const bad = join(tempDir(), 'broken.gguf');
    // the GGUF magic passes the cheap availability check; the rest is garbage that fails at load
    writeFileSync(bad, Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(64, 7)]));
    const r = runCli(['ask', 'refresh the oauth access token', '--repo', repo, '--model', bad, '--json']);
    assertNoStack(r.stderr);
    assert.equal(r.code, 0, r.stderr);
    const answer = JSON.parse(r.stdout) as { backend: string; modules: { id: string }[]; warnings: string[] };
    assert.equal(answer.backend, 'lexical');
    assert.equal(answer.modules[0]?.id, 'packages/api-client');
    assert.match(answer.warnings[0] ?? '', /^auto chose llm, which failed/);
    const named = runCli(['ask', 'refresh the oauth access token', '--repo', repo, '--model', bad, '--backend', 'llm']);
    assert.equal(named.code, 2, 'a backend the user named fails loudly');
    assertNoStack(named.stderr);
  });

  it('ask before index says to run modroute index', () => {
    const r = runCli(['ask', 'anything', '--repo', tempDir()]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /modroute index/);
    // Without --repo, from a folder with no index above it, the same message.
    const none = runCli(['ask', 'anything'], { cwd: tempDir() });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /No modroute index at/);
  });

  it('ask - reads the requirement from standard input (a bug report piped in)', () => {
    const report = 'Bug report\n\nSteps to reproduce:\n1. Log in and wait an hour.\n2. Open the dashboard.\n\nExpected behavior: the OAuth access token is refreshed.\nActual: every request fails with 401.\n';
    const r = spawnSync(process.execPath, [cliPath, 'ask', '-', '--repo', repo, '--json'], { input: report, encoding: 'utf8' });
    assertNoStack(r.stderr);
    assert.equal(r.status, 0, r.stderr);
    const answer = JSON.parse(r.stdout) as { query: string; modules: { id: string }[] };
    assert.equal(answer.query, report);
    assert.equal(answer.modules[0]?.id, 'packages/api-client');
    const empty = spawnSync(process.execPath, [cliPath, 'ask', '-', '--repo', repo], { input: '', encoding: 'utf8' });
    assert.equal(empty.status, 2);
    assertNoStack(empty.stderr);
  });

  it('ask from a sub-directory finds the index above it, as git finds its repository', () => {
    const r = runCli(['ask', 'refresh the oauth access token', '--json'], { cwd: join(repo, 'packages', 'api-client', 'src') });
    assertNoStack(r.stderr);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { modules: { id: string }[] }).modules[0]?.id, 'packages/api-client');
    // `index` with no directory there re-indexes that repository, not the sub-directory on its own.
    const sub = join(repo, 'packages', 'api-client', 'src');
    const again = runCli(['index', '--json'], { cwd: sub });
    assert.equal(again.code, 0, again.stderr);
    assert.equal(realpathSync((JSON.parse(again.stdout) as { root: string }).root), realpathSync(repo));
    assert.equal(existsSync(join(sub, '.modroute')), false);
  });

  it('eval scores cases, reports malformed lines and unknown gold ids, compares backends and writes reports', () => {
    const dir = tempDir();
    const cases = join(dir, 'cases.jsonl');
    writeFileSync(
      cases,
      [
        JSON.stringify({ id: 'a', query: 'refresh the oauth access token', modules: ['packages/api-client'], set: 'primary', leaks: false, style: 'dev' }),
        JSON.stringify({ id: 'b', query: 'date picker week numbers', modules: ['packages/ui-kit'], set: 'primary', leaks: true, style: 'user' }),
        '{ not json',
        JSON.stringify({ id: 'c', query: 'checkout delivery slots', modules: ['packages/web', 'packages/gone'], set: 'secondary', style: 'user' }),
        JSON.stringify({ id: 'd', modules: ['packages/web'] }),
      ].join('\n'),
    );
    const report = join(dir, 'report');
    const r = runCli(['eval', cases, '--repo', repo, '--backend', 'lexical', '--backend', 'bm25', '--json', '--report', report, '--by', 'style']);
    assertNoStack(r.stderr);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /cases\.jsonl:3: .*skipped/);
    assert.match(r.stderr, /cases\.jsonl:5: .*skipped/);
    assert.match(r.stderr, /warning: 1 gold id\(s\) unknown to the index \(counted as misses\): packages\/gone/);
    const out = JSON.parse(r.stdout) as { runs: { backend: string; n: number; acc1: number; invalid: number; unknownGold: number; skipped: number; subsets: Record<string, { n: number }> }[] };
    assert.deepEqual(out.runs.map((x) => x.backend), ['lexical', 'bm25']);
    const lexical = out.runs[0]!;
    assert.equal(lexical.n, 3);
    assert.equal(lexical.acc1, 1);
    assert.equal(lexical.invalid, 0);
    assert.equal(lexical.unknownGold, 1);
    assert.equal(lexical.skipped, 2);
    assert.equal(lexical.subsets.primary?.n, 2);
    assert.equal(lexical.subsets.secondary?.n, 1);
    // Reviewers mark requests by who wrote them: --by breaks the figures down by any field of the cases.
    assert.equal(lexical.subsets['style=user']?.n, 2);
    assert.equal(lexical.subsets['style=dev']?.n, 1);
    const noField = runCli(['eval', cases, '--repo', repo, '--by', 'author']);
    assert.equal(noField.code, 2);
    assertNoStack(noField.stderr);
    assert.match(noField.stderr, /No case in .*cases\.jsonl has a field "author"/);
    assert.ok(existsSync(join(report, 'report.md')));
    // Every case's outcome, per backend, for comparing backends case by case.
    const outcomes = readFileSync(join(report, 'outcomes.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { backend: string; gold: string[]; rank: number | null; top: string[]; reasons: string[] });
    assert.equal(outcomes.length, 6);
    assert.deepEqual(outcomes.map((o) => o.backend), ['lexical', 'lexical', 'lexical', 'bm25', 'bm25', 'bm25']);
    assert.equal(outcomes.filter((o) => o.backend === 'lexical' && o.rank === 1).length, 3, JSON.stringify(outcomes));
    for (const o of outcomes) if (o.rank !== null) assert.ok(o.gold.includes(o.top[o.rank - 1] ?? ''));
    const html = readFileSync(join(report, 'report.html'), 'utf8');
    assert.match(html, /<svg/);
    assert.match(html, /lexical/);
    // No query had a conventional-commit prefix, so the report does not claim to have stripped one.
    assert.doesNotMatch(readFileSync(join(report, 'report.md'), 'utf8'), /prefixes were stripped/);
    // The report names the repository, its commit and the index it measured.
    assert.match(readFileSync(join(report, 'report.md'), 'utf8'), /^Repository .+ at commit [0-9a-f]{12}, index [0-9a-f]{12}, evaluated \d{4}-\d\d-\d\dT.* by modroute \d+\.\d+\.\d+/mu);
    writeFileSync(cases, [
      JSON.stringify({ query: 'fix(api): refresh the oauth access token', modules: ['packages/api-client'] }),
      JSON.stringify({ query: 'date picker week numbers', modules: ['packages/ui-kit'], commit: 'deadbeef' }),
    ].join('\n'));
    const outFile = join(dir, 'runs', 'outcomes.jsonl');
    const prefixed = runCli(['eval', cases, '--repo', repo, '--backend', 'lexical', '--outcomes', outFile]);
    assert.deepEqual(readFileSync(outFile, 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { query: string }).query), ['fix(api): refresh the oauth access token', 'date picker week numbers']);
    assert.match(prefixed.stdout + prefixed.stderr, /conventional-commit prefixes were stripped/);
    // A commit the repository does not have cannot bound history: the case counts, and the user is told.
    assert.match(prefixed.stderr, /cases\.jsonl:2: commit deadbeef is not in this repository: the case was evaluated with all history/);
    assert.match(prefixed.stdout, /1 case\(s\) name a commit this repository does not have/);
    const below = runCli(['eval', cases, '--repo', repo, '--min-acc1', '1.0', '--backend', 'bm25', '--quiet']);
    assert.ok(below.code === 0 || below.code === 1);
    const missing = runCli(['eval', join(dir, 'nope.jsonl'), '--repo', repo]);
    assert.equal(missing.code, 2);
  });
});
