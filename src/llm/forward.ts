import type { ScaledLora } from './LoraAdapter.ts';
import type { Model, Weight } from './TinyModel.ts';

export interface ForwardOptions {
  lora?: ScaledLora[];
}

/**
 * Reference forward pass, written to do what llama.cpp's llama and qwen3 graphs do, in plain
 * Float32Array math (sums in float64): token embedding; per block RMSNorm → q, k, v → (qwen3:
 * per-head RMSNorm of q and k) → RoPE (llama: adjacent pairs, qwen3: NeoX halves) → causal
 * grouped-query attention → output projection + residual → RMSNorm → SwiGLU FFN + residual; then
 * the final RMSNorm and output head. Returns the logits after every position.
 */
export function forward(model: Model, tokens: readonly number[], options: ForwardOptions = {}): Float32Array[] {
  const c = model.config;
  const w = (name: string): Weight => {
    const found = model.weights.get(name);
    if (!found) throw new Error(`model has no tensor ${name}`);
    return found;
  };
  const linear = (name: string, x: Float32Array): Float32Array => {
    const y = matVec(w(name), x);
    for (const { adapter, scale } of options.lora ?? []) {
      const pair = adapter.pairs.get(name);
      if (!pair) continue;
      const rank = pair.a.dims[1] ?? 1;
      const ab = matVec(pair.b, matVec(pair.a, x));
      const s = adapter.alpha ? (scale * adapter.alpha) / rank : scale;
      for (let i = 0; i < y.length; i++) y[i] = (y[i] ?? 0) + s * (ab[i] ?? 0);
    }
    return y;
  };
  const n = c.embeddingLength;
  const hd = c.headDim;
  const embd = w('token_embd.weight');
  let hidden: Float32Array[] = tokens.map((t) => {
    if (!Number.isInteger(t) || t < 0 || t >= c.vocabSize) throw new RangeError(`token id ${t} is outside the vocabulary (0..${c.vocabSize - 1})`);
    return embd.data.slice(t * n, (t + 1) * n);
  });
  for (let b = 0; b < c.blockCount; b++) {
    const p = `blk.${b}.`;
    const normed = hidden.map((x) => rmsNorm(x, w(`${p}attn_norm.weight`).data, c.rmsEpsilon));
    const prep = (name: 'q' | 'k', heads: number) =>
      normed.map((x, pos) => {
        const v = linear(`${p}attn_${name}.weight`, x);
        for (let h = 0; h < heads; h++) {
          const head = v.subarray(h * hd, (h + 1) * hd);
          if (c.arch === 'qwen3') head.set(rmsNorm(head, w(`${p}attn_${name}_norm.weight`).data, c.rmsEpsilon));
          rope(head, pos, c.ropeFreqBase, c.arch === 'qwen3');
        }
        return v;
      });
    const q = prep('q', c.headCount);
    const k = prep('k', c.headCountKv);
    const v = normed.map((x) => linear(`${p}attn_v.weight`, x));
    hidden = hidden.map((x, pos) => {
      const attn = attention(q[pos] as Float32Array, k.slice(0, pos + 1), v.slice(0, pos + 1), c.headCount, c.headCountKv, hd);
      const out = add(x, linear(`${p}attn_output.weight`, attn));
      const h = rmsNorm(out, w(`${p}ffn_norm.weight`).data, c.rmsEpsilon);
      const gate = linear(`${p}ffn_gate.weight`, h);
      const up = linear(`${p}ffn_up.weight`, h);
      for (let i = 0; i < gate.length; i++) {
        const g = gate[i] ?? 0;
        gate[i] = (g / (1 + Math.exp(-g))) * (up[i] ?? 0);
      }
      return add(out, linear(`${p}ffn_down.weight`, gate));
    });
  }
  return hidden.map((x) => linear('output.weight', rmsNorm(x, w('output_norm.weight').data, c.rmsEpsilon)));
}

/** y = W x for W with GGUF dims [in, out] (row o of W is data[o*in .. o*in+in)). */
export function matVec(weight: Weight, x: Float32Array): Float32Array {
  const [inSize = 0, outSize = 1] = weight.dims;
  if (x.length !== inSize) throw new Error(`matVec: input has ${x.length} values, weight expects ${inSize}`);
  const y = new Float32Array(outSize);
  const d = weight.data;
  for (let o = 0; o < outSize; o++) {
    let sum = 0;
    const row = o * inSize;
    for (let i = 0; i < inSize; i++) sum += (d[row + i] ?? 0) * (x[i] ?? 0);
    y[o] = sum;
  }
  return y;
}

function rmsNorm(x: Float32Array, weight: Float32Array, eps: number): Float32Array {
  let sum = 0;
  for (const v of x) sum += v * v;
  const scale = 1 / Math.sqrt(sum / x.length + eps);
  return x.map((v, i) => v * scale * (weight[i] ?? 0));
}

/** In place. Pair i rotates by pos * base^(-2i/d): llama pairs (2i, 2i+1), NeoX pairs (i, i+d/2). */
function rope(x: Float32Array, pos: number, base: number, neox: boolean): void {
  const d = x.length;
  for (let i = 0; i < d / 2; i++) {
    const theta = pos * base ** ((-2 * i) / d);
    const cos = Math.cos(theta);
    const sin = Math.sin(theta);
    const [a, b] = neox ? [i, i + d / 2] : [2 * i, 2 * i + 1];
    const x0 = x[a] ?? 0;
    const x1 = x[b] ?? 0;
    x[a] = x0 * cos - x1 * sin;
    x[b] = x0 * sin + x1 * cos;
  }
}

/** One query position against all earlier keys (the causal mask); query head h reads kv head h / (heads / kvHeads). */
function attention(q: Float32Array, keys: Float32Array[], values: Float32Array[], heads: number, kvHeads: number, hd: number): Float32Array {
  const out = new Float32Array(heads * hd);
  const group = heads / kvHeads;
  const scale = 1 / Math.sqrt(hd);
  for (let h = 0; h < heads; h++) {
    const kvh = Math.floor(h / group);
    const scores = keys.map((k) => {
      let s = 0;
      for (let i = 0; i < hd; i++) s += (q[h * hd + i] ?? 0) * (k[kvh * hd + i] ?? 0);
      return s * scale;
    });
    const max = Math.max(...scores);
    const weights = scores.map((s) => Math.exp(s - max));
    const total = weights.reduce((a, b) => a + b, 0);
    weights.forEach((wt, j) => {
      const v = values[j] as Float32Array;
      for (let i = 0; i < hd; i++) out[h * hd + i] = (out[h * hd + i] ?? 0) + (wt / total) * (v[kvh * hd + i] ?? 0);
    });
  }
  return out;
}

function add(a: Float32Array, b: Float32Array): Float32Array {
  return a.map((v, i) => v + (b[i] ?? 0));
}
