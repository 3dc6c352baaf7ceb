import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addNoise, typo } from '../../src/dataset/augment/addNoise.ts';
import { augmentPrompt } from '../../src/dataset/augment/augmentPrompt.ts';
import { descriptionVariants, docClause } from '../../src/dataset/augment/descriptionVariants.ts';
import { dropIdentifiers } from '../../src/dataset/augment/dropIdentifiers.ts';
import { enrichPrompt } from '../../src/dataset/augment/enrichPrompt.ts';
import type { OperatorContext } from '../../src/dataset/augment/Operator.ts';
import { replaceSynonyms } from '../../src/dataset/augment/replaceSynonyms.ts';
import { restructureSentence, restructureTransforms } from '../../src/dataset/augment/restructureSentence.ts';
import { buildSynonymTable, wordnetLookup } from '../../src/dataset/augment/synonymTable.ts';
import { buildProfiles, type ModuleProfile } from '../../src/dataset/buildProfiles.ts';
import { cleanDoc, wordsOf } from '../../src/dataset/text.ts';
import { mulberry32, rngFor } from '../../src/util/random.ts';
import { fixtureGraph } from './fixtureGraph.ts';

const profiles = buildProfiles(fixtureGraph(), { maxSymbols: 40, maxDocSentences: 24 });
const profile = (id: string) => profiles.get(id as never) as ModuleProfile;
const ctx = (seed: number, targets: ModuleProfile[] = [profile('packages/api-client')], synonyms = new Map()): OperatorContext => ({ rng: mulberry32(seed), targets, synonyms });

describe('seeded random', () => {
  it('the same seed gives the same sequence; another seed another one', () => {
    const a = Array.from({ length: 5 }, mulberry32(42).next);
    assert.deepEqual(Array.from({ length: 5 }, mulberry32(42).next), a);
    assert.notDeepEqual(Array.from({ length: 5 }, mulberry32(43).next), a);
    assert.deepEqual(rngFor(7, 'x').shuffle([1, 2, 3, 4, 5, 6]), rngFor(7, 'x').shuffle([1, 2, 3, 4, 5, 6]));
  });
});

describe('description variants', () => {
  it('builds distinct topic phrases from path, symbols, doc words and files', () => {
    const v = profile('packages/api-client').variants;
    assert.equal(v[0], 'api client');
    assert.equal(v[1], 'http client and refresh token');
    assert.equal(new Set(v).size, v.length);
    assert.ok(v.length >= 4, JSON.stringify(v));
  });
  it('a module with only files still gets a path variant and a neighbour variant', () => {
    assert.deepEqual(profile('tools/scripts').variants, ['scripts', 'release and bump version', 'the scripts helpers built on web']);
  });
  it('turns a doc sentence into a noun phrase', () => {
    assert.equal(docClause('Creates a readable store that allows reading by subscription.'), 'the code that creates a readable store that allows reading by subscription');
    assert.equal(docClause('`scrollX.current` is a reactive view of `window.scrollX`.'), 'a reactive view of `window.scrollX`');
    assert.deepEqual(descriptionVariants({ ...profile('packages/web'), docSentences: [] }).includes('checkout and cart'), true);
  });
});

describe('enrich', () => {
  it('keeps the request and adds a role, a context and/or a platform', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const r = enrichPrompt.apply('Fix a crash in the date picker.', ctx(seed));
      assert.ok(r);
      assert.match(r.text, /[Ff]ix a crash in the date picker/);
      assert.ok(r.text.length > 'Fix a crash in the date picker.'.length);
      for (const part of r.detail.split('+')) seen.add(part);
      if (r.detail.includes('role')) assert.match(r.text, /As an? [a-zA-Z ]+, /);
      if (r.detail.includes('platform')) assert.match(r.text, /Seen (on|in) /);
    }
    assert.deepEqual([...seen].sort(), ['context', 'platform', 'role']);
  });
});

