import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { parseAnswerLine, type DatasetExample } from '../../src/dataset/DatasetExample.ts';
import { computeStats } from '../../src/dataset/computeStats.ts';
import { dedupe } from '../../src/dataset/dedupe.ts';
import { generateDataset, type Dataset } from '../../src/dataset/generateDataset.ts';
import { jaccard, normalizeWords, shingles } from '../../src/dataset/minhash.ts';
import { renderCard } from '../../src/dataset/renderCard.ts';
import { fixtureCommits, fixtureGraph } from './fixtureGraph.ts';

// Tests pass their own lookup: no WordNet, so the suite is fast and independent of the word list.
const noWordnet = async () => [];
const generate = (seed = 1, extra = {}) => generateDataset(fixtureGraph({ commits: fixtureCommits() }), { seed, wordnet: false, ...extra }, noWordnet);

describe('dedupe', () => {
  it('drops exact and near duplicates with the same answer, keeping the train copy', () => {
    const r = dedupe(
      [
        { prompt: 'Fix the retry loop in the http client when the gateway returns 503', split: 'test', targets: ['a'] },
        { prompt: 'fix the retry loop in the HTTP client when the gateway returns 503!', split: 'train', targets: ['a'] },
        { prompt: 'Fix the retry loop in the http client when the gateway returns 502', split: 'train', targets: ['a'] },
        { prompt: 'Something else entirely about date pickers', split: 'train', targets: ['a'] },
      ],
      0.8,
    );
    assert.deepEqual(r.keep, [false, true, false, true]);
    assert.equal(r.exact, 1);
    assert.equal(r.near, 1);
  });
  it('keeps near-identical prompts with different answers in one split, drops them across splits, drops identical ones', () => {
    const r = dedupe(
      [
        { prompt: 'Animate returns the wrong result when the value is undefined and nested', split: 'train', targets: ['animate'] },
        { prompt: 'Easing returns the wrong result when the value is undefined and nested', split: 'train', targets: ['easing'] },
        { prompt: 'Motion returns the wrong result when the value is undefined and nested', split: 'test', targets: ['motion'] },
        { prompt: 'Where is the store?', split: 'train', targets: ['store'] },
        { prompt: 'where is the store', split: 'val', targets: ['other'] },
      ],
      0.8,
    );
    assert.deepEqual(r.keep, [true, true, false, false, false]);
    assert.equal(r.crossSplit, 1);
    assert.equal(r.conflicting, 2);
  });
});

