import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ControlledEvaluateInputItem, Llama, LlamaContextOptions, LlamaModel, Token } from 'node-llama-cpp';
import { forward, type ForwardOptions } from '../../src/llm/forward.ts';
import { loraToGguf, readLora } from '../../src/llm/loraGguf.ts';
import { makeRandomLora } from '../../src/llm/makeRandomLora.ts';
import { readModel } from '../../src/llm/readModel.ts';
import type { Model, TinyArchitecture } from '../../src/llm/TinyModel.ts';
import { createTextCodec } from '../../src/llm/tokenizer/encodeText.ts';
import { writeGguf } from '../../src/llm/writeGguf.ts';
import { llmTempDir, logSoftmax, writeTinyModel } from './tinyModelFiles.ts';

// Logit parity needs an F32 KV cache and no flash attention (the F16 defaults differ by ~5e-2).
// Threads are always explicit, and 1: a model this small gains nothing from a second thread, and
// while other processes kept both cores busy, 2 threads took 10 s for 24 tokens and 1 took 50 ms
// (ggml's worker threads wait for each other at every op).
const exactContext = { contextSize: 256, threads: 1, flashAttention: false, experimentalKvCacheKeyType: 'F32', experimentalKvCacheValueType: 'F32' } as const satisfies LlamaContextOptions;
const texts = [
  'Which module handles the HTTP client retry logic?',
  'export function createIndex(store) {\n  return 42;\n}',
  "<|im_start|>user\nAdd <think>x</think> it's 2024!<|im_end|>\n<|im_start|>assistant\n",
];
const archs: TinyArchitecture[] = ['llama', 'qwen3'];

/**
 * llama.cpp's next-token log-probabilities after every position. controlledEvaluate returns
 * probabilities, not raw logits; with temperature 1 and every filter off they are softmax(logits),
 * so they equal the reference log-softmax, i.e. the logits up to the per-position constant a
 * softmax cannot see.
 */
async function llamaLogProbs(model: LlamaModel, tokens: number[], vocabSize: number, context: Partial<LlamaContextOptions> = {}): Promise<Float64Array[]> {
  const ctx = await model.createContext({ ...exactContext, ...context });
  try {
    const items = tokens.map((t): ControlledEvaluateInputItem => [t as Token, { generateNext: { probabilities: true, options: { temperature: 1, topK: 0, topP: 1, minP: 0 } } }]);
    const results = await ctx.getSequence().controlledEvaluate(items);
    return results.map((r, pos) => {
      const probs = r?.next.probabilities;
      assert.ok(probs, `no probabilities at position ${pos}`);
      assert.equal(probs.size, vocabSize, 'llama.cpp sees the whole vocabulary');
      return Float64Array.from({ length: vocabSize }, (_, id) => Math.log(probs.get(id as Token) ?? 0));
    });
  } finally {
    await ctx.dispose();
  }
}

function maxAbsDiff(ours: Float32Array[], theirs: Float64Array[]): number {
  assert.equal(ours.length, theirs.length);
  let max = 0;
  ours.forEach((logits, pos) => {
    const a = logSoftmax(logits);
    const b = theirs[pos] as Float64Array;
    assert.equal(a.length, b.length);
    for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  });
  return max;
}

