import type { Tokenizer } from './tokenizer/Tokenizer.ts';

export const tinyArchitectures = ['llama', 'qwen3'] as const;
export type TinyArchitecture = (typeof tinyArchitectures)[number];

/** Hyperparameters, named after the GGUF keys they are written to (`<arch>.<key>`). */
export interface ModelConfig {
  arch: TinyArchitecture;
  embeddingLength: number;
  blockCount: number;
  headCount: number;
  headCountKv: number;
  /** Per-head size of q, k and v (`attention.key_length`); embeddingLength / headCount by default. */
  headDim: number;
  feedForwardLength: number;
  contextLength: number;
  rmsEpsilon: number;
  ropeFreqBase: number;
  vocabSize: number;
}

/**
 * A weight in row-major order with GGUF dims: a linear layer y = W x with W of shape [out][in]
 * has dims [in, out] and data[o * in + i] = W[o][i].
 */
export interface Weight {
  dims: number[];
  data: Float32Array;
}

/** A whole model in memory: what `makeTinyModel` builds, the GGUF writer stores and the forward pass runs. */
export interface Model {
  config: ModelConfig;
  tokenizer: Tokenizer;
  /** By GGUF tensor name: token_embd.weight, blk.0.attn_q.weight, … */
  weights: Map<string, Weight>;
}
