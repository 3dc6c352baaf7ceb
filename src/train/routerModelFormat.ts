import { join } from 'node:path';
import type { RouterModelFile } from './RouterModel.ts';
import type { SoftmaxClassifier } from './SoftmaxClassifier.ts';

// What a router model file is, without its zod validator (RouterModel.ts): a one-shot `modroute ask`
// reads an already validated model and must not pay ~100 ms for importing zod.

/** Bump when the stored shape or the meaning of a field changes: older files are then refused. */
export const ROUTER_FORMAT_VERSION = 1;
export const ROUTER_MODEL_FILE = 'router.json';

export const routerModelPath = (storeDir: string): string => join(storeDir, ROUTER_MODEL_FILE);

export const encodeClassifier = (clf: SoftmaxClassifier): RouterModelFile['classifier'] => {
  const buckets = [...clf.rowOf.entries()].sort((a, b) => a[1] - b[1]).map(([bucket]) => bucket);
  const bytes = Buffer.from(clf.weights.buffer, clf.weights.byteOffset, clf.weights.byteLength);
  return { dims: clf.dims, buckets, weights: bytes.toString('base64'), bias: [...clf.bias].map((b) => Math.round(b * 1e6) / 1e6) };
};

export const decodeClassifier = (c: RouterModelFile['classifier']): SoftmaxClassifier => {
  const bytes = Buffer.from(c.weights, 'base64');
  const m = c.bias.length;
  if (bytes.byteLength !== c.buckets.length * m * 4) throw new Error(`classifier weights hold ${bytes.byteLength} bytes, expected ${c.buckets.length * m * 4}`);
  const weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return { dims: c.dims, moduleCount: m, rowOf: bucketRows(c.buckets), weights, bias: Float32Array.from(c.bias) };
};

/** Hashed bucket → weight row, by a loop: no pair array per bucket (tens of thousands, read on every ask). */
export const bucketRows = (buckets: readonly number[]): Map<number, number> => {
  const rows = new Map<number, number>();
  for (let i = 0; i < buckets.length; i++) rows.set(buckets[i] as number, i);
  return rows;
};