describe('tiny models in llama.cpp (node-llama-cpp)', () => {
  let llama: Llama;
  const dir = llmTempDir();
  const loaded = new Map<TinyArchitecture, { model: Model; path: string; llamaModel: LlamaModel; fromFile: Model }>();

  before(async () => {
    const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
    llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1, logLevel: LlamaLogLevel.error });
    for (const arch of archs) {
      const { model, path } = await writeTinyModel(dir, arch);
      const started = performance.now();
      const llamaModel = await llama.loadModel({ modelPath: path });
      loaded.set(arch, { model, path, llamaModel, fromFile: await readModel(path) });
      process.stderr.write(`# ${arch}: loadModel ${(performance.now() - started).toFixed(0)} ms\n`);
    }
  });
  after(async () => {
    for (const { llamaModel } of loaded.values()) await llamaModel.dispose();
    await llama?.dispose();
  });
  const get = (arch: TinyArchitecture) => loaded.get(arch) ?? assert.fail(`${arch} not loaded`);

  for (const arch of archs) {
    it(`${arch}: loads with the written hyperparameters and generates tokens`, async () => {
      const { model, llamaModel } = get(arch);
      assert.equal(llamaModel.trainContextSize, 512);
      assert.equal(llamaModel.fileInfo.metadata.general.architecture, arch);
      const { LlamaCompletion } = await import('node-llama-cpp');
      const ctx = await llamaModel.createContext({ contextSize: 256, threads: 1 });
      try {
        const started = performance.now();
        const completion = new LlamaCompletion({ contextSequence: ctx.getSequence() });
        let generated = 0;
        await completion.generateCompletion('Which module', { maxTokens: 12, temperature: 0, onToken: (t) => void (generated += t.length) });
        process.stderr.write(`# ${arch}: ${generated} tokens generated in ${(performance.now() - started).toFixed(0)} ms\n`);
        assert.ok(generated >= 1, 'generated no token');
      } finally {
        await ctx.dispose();
      }
    });

    it(`${arch}: the TS tokenizer matches llama.cpp's and text round-trips`, () => {
      const { model, llamaModel } = get(arch);
      const codec = createTextCodec(model.tokenizer);
      for (const text of [...texts, 'Fix   the  bug\n\n\tin src/graph (twice) ', "you're we'll I'D 1234567"]) {
        for (const special of [false, true]) {
          const ours = codec.encode(text, { special });
          assert.deepEqual(ours, Array.from(llamaModel.tokenize(text, special)), `${JSON.stringify(text)} special=${special}`);
          assert.equal(llamaModel.detokenize(ours as Token[], special), text);
          assert.equal(codec.decode(ours, { special }), text);
        }
      }
      // Merges are real: ordinary words take fewer tokens than bytes.
      assert.ok(codec.encode(texts[0] ?? '').length < (texts[0] ?? '').length / 2);
    });

    it(`${arch}: the reference forward pass matches llama.cpp's logits (max abs diff <= 1e-3)`, async () => {
      const { model, llamaModel, fromFile } = get(arch);
      const codec = createTextCodec(model.tokenizer);
      let worst = 0;
      for (const text of texts) {
        const tokens = codec.encode(text, { special: true });
        const theirs = await llamaLogProbs(llamaModel, tokens, model.config.vocabSize);
        const diff = maxAbsDiff(forward(fromFile, tokens), theirs);
        worst = Math.max(worst, diff);
        assert.ok(diff <= 1e-3, `${JSON.stringify(text)}: max abs diff ${diff}`);
        // The check can fail: a different model's logits are far off.
        const other = get(arch === 'llama' ? 'qwen3' : 'llama').model;
        assert.ok(maxAbsDiff(forward(other, tokens), theirs) > 0.1);
      }
      process.stderr.write(`# ${arch}: logit parity max abs diff ${worst.toExponential(2)}\n`);
    });

    it(`${arch}: the model read back from GGUF equals the one written`, () => {
      const { model, fromFile } = get(arch);
      assert.deepEqual(fromFile.config, model.config);
      assert.deepEqual(fromFile.tokenizer, model.tokenizer);
      assert.deepEqual([...fromFile.weights.keys()].sort(), [...model.weights.keys()].sort());
      for (const [name, w] of model.weights) assert.deepEqual(fromFile.weights.get(name), w, name);
    });

    it(`${arch}: a LoRA adapter written here loads, changes the logits, and matches the forward pass`, async () => {
      const { model, llamaModel } = get(arch);
      const adapter = makeRandomLora(model, { rank: 4, alpha: 8, seed: 11 });
      const adapterPath = join(dir, `lora-${arch}.gguf`);
      await writeGguf(adapterPath, loraToGguf(adapter));
      const fromFile = await readLora(adapterPath);
      assert.equal(fromFile.pairs.size, 2 * 7);
      const tokens = createTextCodec(model.tokenizer).encode(texts[0] ?? '');
      const base = await llamaLogProbs(llamaModel, tokens, model.config.vocabSize);
      for (const scale of [1, 0.5]) {
        const withLora = await llamaLogProbs(llamaModel, tokens, model.config.vocabSize, { lora: { adapters: [{ filePath: adapterPath, scale }] } });
        const lora: ForwardOptions = { lora: [{ adapter: fromFile, scale }] };
        const diff = maxAbsDiff(forward(model, tokens, lora), withLora);
        assert.ok(diff <= 1e-3, `scale ${scale}: max abs diff ${diff}`);
        assert.ok(maxAbsDiff(forward(model, tokens), withLora) > 0.05, `scale ${scale}: the adapter did not change llama.cpp's logits`);
        process.stderr.write(`# ${arch}: LoRA scale ${scale} parity max abs diff ${diff.toExponential(2)}\n`);
      }
      assert.ok(maxAbsDiff(forward(model, tokens), base) <= 1e-3);
    });
  }
});
