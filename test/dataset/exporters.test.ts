import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parseAnswerLine } from '../../src/dataset/DatasetExample.ts';
import { exporterRegistry, formatNames } from '../../src/dataset/exporters/exporterRegistry.ts';
import { systemPrompt } from '../../src/dataset/routingChat.ts';
import { generateDataset, type Dataset } from '../../src/dataset/generateDataset.ts';
import { MANIFEST, writeDataset } from '../../src/dataset/writeDataset.ts';
import { UsageError } from '../../src/errors.ts';
import { tempDir } from '../helpers/gitFixture.ts';
import { fixtureCommits, fixtureGraph } from './fixtureGraph.ts';

const ctx = { repoName: 'fixture-repo' };
const THINK = /^<think>\n([\s\S]+)\n<\/think>\n(ANSWER: .+)$/;

describe('exporters parse in their documented schemas', () => {
  let ds: Dataset;
  before(async () => {
    ds = await generateDataset(fixtureGraph({ commits: fixtureCommits() }), { wordnet: false }, async () => []);
  });
  const sample = () => ds.examples.filter((e) => e.split === 'train').slice(0, 50);

  it('chat: one {messages:[system,user,assistant]} per line; assistant = <think>reasoning</think> + answer line', () => {
    const lines = exporterRegistry.chat.render(sample(), ctx).trimEnd().split('\n');
    assert.equal(lines.length, 50);
    lines.forEach((line, i) => {
      const row = JSON.parse(line) as { messages: { role: string; content: string }[] };
      assert.deepEqual(Object.keys(row), ['messages']);
      assert.deepEqual(row.messages.map((m) => m.role), ['system', 'user', 'assistant']);
      assert.equal(row.messages[0]?.content, systemPrompt('fixture-repo'));
      assert.equal(row.messages[1]?.content, sample()[i]?.prompt);
      const m = THINK.exec(row.messages[2]?.content ?? '');
      assert.ok(m, row.messages[2]?.content);
      assert.equal(m[1], sample()[i]?.reasoning);
      assert.deepEqual(parseAnswerLine(m[2] as string), sample()[i]?.targets);
    });
  });

  it('sharegpt: an array of {conversations:[system,human,gpt]}', () => {
    const rows = JSON.parse(exporterRegistry.sharegpt.render(sample(), ctx)) as { conversations: { from: string; value: string }[] }[];
    assert.equal(rows.length, 50);
    for (const [i, r] of rows.entries()) {
      assert.deepEqual(r.conversations.map((c) => c.from), ['system', 'human', 'gpt']);
      assert.equal(r.conversations[1]?.value, sample()[i]?.prompt);
      assert.match(r.conversations[2]?.value ?? '', THINK);
    }
  });

  it('alpaca: an array of {instruction,input,output,system}', () => {
    const rows = JSON.parse(exporterRegistry.alpaca.render(sample(), ctx)) as Record<string, string>[];
    assert.equal(rows.length, 50);
    for (const [i, r] of rows.entries()) {
      assert.deepEqual(Object.keys(r).sort(), ['input', 'instruction', 'output', 'system']);
      assert.equal(r.input, sample()[i]?.prompt);
      assert.match(r.output ?? '', THINK);
    }
  });

  it('internal: the full record per line, round-tripping', () => {
    const lines = exporterRegistry.internal.render(sample(), ctx).trimEnd().split('\n');
    assert.deepEqual(lines.map((l) => JSON.parse(l)), sample());
  });

  it('an empty split renders as an empty file or an empty array', () => {
    assert.equal(exporterRegistry.chat.render([], ctx), '');
    assert.deepEqual(JSON.parse(exporterRegistry.sharegpt.render([], ctx)), []);
  });

  it('writeDataset writes every format per split, the card and the manifest', () => {
    const out = join(tempDir(), 'ds');
    const w = writeDataset(out, ds, formatNames, ctx, { card: '# card', manifest: { ok: true } });
    assert.equal(w.files.length, formatNames.length * 3 + 2);
    assert.deepEqual(readdirSync(out).sort(), ['README.md', 'alpaca', 'chat', 'dataset.json', 'internal', 'sharegpt']);
    const n = readFileSync(join(out, 'internal', 'test.jsonl'), 'utf8').trimEnd().split('\n').length;
    assert.equal(n, ds.examples.filter((e) => e.split === 'test').length);
  });

  it('an interrupted write leaves the previous output intact and no temp dir behind', () => {
    const parent = tempDir();
    const out = join(parent, 'ds');
    writeDataset(out, ds, ['chat'], ctx, { card: '# first', manifest: { run: 1 } });
    // An unknown exporter throws halfway through the write.
    assert.throws(() => writeDataset(out, ds, ['chat', 'nope' as never], ctx, { card: '# second', manifest: { run: 2 } }));
    assert.equal(readFileSync(join(out, 'README.md'), 'utf8'), '# first');
    assert.deepEqual(JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')), { run: 1 });
    assert.deepEqual(readdirSync(parent), ['ds']);
    writeDataset(out, ds, ['alpaca'], ctx, { card: '# third', manifest: { run: 3 } });
    assert.ok(!existsSync(join(out, 'chat')), 'a re-run replaces the previous dataset whole');
  });

  it('refuses to replace a directory that is not a dataset, or a file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'notes.txt'), 'keep me');
    assert.throws(() => writeDataset(join(dir, 'mine'), ds, ['chat'], ctx, { card: '', manifest: {} }), (e: unknown) => e instanceof UsageError && e.exitCode === 2);
    assert.equal(readFileSync(join(dir, 'mine', 'notes.txt'), 'utf8'), 'keep me');
    assert.throws(() => writeDataset(join(dir, 'mine', 'notes.txt'), ds, ['chat'], ctx, { card: '', manifest: {} }), /is a file/);
    assert.throws(() => writeDataset(join(dir, 'mine', 'notes.txt', 'sub'), ds, ['chat'], ctx, { card: '', manifest: {} }), /Cannot write the dataset/);
  });
});