describe('synonyms', () => {
  const table = new Map([
    ['fix', { wordnet: ['repair'], repo: [] }],
    ['crash', { wordnet: [], repo: ['failure'] }],
    ['client', { wordnet: ['customer'], repo: [] }],
  ]);
  it('replaces table words with a synonym, keeping the first letter case', () => {
    const r = replaceSynonyms.apply('Fix a crash in the checkout.', ctx(3, [profile('packages/web')], table));
    assert.ok(r);
    assert.match(r.text, /^(Repair|Fix) a (failure|crash) in the checkout\.$/);
    assert.notEqual(r.text, 'Fix a crash in the checkout.');
    assert.match(r.detail, /^(repo|wordnet|repo\+wordnet)$/);
  });
  it('never replaces an identifier of the target module or text inside code', () => {
    for (let seed = 0; seed < 20; seed++) {
      const r = replaceSynonyms.apply('The client in `fix crash` is slow.', ctx(seed, [profile('packages/api-client')], table));
      assert.equal(r, undefined); // "client" names the module, the rest is code
    }
  });
  it('builds first-sense WordNet synonyms and repository-vocabulary ones', async () => {
    const lookup = async (w: string) =>
      w === 'fix' ? [{ pos: 'n', synonyms: ['hole', 'jam'] }, { pos: 'v', synonyms: ['fix', 'repair', 'mend'] }, { pos: 'v', synonyms: ['patch'] }] : [];
    const t = await buildSynonymTable(['fix', 'config'], new Set(['patch', 'configuration']), lookup);
    assert.deepEqual(t.get('fix'), { wordnet: ['repair', 'mend'], repo: ['patch'] });
    assert.deepEqual(t.get('config'), { wordnet: [], repo: ['configuration'] });
  });
  it('reads the offline WordNet', async () => {
    const t = await buildSynonymTable(['fix', 'broken'], new Set(), await wordnetLookup());
    assert.ok(t.get('fix')?.wordnet.length, 'fix has verb synonyms');
    assert.ok(t.get('fix')?.wordnet.every((w) => /^[a-z]+$/.test(w)));
  });
});

describe('restructure', () => {
  const t = restructureTransforms;
  it('switches voice both ways', () => {
    assert.equal(t.voice?.('Refactor the date picker to reduce duplication.'), 'The date picker should be refactored to reduce duplication.');
    assert.equal(t.voice?.('The date picker should be refactored to reduce duplication.'), 'Refactor the date picker to reduce duplication.');
    assert.equal(t.voice?.('Split the http client into smaller functions.'), 'The http client should be split into smaller functions.');
  });
  it('moves the subordinate clause both ways', () => {
    assert.equal(t['clause-order']?.('The http client throws an error if the value is undefined.'), 'If the value is undefined, the http client throws an error.');
    assert.equal(t['clause-order']?.('If the value is undefined, the http client throws an error.'), 'The http client throws an error if the value is undefined.');
  });
  it('turns questions into requests and requests into questions', () => {
    assert.equal(t['question-to-imperative']?.('Where is token refresh handled?'), 'Show me where token refresh is handled.');
    assert.equal(t['question-to-imperative']?.('Which part of the code deals with checkout?'), 'Name the part of the code that deals with checkout.');
    assert.equal(t['question-to-imperative']?.('Where do we implement checkout?'), 'Tell me where we implement checkout.');
    assert.match(t['imperative-to-question']?.('Fix a crash in checkout.') ?? '', /^(Can you|Could we|Would it be possible to) fix a crash in checkout\?$/);
  });
  it('the operator rewrites only the last sentence and says which transform ran', () => {
    const r = restructureSentence.apply('We ship on Friday. Where is token refresh handled?', ctx(1));
    assert.deepEqual(r, { text: 'We ship on Friday. Show me where token refresh is handled.', detail: 'question-to-imperative' });
    assert.equal(restructureSentence.apply('Hello there', ctx(1)), undefined);
  });
});

