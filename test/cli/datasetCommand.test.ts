import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { tempDir, useFixture } from '../helpers/gitFixture.ts';
import { assertNoStack, runCli } from '../helpers/runCli.ts';

describe('modroute dataset', () => {
  let repo: string;
  before(() => {
    repo = useFixture('ts-monorepo-history');
    const r = runCli(['index', repo, '--quiet']);
    assert.equal(r.code, 0, r.stderr);
  });
  const dataset = (args: string[]) => runCli(['dataset', '--repo', repo, '--no-wordnet', ...args]);

  it('writes every format by default, with a card and a manifest, deterministically for a seed', () => {
    const parent = tempDir();
    const a = dataset(['--out', join(parent, 'a'), '--seed', '5', '--json']);
    assert.equal(a.code, 0, a.stderr);
    const report = JSON.parse(a.stdout) as { stats: { total: number; splits: Record<string, number> }; written: { files: string[] } };
    assert.ok(report.stats.total > 50);
    assert.equal(report.written.files.length, 14);
    const card = readFileSync(join(parent, 'a', 'README.md'), 'utf8');
    assert.match(card, /^# modroute dataset: /);
    assert.match(card, /\| train \| \d+ \|/);
    // An ordinary folder (mkdir's mode under the umask), not the private one its temporary staging was.
    assert.equal(statSync(join(parent, 'a')).mode & 0o777, 0o777 & ~process.umask());
    const b = dataset(['--out', join(parent, 'b'), '--seed', '5', '--quiet']);
    assert.equal(b.code, 0, b.stderr);
    for (const f of ['chat/train.jsonl', 'internal/test.jsonl', 'alpaca/val.json']) {
      assert.equal(readFileSync(join(parent, 'b', f), 'utf8'), readFileSync(join(parent, 'a', f), 'utf8'), f);
    }
    const chat = readFileSync(join(parent, 'a', 'chat', 'train.jsonl'), 'utf8').trimEnd().split('\n');
    const first = JSON.parse(chat[0] as string) as { messages: { role: string; content: string }[] };
    assert.match(first.messages[2]?.content ?? '', /^<think>\n[\s\S]+\n<\/think>\nANSWER: packages\/[a-z-]+/);
  });

  it('--format picks formats; history commits become examples', () => {
    const out = join(tempDir(), 'ds');
    const r = dataset(['--out', out, '--format', 'internal,chat', '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /internal\/train\.jsonl/);
    assert.doesNotMatch(r.stdout, /sharegpt/);
    // --quiet prints the written paths alone, one per line: no table header, nothing on stderr.
    assert.ok(r.stdout.trimEnd().split('\n').every((l) => l.startsWith(`${out}/`)), r.stdout);
    assert.equal(r.stderr, '');
    const all = ['train', 'val', 'test'].flatMap((s) => readFileSync(join(out, 'internal', `${s}.jsonl`), 'utf8').trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { source: string; prompt: string }));
    assert.ok(all.some((e) => e.source === 'history' && /retry requests on 503/i.test(e.prompt)));
  });

  it('stats prints the card and --preview prints examples, writing nothing', () => {
    const s = dataset(['stats']);
    assert.equal(s.code, 0, s.stderr);
    assert.match(s.stdout, /## Splits[\s\S]*## By source[\s\S]*## Prompt length/);
    const p = dataset(['--preview', '3']);
    assert.equal(p.code, 0, p.stderr);
    assert.equal(p.stdout.match(/^### /gm)?.length, 3);
    assert.equal(p.stdout.match(/`ANSWER: /g)?.length, 3);
  });

  it('an unknown format: exit 2 with the known ones', () => {
    const r = dataset(['--out', join(tempDir(), 'x'), '--format', 'parquet']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown dataset format: parquet/);
    assert.match(r.stderr, /chat, sharegpt, alpaca, internal/);
    assertNoStack(r.stderr);
  });

  it('an unwritable output directory: exit 2, and an existing non-dataset directory is left alone', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    const r = dataset(['--out', join(dir, 'file', 'sub')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Cannot write the dataset/);
    assertNoStack(r.stderr);
    const s = dataset(['--out', dir]);
    assert.equal(s.code, 2);
    assert.match(s.stderr, /not a modroute dataset/);
    assert.equal(readFileSync(join(dir, 'file'), 'utf8'), 'x');
  });

  it('no --out, an unknown action or a bad flag value: exit 2', () => {
    assert.equal(dataset([]).code, 2);
    assert.match(dataset([]).stderr, /--out DIR/);
    assert.equal(dataset(['build']).code, 2);
    assert.equal(dataset(['stats', '--seed', '-3']).code, 2);
    // dataset, train and model take the same seeds: any 32-bit unsigned integer.
    assert.match(dataset(['stats', '--seed', '4294967296']).stderr, /--seed must be an integer from 0 to 4294967295/);
    assert.equal(dataset(['stats', '--seed', '4294967295']).code, 0);
    assert.match(runCli(['train', '--repo', repo, '--seed', '1e3']).stderr, /--seed must be an integer from 0 to 4294967295/);
    assert.equal(dataset(['stats', '--long', 'maybe']).code, 2);
  });

  it('--candidates K puts the lexical top K cards in every prompt and says how often they held the gold', () => {
    const out = join(tempDir(), 'ds');
    const r = dataset(['--out', out, '--format', 'chat', '--candidates', '3', '--candidates-gold', 'ensure', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { stats: { total: number }; candidates: { k: number; gold: string; examples: number; goldInShortlist: number; goldInserted: number } };
    assert.equal(report.candidates.k, 3);
    assert.equal(report.candidates.examples, report.stats.total);
    assert.ok(report.candidates.goldInShortlist > 0 && report.candidates.goldInShortlist <= report.candidates.examples);
    const rows = readFileSync(join(out, 'chat', 'train.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { messages: { content: string }[] });
    const withCards = rows.filter((row) => /\n\nCandidate modules:\n- /.test(row.messages[1]?.content ?? ''));
    assert.ok(withCards.length > 0.8 * rows.length, `${withCards.length} of ${rows.length}`);
    // ensure: every train prompt that has cards lists its gold module(s) among them
    for (const row of withCards) {
      const gold = (row.messages[2]?.content ?? '').split('ANSWER: ')[1]?.split(', ') ?? [];
      const cards = (row.messages[1]?.content ?? '').split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).split(':')[0]);
      assert.ok(gold.every((g) => cards.includes(g)), `${gold.join(', ')} not in ${cards.join(', ')}`);
    }
    assert.match(readFileSync(join(out, 'README.md'), 'utf8'), /Candidate modules:` and the lexical top 3 cards/);
    assert.equal(dataset(['stats', '--candidates-gold', 'sometimes']).code, 2);
  });

  it('without an index: exit 2', () => {
    const r = runCli(['dataset', '--repo', tempDir(), '--out', join(tempDir(), 'x')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /No modroute index/);
  });
});
