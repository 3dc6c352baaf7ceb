import { join } from 'node:path';
import { fromHalfBits, toHalfBits } from '../llm/halfFloat.ts';
import type { RouterModelFile } from './RouterModel.ts';
import type { SoftmaxClassifier } from './SoftmaxClassifier.ts';

// What a router model file is, without its zod validator (RouterModel.ts): a one-shot `modroute ask`
// reads an already validated model and must not pay ~100 ms for importing zod.

/**
 * Bump when the stored shape or the meaning of a field changes: files of versions this modroute does not
 * read are refused. 2: classifier weights as float16 (`weightBits: 16`), half the file (netty by Java
 * package, 148 modules: 15.8 → 7.9 MB); version 1 files (float32) are still read.
 */
export const ROUTER_FORMAT_VERSION = 2;
export const READABLE_ROUTER_VERSIONS: readonly number[] = [1, 2];
export const ROUTER_MODEL_FILE = 'router.json';

export const routerModelPath = (storeDir: string): string => join(storeDir, ROUTER_MODEL_FILE);

/** Stored as float16: a logistic regression's weights need three digits, not seven. */
export const encodeClassifier = (clf: SoftmaxClassifier): RouterModelFile['classifier'] => {
  const buckets = [...clf.rowOf.entries()].sort((a, b) => a[1] - b[1]).map(([bucket]) => bucket);
  const half = new Uint16Array(clf.weights.length);
  for (let i = 0; i < half.length; i++) half[i] = toHalfBits(clf.weights[i] as number);
  const bytes = Buffer.from(half.buffer, half.byteOffset, half.byteLength);
  return { dims: clf.dims, buckets, weights: bytes.toString('base64'), weightBits: 16, bias: [...clf.bias].map((b) => Math.round(b * 1e6) / 1e6) };
};

/** Every float16 bit pattern's value, built on first use: decoding is then one lookup per weight. */
let halfTable: Float32Array | undefined;
const halfValues = (): Float32Array => {
  if (halfTable === undefined) {
    halfTable = new Float32Array(65536);
    for (let h = 0; h < 65536; h++) halfTable[h] = fromHalfBits(h);
  }
  return halfTable;
};

export const decodeClassifier = (c: RouterModelFile['classifier']): SoftmaxClassifier => {
  const bytes = Buffer.from(c.weights, 'base64');
  const m = c.bias.length;
  const width = c.weightBits === 16 ? 2 : 4;
  if (bytes.byteLength !== c.buckets.length * m * width) throw new Error(`classifier weights hold ${bytes.byteLength} bytes, expected ${c.buckets.length * m * width}`);
  const raw = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let weights: Float32Array;
  if (width === 2) {
    const half = new Uint16Array(raw);
    const table = halfValues();
    weights = new Float32Array(half.length);
    for (let i = 0; i < half.length; i++) weights[i] = table[half[i] as number] as number;
  } else {
    weights = new Float32Array(raw);
  }
  return { dims: c.dims, moduleCount: m, rowOf: bucketRows(c.buckets), weights, bias: Float32Array.from(c.bias) };
};

/** Hashed bucket → weight row, by a loop: no pair array per bucket (tens of thousands, read on every ask). */
export const bucketRows = (buckets: readonly number[]): Map<number, number> => {
  const rows = new Map<number, number>();
  for (let i = 0; i < buckets.length; i++) rows.set(buckets[i] as number, i);
  return rows;
};
