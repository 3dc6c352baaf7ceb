import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeTinyModelFile } from '../../src/api/makeTinyModel.ts';
import { readModel } from '../../src/llm/readModel.ts';
import { assertNoStack, runCli } from '../helpers/runCli.ts';
import { llmTempDir } from './tinyModelFiles.ts';

describe('modroute model tiny', () => {
  it('writes a loadable qwen3 model and prints its summary with --json', () => {
    const dir = llmTempDir();
    const out = join(dir, 'tiny.gguf');
    const r = runCli(['model', 'tiny', '--arch', 'qwen3', '--out', out, '--seed', '5', '--json']);
    assertNoStack(r.stderr);
    assert.equal(r.code, 0, r.stderr);
    const summary = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.deepEqual(
      [summary.architecture, summary.type, summary.contextLength, summary.blockCount, summary.tensorCount, summary.tokenizer],
      ['qwen3', 'model', 512, 2, 25, 'gpt2'],
    );
    assert.equal(summary.fileSize, readFileSync(out).length);
  });

  it('replaces an existing file and leaves no temporary file behind', () => {
    const dir = llmTempDir();
    const out = join(dir, 'm.gguf');
    writeFileSync(out, 'an old model');
    const r = runCli(['model', 'tiny', '--arch', 'llama', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /wrote .*m\.gguf: llama model, \d+ parameters, vocabulary \d+, context 512/);
    assert.equal(readFileSync(out).subarray(0, 4).toString(), 'GGUF');
    assert.deepEqual(readdirSync(dir), ['m.gguf']);
  });

  it('bad input exits 2 with a message, not a stack', () => {
    const dir = llmTempDir();
    const cases: [string[], RegExp][] = [
      [['--out', join(dir, 'no', 'such', 'dir', 'm.gguf')], /Cannot write .*m\.gguf \(ENOENT\)/],
      [['--out', dir], /Cannot write .* \(EISDIR\)/],
      [['--arch', 'gpt2', '--out', join(dir, 'a.gguf')], /Allowed choices are llama, qwen3/],
      [['--seed', '1.5', '--out', join(dir, 'b.gguf')], /--seed must be an integer/],
      [[], /required option '--out <file>'/],
      [['--out', join(dir, 'c.gguf'), '--vocab-extra', join(dir, 'missing.txt')], /Cannot read --vocab-extra file/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(['model', 'tiny', ...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assertNoStack(r.stderr);
    }
    assert.deepEqual(readdirSync(dir), []);
  });

  it('--vocab-extra teaches the tokenizer merges from the given text', async () => {
    const dir = llmTempDir();
    const extra = join(dir, 'ids.txt');
    writeFileSync(extra, 'zqxjkv zqxjkv zqxjkv zqxjkv zqxjkv zqxjkv zqxjkv zqxjkv\n'.repeat(20));
    await makeTinyModelFile({ arch: 'qwen3', out: join(dir, 'plain.gguf') });
    await makeTinyModelFile({ arch: 'qwen3', out: join(dir, 'extra.gguf'), vocabExtraFile: extra });
    const has = async (file: string) => (await readModel(join(dir, file))).tokenizer.tokens.includes('Ġzqxjkv');
    assert.equal(await has('plain.gguf'), false);
    assert.equal(await has('extra.gguf'), true);
    assert.ok(existsSync(join(dir, 'extra.gguf')));
  });
});
