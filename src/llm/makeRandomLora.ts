import { rngFor } from '../util/random.ts';
import type { LoraAdapter } from './LoraAdapter.ts';
import type { Model, Weight } from './TinyModel.ts';

export const loraTargets = ['attn_q', 'attn_k', 'attn_v', 'attn_output', 'ffn_gate', 'ffn_up', 'ffn_down'] as const;
export type LoraTarget = (typeof loraTargets)[number];

export interface RandomLoraOptions {
  rank?: number;
  alpha?: number;
  seed?: number;
  targets?: readonly LoraTarget[];
}

/**
 * An adapter with random A and B for every block's target weights. A trainer starts with B = 0
 * (no change); tests need an adapter that visibly changes the logits, so B is random too.
 */
export function makeRandomLora(model: Model, options: RandomLoraOptions = {}): LoraAdapter {
  const rank = options.rank ?? 4;
  const seed = options.seed ?? 0;
  const pairs = new Map<string, { a: Weight; b: Weight }>();
  for (let blk = 0; blk < model.config.blockCount; blk++) {
    for (const target of options.targets ?? loraTargets) {
      const name = `blk.${blk}.${target}.weight`;
      const base = model.weights.get(name);
      if (!base) throw new Error(`model has no tensor ${name}`);
      const [inSize = 0, outSize = 0] = base.dims;
      pairs.set(name, {
        a: uniform(seed, `${name}.lora_a`, [inSize, rank], inSize),
        b: uniform(seed, `${name}.lora_b`, [rank, outSize], rank),
      });
    }
  }
  return { arch: model.config.arch, alpha: options.alpha ?? rank, pairs };
}

function uniform(seed: number, key: string, dims: [number, number], fanIn: number): Weight {
  const rng = rngFor(seed, key);
  const half = Math.sqrt(3 / fanIn);
  const data = new Float32Array(dims[0] * dims[1]);
  for (let i = 0; i < data.length; i++) data[i] = (2 * rng.next() - 1) * half;
  return { dims, data };
}