describe('generateDataset on a fixture graph', () => {
  let ds: Dataset;
  before(async () => {
    ds = await generate();
  });

  it('every example has a prompt, a reasoning that cites the target, and an answer line naming the targets', () => {
    assert.ok(ds.examples.length > 200, `${ds.examples.length}`);
    const ids = new Set(fixtureGraph().modules.map((m) => m.id as string));
    for (const e of ds.examples) {
      assert.ok(e.prompt.trim().length > 0);
      assert.deepEqual(parseAnswerLine(e.answer), e.targets);
      for (const t of e.targets) {
        assert.ok(ids.has(t), t);
        assert.ok(e.reasoning.includes(`${t}:`), e.reasoning);
      }
      if (e.nearMiss) assert.match(e.reasoning, new RegExp(`${e.nearMiss} also relates to .*so it is not the answer\\.`));
    }
  });

  it('is deterministic for a seed and different for another seed', async () => {
    const again = await generate();
    assert.deepEqual(again.examples, ds.examples);
    const other = await generate(2);
    assert.notDeepEqual(other.examples.map((e) => e.prompt), ds.examples.map((e) => e.prompt));
  });

  it('no near-duplicate prompt crosses splits (exhaustive pairwise check)', () => {
    const sh = ds.examples.map((e) => shingles(normalizeWords(e.prompt)));
    const offenders: string[] = [];
    for (let i = 0; i < ds.examples.length; i++) {
      for (let j = i + 1; j < ds.examples.length; j++) {
        const a = ds.examples[i] as DatasetExample, b = ds.examples[j] as DatasetExample;
        if (a.split !== b.split && jaccard(sh[i] as Uint32Array, sh[j] as Uint32Array) >= 0.8) offenders.push(`${a.split}: ${a.prompt} | ${b.split}: ${b.prompt}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('no two examples share a normalized prompt', () => {
    const keys = ds.examples.map((e) => normalizeWords(e.prompt).join(' '));
    assert.equal(new Set(keys).size, keys.length);
  });

  it('history is split by date: every test commit is newer than every train commit', () => {
    const hist = ds.examples.filter((e) => e.source === 'history');
    assert.ok(hist.some((e) => e.split === 'test') && hist.some((e) => e.split === 'train'));
    const newestTrain = Math.max(...hist.filter((e) => e.split === 'train').map((e) => Date.parse(e.date as string)));
    const oldestTest = Math.min(...hist.filter((e) => e.split === 'test').map((e) => Date.parse(e.date as string)));
    assert.ok(oldestTest > newestTrain);
    assert.ok(!hist.some((e) => e.targets.length > 3), 'a commit touching 4 modules is not an example');
    assert.ok(hist.some((e) => e.targets.length === 2), 'a commit touching 2 modules is a multi-module example');
    assert.ok(hist.every((e) => !/^(fix|feat|chore):/.test(e.prompt)));
  });

  it('templates are held out by family, template and description variant', () => {
    const t = ds.examples.filter((e) => e.source === 'template');
    assert.ok(t.filter((e) => e.family === 'upgrade').every((e) => e.split === 'test'));
    const trainTemplates = new Set(t.filter((e) => e.split === 'train').map((e) => e.template));
    for (const e of t.filter((x) => x.split !== 'train')) {
      const heldByVariant = e.variant !== undefined && e.variant === ds.modules.find((m) => m.id === e.targets[0])!.variants.length - 1;
      assert.ok(heldByVariant || !trainTemplates.has(e.template), `${e.template} is in train and in ${e.split}`);
    }
  });

  it('multi-module examples come from dependency edges', () => {
    const edges = ds.examples.filter((e) => e.source === 'edge');
    assert.ok(edges.length > 0);
    assert.ok(edges.every((e) => e.targets.length === 2));
    assert.ok(edges.some((e) => e.targets.join(',') === 'packages/api-client,packages/web'));
  });

  it('a module with no symbols or docs still gets examples and is flagged thin', () => {
    const scripts = ds.modules.find((m) => m.id === 'tools/scripts');
    assert.equal(scripts?.thin, true);
    const train = ds.examples.filter((e) => e.targets[0] === 'tools/scripts' && e.split === 'train');
    assert.ok(train.length >= 30, `${train.length}`);
    const stats = computeStats(ds);
    const card = renderCard(stats, { repo: 'acme', options: ds.options, formats: ['chat'] });
    assert.match(card, /## Thin modules[\s\S]*\| tools\/scripts \| \d+ \| no docs; no public symbols/);
  });

  it('keeps non-English doc comments', () => {
    assert.ok(ds.examples.some((e) => e.targets[0] === 'packages/billing' && e.prompt.includes('Erstellt eine Rechnung')));
  });

  it('caps huge modules: at most maxSymbols symbols become prompts and splits respect the caps', () => {
    const huge = ds.examples.filter((e) => e.targets[0] === 'packages/huge');
    const symbols = new Set(huge.filter((e) => e.source === 'symbol').map((e) => e.unit));
    assert.ok(symbols.size <= 40, `${symbols.size}`);
    assert.ok(huge.filter((e) => e.split === 'train').length <= ds.options.caps.train);
    assert.ok(huge.filter((e) => e.split === 'test').length <= ds.options.caps.test);
  });

  it('records operators and the augmented example keeps its base id', () => {
    const aug = ds.examples.filter((e) => e.operators.some((o) => !o.startsWith('description-variant')));
    assert.ok(aug.length > 50);
    assert.ok(aug.every((e) => e.base !== e.id));
    const names = new Set(aug.flatMap((e) => e.operators.map((o) => o.split(':')[0])));
    for (const n of ['drop-identifiers', 'restructure', 'enrich', 'noise']) assert.ok(names.has(n), n);
  });

  it('an empty history is fine', async () => {
    const empty = await generateDataset(fixtureGraph(), { wordnet: false }, noWordnet);
    assert.equal(empty.examples.filter((e) => e.source === 'history').length, 0);
    assert.ok(empty.examples.length > 100);
  });

  it('--max-tokens drops or truncates long prompts, counting either way', async () => {
    const dropped = await generate(1, { maxTokens: 12, longPrompts: 'drop' });
    assert.ok(dropped.counts.tooLong.dropped > 0);
    assert.ok(dropped.examples.every((e) => e.tokens <= 12));
    const cut = await generate(1, { maxTokens: 12, longPrompts: 'truncate' });
    assert.ok(cut.counts.tooLong.truncated > 0);
    assert.equal(cut.counts.tooLong.dropped, 0);
    assert.ok(cut.examples.every((e) => e.tokens <= 12));
    assert.ok(cut.examples.some((e) => e.truncated));
  });
});
