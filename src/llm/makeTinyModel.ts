import { rngFor } from '../util/random.ts';
import type { Model, ModelConfig, TinyArchitecture, Weight } from './TinyModel.ts';
import { buildTokenizer, type TokenizerOptions } from './tokenizer/buildTokenizer.ts';

export interface TinyModelOptions extends TokenizerOptions {
  arch: TinyArchitecture;
  seed?: number;
  /** Overrides for the small defaults (64 wide, 2 layers, 4 heads, 2 kv heads, ffn 128, context 512). */
  config?: Partial<Omit<ModelConfig, 'arch' | 'vocabSize'>>;
}

/** The tensors each block of the architecture has, with GGUF dims (input size first). */
export function blockWeightShapes(c: ModelConfig): Record<string, number[]> {
  const q = c.headCount * c.headDim;
  const kv = c.headCountKv * c.headDim;
  return {
    'attn_norm.weight': [c.embeddingLength],
    'attn_q.weight': [c.embeddingLength, q],
    'attn_k.weight': [c.embeddingLength, kv],
    'attn_v.weight': [c.embeddingLength, kv],
    'attn_output.weight': [q, c.embeddingLength],
    ...(c.arch === 'qwen3' ? { 'attn_q_norm.weight': [c.headDim], 'attn_k_norm.weight': [c.headDim] } : {}),
    'ffn_norm.weight': [c.embeddingLength],
    'ffn_gate.weight': [c.embeddingLength, c.feedForwardLength],
    'ffn_up.weight': [c.embeddingLength, c.feedForwardLength],
    'ffn_down.weight': [c.feedForwardLength, c.embeddingLength],
  };
}

/**
 * A random-weight model with a real tokenizer: it loads and generates (gibberish) in llama.cpp,
 * which is all tests and demos need. Each tensor draws from its own stream (seed, tensor name), so
 * the same seed gives the same weights whatever the tensor order. Linear weights are uniform with
 * standard deviation 1/sqrt(fan_in), norms 1 ± 0.2, so logits spread over a few units and a
 * wrong layout in the writer or the forward pass moves them visibly.
 */
export function makeTinyModel(options: TinyModelOptions): Model {
  const tokenizer = buildTokenizer(options);
  const embeddingLength = options.config?.embeddingLength ?? 64;
  const headCount = options.config?.headCount ?? 4;
  const config: ModelConfig = {
    arch: options.arch,
    embeddingLength,
    blockCount: 2,
    headCount,
    headCountKv: 2,
    headDim: embeddingLength / headCount,
    feedForwardLength: 128,
    contextLength: 512,
    rmsEpsilon: 1e-6,
    ropeFreqBase: 10000,
    ...options.config,
    vocabSize: tokenizer.tokens.length,
  };
  // GGUF stores these as f32: round now so the in-memory model is exactly the one in the file.
  config.rmsEpsilon = Math.fround(config.rmsEpsilon);
  config.ropeFreqBase = Math.fround(config.ropeFreqBase);
  const seed = options.seed ?? 0;
  const weights = new Map<string, Weight>();
  const add = (name: string, dims: number[]) => weights.set(name, { dims, data: randomWeight(seed, name, dims) });
  add('token_embd.weight', [config.embeddingLength, config.vocabSize]);
  for (let b = 0; b < config.blockCount; b++) {
    for (const [name, dims] of Object.entries(blockWeightShapes(config))) add(`blk.${b}.${name}`, dims);
  }
  add('output_norm.weight', [config.embeddingLength]);
  add('output.weight', [config.embeddingLength, config.vocabSize]);
  return { config, tokenizer, weights };
}

function randomWeight(seed: number, name: string, dims: number[]): Float32Array {
  const rng = rngFor(seed, name);
  const size = dims.reduce((a, b) => a * b, 1);
  const data = new Float32Array(size);
  if (dims.length === 1) {
    for (let i = 0; i < size; i++) data[i] = 1 + 0.4 * (rng.next() - 0.5);
    return data;
  }
  // Embeddings are read row by row, not multiplied: give them unit scale like the norms expect.
  const fanIn = name === 'token_embd.weight' ? 1 : (dims[0] ?? 1);
  const half = Math.sqrt(3 / fanIn);
  for (let i = 0; i < size; i++) data[i] = (2 * rng.next() - 1) * half;
  return data;
}
