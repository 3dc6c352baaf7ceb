import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSession } from '../../src/api/openSession.ts';
import { trainModel, type TrainModelEvent } from '../../src/api/trainModel.ts';
import { resolveBackend } from '../../src/backends/registry.ts';
import { ModrouteError, UsageError } from '../../src/errors.ts';
import { makeGitRepo, writeFiles } from '../helpers/gitFixture.ts';
import { assertNoStack, runCli } from '../helpers/runCli.ts';
import { runIndex } from '../helpers/runIndex.ts';
import { heldOutRequests, historyCommits } from '../train/historyFixture.ts';

const train = async (repo: string, seed = 1) => {
  const events: TrainModelEvent[] = [];
  for await (const e of trainModel({ repo, seed })) events.push(e);
  return events;
};
const acc1 = async (repo: string, backend: string, cases: { query: string; module: string }[]) => {
  const session = await openSession({ repo });
  try {
    let hits = 0;
    for (const c of cases) {
      const a = await session.ask(c.query, { backend, top: 5 });
      if (a.modules[0]?.id === `src/${c.module}`) hits++;
    }
    return hits / cases.length;
  } finally {
    await session.dispose();
  }
};

describe('router and hybrid on a repository with history', () => {
  let repo = '';
  before(async () => {
    repo = makeGitRepo(historyCommits(100));
    await runIndex({ repo });
  });

  it('auto is lexical before training; router and hybrid say how to train', async () => {
    const ctx = { storeDir: join(repo, '.modroute'), options: {} };
    assert.equal((await resolveBackend('auto', ctx)).name, 'lexical');
    await assert.rejects(() => resolveBackend('router', ctx), (e: unknown) => e instanceof UsageError && /Backend router is not available: no trained model at .*router\.json\. Run `modroute train --engine router`/.test(e.message));
  });

  it('trained hybrid beats lexical on held-out requests, and auto picks it', async () => {
    const events = await train(repo);
    const done = events.find((e) => e.kind === 'done');
    assert.ok(done && done.kind === 'done');
    assert.equal(done.result.summary.validation, 'newest commits');
    // The model just written is kept as validated, so the first ask skips validating it; its answers
    // are the same as from a model validated afresh.
    const validated = join(repo, '.modroute', 'cache', 'router.validated');
    assert.ok(existsSync(validated));
    const cases = heldOutRequests(36);
    const fromTrain = await acc1(repo, 'hybrid', cases);
    // A new mtime is a new version of the file: read and validated again (zod), not taken from the cache.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(repo, '.modroute', 'router.json'), later, later);
    assert.equal(await acc1(repo, 'hybrid', cases), fromTrain);
    const lexical = await acc1(repo, 'lexical', cases);
    const hybrid = await acc1(repo, 'hybrid', cases);
    // At least two of the 36 more: 26 against 23 with the reranker shipped before 2026-11-26's last retraining
    // on the corpus, 25 against 23 with it (it was chosen there, leave-one-package-out, not on this fixture).
    assert.ok(hybrid >= lexical + 0.05, `hybrid ${hybrid} vs lexical ${lexical}`);
    const session = await openSession({ repo });
    try {
      const answer = await session.ask('fix invoice when the aggregate is empty', { top: 3 });
      assert.equal(answer.backend, 'hybrid');
      assert.deepEqual(answer.warnings, []);
      assert.equal(answer.modules[0]?.id, 'src/billing');
      assert.match(answer.modules[0]?.reason ?? '', /^reranked on .*model: .*invoice/);
      // A mistyped word: lexical searches the term it meant, and the model reads that term too.
      const typo = await session.ask('fix invocie when the aggregate is empty', { top: 3 });
      assert.equal(typo.modules[0]?.id, 'src/billing');
      assert.match(typo.modules[0]?.reason ?? '', /typo: invoice←invocie.*model: .*invoice/);
      // A request in Chinese: the model reads the English glosses of its words, alone and in the hybrid.
      for (const backend of ['router', 'hybrid']) {
        const zh = await session.ask('发票金额为空时出错', { backend, top: 3 });
        assert.equal(zh.modules[0]?.id, 'src/billing', backend);
        assert.match(zh.modules[0]?.reason ?? '', /model: .*invoice/, backend);
      }
      const valid = new Set(session.index.graph().modules.map((m) => m.id));
      for (const backend of ['router', 'hybrid']) {
        for (const q of ['zebra giraffe', 'the and of', 'refund']) {
          for (const m of (await session.ask(q, { backend, top: 10 })).modules) assert.ok(valid.has(m.id), `${backend}: ${m.id}`);
        }
      }
      // A request with nothing to go on gets no answer from either, not the model's prior as a list.
      for (const backend of ['router', 'hybrid']) {
        for (const q of ['As a user, I want to', 'Клиент отправляет просроченные куки']) {
          const none = await session.ask(q, { backend, top: 3 });
          assert.deepEqual(none.modules, [], `${backend}: ${q}`);
          assert.ok(none.warnings.length > 0, `${backend}: ${q}`);
        }
        // One word the model knows is enough for an answer.
        assert.ok((await session.ask('Клиент refund', { backend, top: 3 })).modules.length > 0, backend);
      }
      // The model cannot forget commits after --as-of: it says so rather than peeking silently.
      const newest = session.index.graph().commits[0]?.date as string;
      for (const backend of ['router', 'hybrid']) {
        const before = await session.ask('refund twice', { backend, top: 3, asOf: '2000-01-01' });
        assert.ok(before.warnings.some((w) => /saw history up to .* after --as-of 2000-01-01/.test(w)), `${backend}: ${before.warnings.join(' | ')}`);
        const after = await session.ask('refund twice', { backend, top: 3, asOf: new Date(Date.parse(newest) + 86_400_000).toISOString() });
        assert.ok(!after.warnings.some((w) => /saw history/.test(w)), backend);
      }
      // auto does not peek: before the model's history it answers with lexical, and says why.
      const early = await session.ask('refund twice', { top: 3, asOf: '2000-01-01' });
      assert.equal(early.backend, 'lexical');
      assert.match(early.warnings[0] ?? '', /^auto answered with lexical: the trained model saw history up to .* \(--backend hybrid uses the model anyway\)$/);
      const late = await session.ask('refund twice', { top: 3, asOf: new Date(Date.parse(newest) + 86_400_000).toISOString() });
      assert.equal(late.backend, 'hybrid');
      // A request as long as users write them (the model learned from commit subjects): lexical order, said so.
      const long = 'As a customer I was charged twice this month and when I asked for a refund the invoice still showed the old balance and tax';
      const [lexicalLong, hybridLong] = await Promise.all(['lexical', 'hybrid'].map((backend) => session.ask(long, { backend, top: 5 })));
      assert.deepEqual(hybridLong?.modules.map((m) => m.id), lexicalLong?.modules.map((m) => m.id));
      assert.match(hybridLong?.modules[0]?.reason ?? '', /^long request: lexical order · (?!reranked)/);
      assert.equal((hybridLong?.modules[0]?.evidence as { modelTrust?: number } | undefined)?.modelTrust, 0);
      const middling = await session.ask('users cannot refund an invoice with a discount coupon enabled on the monthly plan', { backend: 'hybrid', top: 3 });
      assert.match(middling.modules[0]?.reason ?? '', /^long request: lexical order weighs \d+% · reranked on /);
    } finally {
      await session.dispose();
    }
  });

  it('warns after a re-index that the model is stale; train refreshes it', async () => {
    writeFiles(repo, { 'src/billing/extra.ts': 'export const creditNote = 1;\n' });
    await runIndex({ repo });
    const session = await openSession({ repo });
    const answer = await session.ask('refund twice', { backend: 'hybrid', top: 3 });
    await session.dispose();
    assert.equal(answer.warnings.length, 1);
    assert.match(answer.warnings[0] ?? '', /^The router model is stale: it was trained on index \w+, the index is now \w+\. Run `modroute train` to refresh it\.$/);
    // A module added since training: the model still serves the rest, the new one ranks by its lexical
    // evidence alone (the model can't name it), and the warning says which modules it has not seen.
    writeFiles(repo, { 'src/shipping/parcelTracking.ts': '/** Tracks a parcel shipment with the carrier. */\nexport function trackParcelShipment(carrierCode: string) { return carrierCode; }\n' });
    await runIndex({ repo });
    const grown = await openSession({ repo });
    try {
      const hybrid = await grown.ask('track the parcel shipment with the carrier', { top: 3 });
      assert.equal(hybrid.backend, 'hybrid');
      assert.equal(hybrid.modules[0]?.id, 'src/shipping');
      assert.match(hybrid.warnings[0] ?? '', /^The router model is stale: the index's modules changed since it was trained: 1 new since training \(src\/shipping\), ranked by their lexical evidence alone\. Run `modroute train` to refresh it\.$/);
      const billing = await grown.ask('fix invoice when the aggregate is empty', { top: 3 });
      assert.equal(billing.modules[0]?.id, 'src/billing');
      assert.match(billing.modules[0]?.reason ?? '', /model: .*invoice/);
      const router = await grown.ask('invoice for the parcel shipment', { backend: 'router', top: 10 });
      assert.ok(router.modules.length > 0 && router.modules.every((m) => m.id !== 'src/shipping'), JSON.stringify(router));
    } finally {
      await grown.dispose();
    }
    await train(repo);
    const fresh = await openSession({ repo });
    assert.deepEqual((await fresh.ask('refund twice', { backend: 'router', top: 3 })).warnings, []);
    assert.equal((await fresh.ask('track the parcel shipment with the carrier', { backend: 'router', top: 1 })).modules[0]?.id, 'src/shipping');
    await fresh.dispose();
  });

  it('refuses a model of another index; a corrupt model is an error for router, lexical with a warning for auto', async () => {
    const other = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: { 'modroute.config.json': '{"modules": ["lib/*"]}', 'lib/a/a.ts': 'export const a = 1;\n', 'lib/b/b.ts': 'export const b = 2;\n' } }]);
    await runIndex({ repo: other });
    copyFileSync(join(repo, '.modroute', 'router.json'), join(other, '.modroute', 'router.json'));
    const session = await openSession({ repo: other });
    await assert.rejects(session.ask('refund', { backend: 'router' }), (e: unknown) => e instanceof ModrouteError && e.exitCode === 2 && /^Refusing the router model: it was trained on another index \(0 of its 7 modules are among this index's 2\)$/.test(e.message));
    const auto = await session.ask('a', { top: 3 });
    assert.equal(auto.backend, 'lexical', 'the answer names the backend that gave it');
    assert.match(auto.warnings[0] ?? '', /^The router model was refused: .*; answering with lexical\./);
    await session.dispose();

    writeFileSync(join(other, '.modroute', 'router.json'), '{"format": "modroute-router", "version": 1');
    const cli = runCli(['ask', 'refund', '--repo', other, '--backend', 'router']);
    assert.equal(cli.code, 2);
    assertNoStack(cli.stderr);
    assert.match(cli.stderr, /error: Backend router is not available: the model file .*router\.json is unreadable \(not JSON/);
    const fallback = runCli(['ask', 'a', '--repo', other, '--json']);
    assert.equal(fallback.code, 0, fallback.stderr);
    const json = JSON.parse(fallback.stdout) as { warnings: string[]; modules: { id: string }[] };
    assert.match(json.warnings[0] ?? '', /^The router model is unusable \(not JSON.*\); answering with lexical\./);
    const lexical = JSON.parse(runCli(['ask', 'a', '--repo', other, '--json', '--backend', 'lexical']).stdout) as { modules: { id: string }[] };
    assert.deepEqual(json.modules.map((m) => m.id), lexical.modules.map((m) => m.id));
  });

  it('two indexes of one repository in one folder keep their own models and caches', async () => {
    // The reviews indexed a repository twice (modules as discovered, and by folder) into one folder:
    // training the second overwrote the first's router.json, and its asks fell back to lexical.
    const folder = join(repo, 'stores');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'fine.json'), JSON.stringify(['shipping', 'billing', 'catalog', 'auth'].map((m) => ({ id: m, path: `src/${m}` }))));
    const coarse = join(folder, 'index.db');
    const fine = join(folder, 'fine.db');
    await runIndex({ repo, db: coarse });
    await runIndex({ repo, db: fine, modulesFile: join(folder, 'fine.json') });
    for (const db of [coarse, fine]) for await (const _ of trainModel({ repo, db, seed: 1 })) void _;
    // An `index.db` outside `.modroute/` gets a folder of its own too: the working folder holds only the databases.
    assert.ok(existsSync(join(folder, 'index.modroute', 'router.json')));
    assert.ok(existsSync(join(folder, 'fine.modroute', 'router.json')));
    assert.deepEqual(readdirSync(folder).filter((f) => !/\.db(?:-wal|-shm)?$/u.test(f)).sort(), ['fine.json', 'fine.modroute', 'index.modroute']);
    for (const db of [coarse, fine]) {
      const session = await openSession({ repo, db });
      const answer = await session.ask('refund the order', { top: 3 });
      assert.equal(answer.backend, 'hybrid');
      assert.deepEqual(answer.warnings, []);
      await session.dispose();
    }
  });

  it('`modroute train` renders epochs with loss and val Acc@1, and --json the summary', () => {
    const text = runCli(['train', '--repo', repo, '--seed', '2']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stderr, /classifier \[#+\.*\] epoch +1\/40 {2}loss \d+\.\d{4} {2}val Acc@1 \d+\.\d%/);
    assert.match(text.stdout, /^Trained router in \d+\.\d s -> .*router\.json \(\d+ KB\)/);
    const json = runCli(['train', '--repo', repo, '--json', '--seed', '2']);
    assert.equal(json.code, 0, json.stderr);
    const result = JSON.parse(json.stdout) as { engine: string; path: string };
    assert.equal(result.engine, 'router');
    const first = readFileSync(result.path, 'utf8');
    runCli(['train', '--repo', repo, '--json', '--seed', '2']);
    assert.equal(readFileSync(result.path, 'utf8'), first);
    const bad = runCli(['train', '--repo', repo, '--time-budget', '-3']);
    assert.equal(bad.code, 2);
    // Refining the reranker on the repository's commits is asked for by name; the summary then says how it did.
    assert.equal((JSON.parse(json.stdout) as { summary: Record<string, unknown> }).summary.refinedValAcc1, undefined);
    const refined = runCli(['train', '--repo', repo, '--seed', '2', '--refine-reranker']);
    assert.equal(refined.code, 0, refined.stderr);
    assert.match(refined.stdout, /reranker +(shipped|repository|lexical) \(val Acc@1 shipped \d+\.\d%, refined \d+\.\d%, lexical order \d+\.\d%\)/);
  });
});
