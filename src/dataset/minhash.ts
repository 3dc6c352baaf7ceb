import { hashString, mulberry32 } from '../util/random.ts';
import { wordsOf } from './text.ts';

export const PERMUTATIONS = 64;
export const BANDS = 16;
const ROWS = PERMUTATIONS / BANDS;

// Fixed permutation parameters: signatures must be comparable across runs and seeds.
const rng = mulberry32(0x5eed);
const A = Uint32Array.from({ length: PERMUTATIONS }, () => (rng.int(0xffffffff) | 1) >>> 0);
const B = Uint32Array.from({ length: PERMUTATIONS }, () => rng.int(0xffffffff) >>> 0);

/** Normalized words: lowercase letter/digit runs (punctuation and case do not make a prompt new). */
export const normalizeWords = (text: string): string[] => wordsOf(text);

/** Word bigram shingles (unigrams for one-word texts), hashed to 32 bits, unique. */
export function shingles(words: readonly string[]): Uint32Array {
  const hashes = words.map((w) => hashString(w));
  const out = new Uint32Array(Math.max(hashes.length - 1, hashes.length < 2 ? hashes.length : 0));
  if (hashes.length < 2) out.set(hashes);
  // A bigram's hash mixes its two word hashes (order matters), avoiding a string per bigram.
  for (let i = 0; i + 1 < hashes.length; i++) out[i] = (Math.imul((hashes[i] as number) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(hashes[i + 1] as number, 0xc2b2ae35)) >>> 0;
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i] as number;
  return out.slice(0, n);
}

/** Exact Jaccard similarity of two sorted shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0, j = 0, shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number, y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

export function signature(sh: Uint32Array): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const h of sh) {
    for (let p = 0; p < PERMUTATIONS; p++) {
      let x = (Math.imul(A[p] as number, h) + (B[p] as number)) >>> 0;
      x ^= x >>> 15;
      x = Math.imul(x, 0x2c1b3c6d) >>> 0;
      x ^= x >>> 12;
      if (x >>> 0 < (sig[p] as number)) sig[p] = x >>> 0;
    }
  }
  return sig;
}

/** LSH band keys: two texts with Jaccard 0.8 share a band with probability ≈ 0.9998 (16 bands × 4 rows). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    // One number per band (its index and rows mixed): a collision only adds a candidate, which the
    // exact Jaccard check then rejects.
    let k = Math.imul(b + 1, 0x27d4eb2d);
    for (let r = 0; r < ROWS; r++) k = Math.imul(k ^ (sig[b * ROWS + r] as number), 0x165667b1) ^ (k >>> 13);
    keys.push(k >>> 0);
  }
  return keys;
}