describe('doc text', () => {
  it('keeps a markdown link\'s text and drops URLs, whose words are no words of a request', () => {
    assert.equal(
      cleanDoc('See [the spec](https://example.com/rfc/6265#section-4) and https://github.com/acme/api/issues/12 or <https://acme.dev/x>, www.acme.dev too.'),
      'See the spec and or , too.',
    );
    assert.equal(cleanDoc('Parses cookies (RFC 6265).'), 'Parses cookies (RFC 6265).');
  });
});

describe('drop-identifiers', () => {
  it('removes module names, symbol identifiers and humanized symbol names', () => {
    const api = profile('packages/api-client');
    for (let seed = 0; seed < 10; seed++) {
      const r = dropIdentifiers.apply('The `HttpClient` in api-client retries too often; refresh token also fails in the api client.', ctx(seed, [api]));
      assert.ok(r);
      for (const leaked of ['httpclient', 'api-client', 'refresh token', 'api client']) assert.ok(!r.text.toLowerCase().includes(leaked), `${leaked} in ${r.text}`);
      assert.ok(!wordsOf(r.text).some((w) => api.identifiers.has(w)), r.text);
      assert.match(r.text, /retries too often/);
    }
  });
  it('does not apply when the text names nothing of the module', () => {
    assert.equal(dropIdentifiers.apply('Make the thing faster.', ctx(1, [profile('packages/api-client')])), undefined);
  });
  it('does not apply when nothing about the module would be left', () => {
    const api = profile('packages/api-client');
    // Only names: "Fix that component in this feature" would teach the model noise.
    assert.equal(dropIdentifiers.apply('Fix the `HttpClient` in api-client.', ctx(1, [api])), undefined);
    // A word of what the module does survives, so the copy is made.
    const kept = dropIdentifiers.apply('Fix the `HttpClient` timeouts in api-client.', ctx(1, [api]));
    assert.ok(kept);
    assert.match(kept.text, /timeouts/);
    assert.doesNotMatch(kept.text, /HttpClient|api-client/);
  });
});

describe('noise', () => {
  it('introduces one or two small typos, keeps the word count and never touches code', () => {
    for (let seed = 0; seed < 30; seed++) {
      const text = 'Checkout crashes when `renderCheckout` receives an empty basket';
      const r = addNoise.apply(text, ctx(seed));
      assert.ok(r);
      assert.equal(r.text.split(' ').length, text.split(' ').length);
      assert.match(r.text, /`rendercheckout`|`renderCheckout`/i);
      const changed = r.text.split(' ').filter((w, i) => w.toLowerCase() !== text.split(' ')[i]?.toLowerCase()).length;
      if (r.detail.includes('typo')) assert.ok(changed >= 1 && changed <= 2, `${changed}: ${r.text}`);
      else assert.equal(r.detail, 'casing');
    }
  });
  it('a typo is an edit of one or two letters', () => {
    for (let s = 0; s < 20; s++) {
      const w = typo('checkout', mulberry32(s));
      assert.ok(Math.abs(w.length - 8) <= 1 && w !== 'checkout' ? true : w.length === 8, w);
      assert.equal(w[0], 'c');
    }
  });
});

describe('augmentPrompt', () => {
  it('records every operator it applied and is deterministic for a seed', () => {
    const table = new Map([['crash', { wordnet: ['failure'], repo: [] }]]);
    const run = (seed: number) => augmentPrompt('Fix a crash in the api client when the value is undefined.', { rng: rngFor(seed, 'k'), targets: [profile('packages/api-client')], synonyms: table });
    for (let seed = 0; seed < 20; seed++) {
      const a = run(seed);
      assert.deepEqual(run(seed), a);
      assert.ok(a && a.operators.length >= 1);
      assert.notEqual(a.text, 'Fix a crash in the api client when the value is undefined.');
      for (const op of a.operators) assert.match(op, /^(drop-identifiers|synonyms|restructure|enrich|noise):[\w+-]+$/);
    }
  });
});
