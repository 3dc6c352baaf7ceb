import { splitNames, type Split } from './DatasetExample.ts';
import { bandKeys, jaccard, normalizeWords, shingles, signature } from './minhash.ts';

export interface DedupeItem {
  prompt: string;
  split: Split;
  targets: readonly string[];
}

export interface DedupeResult {
  keep: boolean[];
  /** Same normalized prompt and answer as a kept one. */
  exact: number;
  /** Near duplicate (Jaccard ≥ threshold) of a kept prompt with the same answer. */
  near: number;
  /** Near duplicate of a kept prompt in an earlier split, with another answer (would leak wording). */
  crossSplit: number;
  /** The same normalized prompt with different answers: ambiguous, every copy dropped. */
  conflicting: number;
}

/** Comparisons per LSH bucket are bounded so that a pathological bucket cannot go quadratic. */
const MAX_BUCKET_COMPARISONS = 256;

/**
 * Exact and near-duplicate removal, greedy in priority order (train, then val, then test; input
 * order within a split). Prompts are normalized (lowercase words), shingled into word bigrams,
 * MinHashed and bucketed by LSH bands; candidates are confirmed with the exact Jaccard of their
 * shingle sets. A prompt is dropped when a kept prompt is its near duplicate and either has the same
 * answer (a duplicate) or sits in another split (leakage). Near-identical prompts with different
 * answers in the same split are kept: "animate returns the wrong result" and "easing returns the
 * wrong result" differ exactly where it matters. Identical prompts with different answers are dropped.
 */
export function dedupe(items: readonly DedupeItem[], threshold: number): DedupeResult {
  const n = items.length;
  const rank = (s: Split) => splitNames.indexOf(s);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rank((items[a] as DedupeItem).split) - rank((items[b] as DedupeItem).split) || a - b);
  const answers = items.map((it) => (it.targets.length === 1 ? (it.targets[0] as string) : [...it.targets].sort().join(',')));
  const answerOf = (i: number) => answers[i] as string;
  const textAnswers = new Map<string, Set<string>>();
  const keys: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const key = normalizeWords((items[i] as DedupeItem).prompt).join(' ');
    keys[i] = key;
    (textAnswers.get(key) ?? textAnswers.set(key, new Set()).get(key))?.add(answerOf(i));
  }
  const keep = new Array<boolean>(n).fill(false);
  const sets: (Uint32Array | undefined)[] = new Array(n);
  const buckets = new Map<number, number[]>();
  const keptText = new Set<string>();
  // seenBy[j] === i + 1 when candidate j was already compared with item i (cheaper than a Set per item).
  const seenBy = new Int32Array(n);
  let exact = 0, near = 0, crossSplit = 0, conflicting = 0;
  for (const i of order) {
    const item = items[i] as DedupeItem;
    const key = keys[i] as string;
    if ((textAnswers.get(key)?.size ?? 0) > 1) {
      conflicting++;
      continue;
    }
    if (keptText.has(key)) {
      exact++;
      continue;
    }
    const sh = shingles(key.split(' ').filter(Boolean));
    const bands = bandKeys(signature(sh));
    const answer = answerOf(i);
    let verdict: 'keep' | 'near' | 'cross' = 'keep';
    outer: for (const band of bands) {
      const bucket = buckets.get(band);
      if (!bucket) continue;
      for (let k = Math.max(0, bucket.length - MAX_BUCKET_COMPARISONS); k < bucket.length; k++) {
        const j = bucket[k] as number;
        if (seenBy[j] === i + 1) continue;
        seenBy[j] = i + 1;
        const sameAnswer = answerOf(j) === answer;
        const sameSplit = (items[j] as DedupeItem).split === item.split;
        if (sameSplit && !sameAnswer) continue;
        if (jaccard(sh, sets[j] as Uint32Array) >= threshold) {
          verdict = sameAnswer ? 'near' : 'cross';
          break outer;
        }
      }
    }
    if (verdict === 'near') near++;
    else if (verdict === 'cross') crossSplit++;
    else {
      keep[i] = true;
      keptText.add(key);
      sets[i] = sh;
      for (const band of bands) (buckets.get(band) ?? buckets.set(band, []).get(band))?.push(i);
    }
  }
  return { keep, exact, near, crossSplit, conflicting };
}
