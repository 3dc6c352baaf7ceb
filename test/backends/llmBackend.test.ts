import assert from 'node:assert/strict';
import { truncateSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Backend, BackendContext } from '../../src/backends/Backend.ts';
import { modelFileAvailability, validateModel } from '../../src/backends/llm/checkModelFile.ts';
import { createLlamaDriver } from '../../src/backends/llm/createLlamaDriver.ts';
import { createLlmBackend, llmAvailability } from '../../src/backends/llm/createLlmBackend.ts';
import { parseLlmOptions } from '../../src/backends/llm/llmOptions.ts';
import { routingMessages } from '../../src/backends/llm/prompt.ts';
import { AdapterMismatchError, GgufFormatError, ModelFileError, PromptTooLongError } from '../../src/errors.ts';
import type { Model } from '../../src/llm/TinyModel.ts';
import { sampleGraph, tempDir, writeTinyAdapter, writeTinyModel } from '../helpers/llmFixtures.ts';
import { randomQueries } from '../helpers/randomQueries.ts';

// Threads: 1. A model this small gains nothing from a second thread, and on a busy 2-core machine
// ggml's threads waiting for each other made 2 threads ~100x slower.
const cpu = { threads: 1, gpu: false } as const;

describe('llm backend on a tiny model', () => {
  const dir = tempDir();
  let model: Model;
  let modelPath: string;
  const small = sampleGraph(); // 8 ids: every id is scored
  const large = sampleGraph(60); // 68 ids: grammar-constrained greedy answer + shortlist scored
  const ctxFor = (graph = small, options: Record<string, unknown> = {}): BackendContext => ({ graph, storeDir: dir, options: { model: modelPath, ...cpu, ...options } });
  const open: Backend[] = [];
  const create = async (graph = small, options: Record<string, unknown> = {}) => {
    const b = await createLlmBackend(ctxFor(graph, options));
    open.push(b);
    return b;
  };

  before(async () => {
    ({ model, path: modelPath } = await writeTinyModel(dir, 'qwen3', 3));
  });
  after(async () => {
    for (const b of open) await b.dispose?.();
  });

  it('is available only with a readable GGUF model configured', () => {
    assert.equal(llmAvailability({}).ok, false);
    assert.match(llmAvailability({}).reason ?? '', /no model configured/);
    assert.deepEqual(llmAvailability({ model: modelPath }), { ok: true });
    assert.match(llmAvailability({ model: join(dir, 'nope.gguf') }).reason ?? '', /ENOENT/);
  });

  it('every answer is a valid, distinct module id, for plausible and garbage queries (all ids scored)', async () => {
    const backend = await create();
    const valid = new Set<string>(small.modules.map((m) => m.id));
    for (const [i, q] of randomQueries(40, 5).entries()) {
      const top = 1 + (i % 5);
      const r = await backend.ask(q, { top });
      assert.equal(r.modules.length, top, q);
      assert.ok(r.modules.every((m) => valid.has(m.id)), `invalid id for ${JSON.stringify(q)}: ${r.modules.map((m) => m.id).join(', ')}`);
      assert.equal(new Set(r.modules.map((m) => m.id)).size, top);
      const scores = r.modules.map((m) => m.score);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'ranked by log-probability');
    }
  });

  it('every answer is a valid id under the grammar (greedy constrained decoding, many ids)', async () => {
    const backend = await create(large, { scoreAllUpTo: 0 });
    const valid = new Set<string>(large.modules.map((m) => m.id));
    for (const [i, q] of randomQueries(40, 9).entries()) {
      const top = i % 2 ? 1 : 3;
      const r = await backend.ask(q, { top });
      assert.equal(r.modules.length, top, q);
      assert.ok(r.modules.every((m) => valid.has(m.id)), `invalid id for ${JSON.stringify(q)}`);
      assert.deepEqual(r.warnings, [], 'the grammar-constrained answer is always a complete id');
    }
  });

  it('top-1 with all ids scored is the argmax of the log-probabilities', async () => {
    const backend = await create();
    const one = await backend.ask('fix the retry in the http client', { top: 1 });
    const all = await backend.ask('fix the retry in the http client', { top: small.modules.length });
    assert.equal(one.modules[0]?.id, all.modules[0]?.id);
    // F16 KV cache: the same tokens evaluated in other batches differ in the 5th digit
    assert.ok(Math.abs((one.modules[0]?.score ?? 0) - (all.modules[0]?.score ?? 1)) < 1e-3);
  });

  it('a LoRA adapter changes the answers; at scale 0 it changes nothing', async () => {
    const base = await create();
    const adapter = await writeTinyAdapter(dir, model, 11, 4);
    const adapted = await create(small, { lora: [`${adapter}:1`] });
    const off = await create(small, { lora: [{ path: adapter, scale: 0 }] });
    let changed = 0;
    for (const q of randomQueries(6, 2)) {
      const a = await base.ask(q, { top: 3 });
      const b = await adapted.ask(q, { top: 3 });
      const c = await off.ask(q, { top: 3 });
      if (JSON.stringify(a.modules.map((m) => m.id)) !== JSON.stringify(b.modules.map((m) => m.id))) changed++;
      assert.notEqual(a.modules[0]?.score, b.modules[0]?.score);
      assert.deepEqual(c.modules.map((m) => m.id), a.modules.map((m) => m.id));
      assert.ok(Math.abs((c.modules[0]?.score ?? 0) - (a.modules[0]?.score ?? 0)) < 1e-3);
    }
    assert.ok(changed > 0, 'the adapter changed no ranking');
  });

  it('--think: reasoning stays within the budget and becomes the explanation', async () => {
    const ids: string[] = small.modules.map((m) => m.id);
    const driver = await createLlamaDriver(parseLlmOptions({ model: modelPath, ...cpu }), ids);
    try {
      const messages = routingMessages('/tmp/repo', 'fix the retry in the http client');
      for (const budget of [1, 7, 20]) {
        const c = await driver.choose(messages, { top: 2, thinkTokens: budget, candidates: [] });
        assert.ok(c.tokens <= budget, `${c.tokens} reasoning tokens > budget ${budget}`);
        assert.equal(typeof c.reasoning, 'string');
        assert.ok(ids.includes(c.ranked[0]?.id ?? ''));
      }
      const none = await driver.choose(messages, { top: 1, thinkTokens: 0, candidates: [] });
      assert.equal(none.reasoning, undefined);
      assert.equal(none.tokens, 0);
    } finally {
      await driver.dispose();
    }
    const backend = await create(small, { think: 12 });
    const r = await backend.ask('date picker shows week numbers', { top: 2 });
    assert.match(r.modules[0]?.reason ?? '', /reasoning: /);
    assert.equal(typeof r.modules[0]?.evidence?.reasoning, 'string');
  });

  it('trims candidate cards to fit the context, then fails with the numbers', async () => {
    const backend = await create(large, { shortlist: 40, contextSize: 160, scoreAllUpTo: 0 });
    const r = await backend.ask('packages generated number http client', { top: 1 });
    assert.ok(r.warnings.some((w) => /candidate cards were left out/.test(w)), r.warnings.join('\n'));
    await assert.rejects(backend.ask('retry '.repeat(400), { top: 1 }), PromptTooLongError);
  });

  it('refuses bad model files with named errors', async () => {
    const missing = join(dir, 'missing.gguf');
    await assert.rejects(createLlmBackend(ctxFor(small, { model: missing })), ModelFileError);
    const text = join(dir, 'notes.gguf');
    writeFileSync(text, 'this is not a model\n'.repeat(10));
    assert.match(modelFileAvailability(text).reason ?? '', /not a GGUF file/);
    await assert.rejects(createLlmBackend(ctxFor(small, { model: text })), (e: unknown) => e instanceof GgufFormatError && e.reason === 'not-gguf');
    const cut = join(dir, 'cut.gguf');
    copyFileSync(modelPath, cut);
    truncateSync(cut, Math.floor(statSync(cut).size / 2));
    await assert.rejects(createLlmBackend(ctxFor(small, { model: cut })), (e: unknown) => e instanceof GgufFormatError && e.reason === 'truncated');
    const adapterOnly = await writeTinyAdapter(dir, model, 5);
    await assert.rejects(createLlmBackend(ctxFor(small, { model: adapterOnly })), /GGUF adapter, not a model/);
  });

  it('checks memory before loading, with the numbers', async () => {
    await assert.rejects(validateModel(modelPath, [], 512, 100_000), (e: unknown) => e instanceof ModelFileError && /needs about .* \(weights .* \+ KV cache .* for 512 tokens\), only 0\.1 MiB of memory is free/.test(e.message));
    assert.match(modelFileAvailability(modelPath, 1000).reason ?? '', /only 0\.0 MiB of memory is free/);
  });

  it('refuses an adapter made for another base model', async () => {
    const other = await writeTinyModel(dir, 'qwen3', 4, { feedForwardLength: 96 });
    const wrongShape = await writeTinyAdapter(dir, other.model, 6);
    await assert.rejects(createLlmBackend(ctxFor(small, { lora: [wrongShape] })), (e: unknown) => e instanceof AdapterMismatchError && /ffn_(gate|up|down)\.weight\.lora_[ab] has dims/.test(e.message));
    const llamaModel = await writeTinyModel(dir, 'llama', 4);
    const wrongArch = await writeTinyAdapter(dir, llamaModel.model, 7);
    await assert.rejects(createLlmBackend(ctxFor(small, { lora: [wrongArch] })), /for architecture llama, the model is qwen3/);
  });
});
