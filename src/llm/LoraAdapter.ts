import type { Weight } from './TinyModel.ts';

/**
 * A LoRA adapter: for each adapted base weight W (dims [in, out]) a pair A (dims [in, r]) and
 * B (dims [r, out]); the layer computes W x + scale * (alpha / r) * B (A x), as llama.cpp does.
 */
export interface LoraAdapter {
  /** Architecture of the base model; llama.cpp refuses an adapter for another one. */
  arch: string;
  alpha: number;
  /** By base tensor name, e.g. blk.0.attn_q.weight. */
  pairs: Map<string, { a: Weight; b: Weight }>;
}

/** The adapter applied with a user scale, as in `--lora FILE:scale`. */
export interface ScaledLora {
  adapter: LoraAdapter;
  scale: number;
}
