import { isStopword } from '../index/stopwords.ts';
import { mulberry32 } from '../util/random.ts';
import { hashedFeatures, queryWords } from './textFeatures.ts';
import { hashString } from '../util/random.ts';
import type { TrainingExample } from './trainingExamples.ts';

/**
 * Multinomial logistic regression over hashed word unigrams and bigrams. Only buckets seen in
 * training get a row (`rowOf`), so the weights stay small however large `dims` is.
 */
export interface SoftmaxClassifier {
  dims: number;
  moduleCount: number;
  rowOf: Map<number, number>;
  /** rows × moduleCount, row-major. */
  weights: Float32Array;
  bias: Float32Array;
}

export interface ClassifierOptions {
  dims: number;
  maxEpochs: number;
  learningRate: number;
  l2: number;
  /** Epochs without a better validation score before stopping. */
  patience: number;
  seed: number;
  /**
   * Most weights (feature rows × modules) the model may hold. The weight matrix is dense per row, so
   * a repository with many modules and many distinct words would otherwise grow past the model-size
   * and memory limits: past this budget only the most frequent feature buckets get a row.
   */
  maxWeights: number;
}

export const defaultClassifierOptions: ClassifierOptions = { dims: 1 << 18, maxEpochs: 40, learningRate: 0.5, l2: 1e-5, patience: 4, seed: 1, maxWeights: 3_000_000 };

/**
 * Feature bucket → weight row for the buckets of the training texts: all of them when they fit in
 * `maxRows`, otherwise the most frequent ones (ties: lower bucket id, so the choice is deterministic).
 */
const assignRows = (featureLists: readonly number[][], maxRows: number): Map<number, number> => {
  const counts = new Map<number, number>();
  for (const buckets of featureLists) for (const b of buckets) counts.set(b, (counts.get(b) ?? 0) + 1);
  let kept = [...counts.keys()];
  if (kept.length > maxRows) kept = kept.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a - b).slice(0, maxRows);
  kept.sort((a, b) => a - b);
  return new Map(kept.map((b, i) => [b, i]));
};

export interface EpochReport {
  epoch: number;
  loss: number;
  valAcc1: number | undefined;
}

interface Encoded {
  rows: number[];
  targets: number[];
  weight: number;
}

const encode = (clf: SoftmaxClassifier, text: string): number[] =>
  hashedFeatures(text, clf.dims).map((b) => clf.rowOf.get(b) ?? -1).filter((r) => r >= 0);

/** Probabilities over modules (sum 1) for a text. */
export const classify = (clf: SoftmaxClassifier, text: string): Float64Array => logitsToProbs(clf, encode(clf, text));

const logitsToProbs = (clf: SoftmaxClassifier, rows: number[]): Float64Array => {
  const m = clf.moduleCount;
  const z = new Float64Array(m);
  const scale = rows.length > 0 ? 1 / Math.sqrt(rows.length) : 0;
  const { bias, weights } = clf;
  for (let j = 0; j < m; j++) z[j] = bias[j] as number;
  for (const r of rows) {
    const base = r * m;
    for (let j = 0; j < m; j++) z[j] = (z[j] as number) + scale * (weights[base + j] as number);
  }
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let j = 0; j < m; j++) {
    const e = Math.exp((z[j] ?? 0) - max);
    z[j] = e;
    sum += e;
  }
  for (let j = 0; j < m; j++) z[j] = (z[j] ?? 0) / sum;
  return z;
};

/** Whether some word of the text has a trained row (the model learned something about it). */
export const knowsAnyWord = (clf: SoftmaxClassifier, text: string): boolean =>
  queryWords(text).some((word) => clf.rowOf.has(hashString(`u:${word}`) % clf.dims));

/**
 * The query words that pushed `module` up most (for explanations); none for a module the model has no
 * row of (-1). Stopwords still count in the model, but "without" or "than" explains nothing to a reader.
 */
export const topWords = (clf: SoftmaxClassifier, text: string, module: number, max = 3): string[] => {
  if (module < 0 || module >= clf.moduleCount) return [];
  const seen = new Set<string>();
  const scored: { word: string; w: number }[] = [];
  for (const word of queryWords(text)) {
    if (seen.has(word) || isStopword(word)) continue;
    seen.add(word);
    const row = clf.rowOf.get(hashString(`u:${word}`) % clf.dims);
    if (row === undefined) continue;
    const w = clf.weights[row * clf.moduleCount + module] ?? 0;
    if (w > 0) scored.push({ word, w });
  }
  return scored.sort((a, b) => b.w - a.w || (a.word < b.word ? -1 : 1)).slice(0, max).map((s) => s.word);
};

const top1 = (p: Float64Array): number => {
  let best = 0;
  for (let j = 1; j < p.length; j++) if ((p[j] ?? 0) > (p[best] ?? 0)) best = j;
  return best;
};

/** Share of examples whose top module is one of their targets. */
export const accuracyAt1 = (clf: SoftmaxClassifier, examples: readonly TrainingExample[]): number => {
  if (examples.length === 0) return 0;
  let hits = 0;
  for (const e of examples) if (e.targets.includes(top1(classify(clf, e.text)))) hits++;
  return hits / examples.length;
};

/**
 * AdaGrad SGD on soft-label cross-entropy (a multi-module example spreads its target evenly), with
 * early stopping on validation Acc@1 (ties: lower training loss wins). Deterministic for a seed:
 * the shuffle is the only randomness and weights start at zero.
 */
export function* trainClassifier(
  examples: readonly TrainingExample[],
  validation: readonly TrainingExample[],
  moduleCount: number,
  options: ClassifierOptions,
  deadline = Infinity,
): Generator<EpochReport, SoftmaxClassifier> {
  const m = moduleCount;
  const features = examples.map((e) => hashedFeatures(e.text, options.dims));
  const rowOf = assignRows(features, Math.max(1, Math.floor(options.maxWeights / Math.max(m, 1))));
  const clf: SoftmaxClassifier = { dims: options.dims, moduleCount: m, rowOf, weights: new Float32Array(rowOf.size * m), bias: new Float32Array(m) };
  const g2 = new Float32Array(rowOf.size * m);
  const b2 = new Float32Array(m);
  // the buckets hashed once above, mapped to rows as `encode` does (buckets without a row dropped)
  const encoded: Encoded[] = examples.map((e, i) => ({
    rows: (features[i] ?? []).map((b) => rowOf.get(b) ?? -1).filter((r) => r >= 0),
    targets: e.targets,
    weight: e.weight,
  }));
  const rng = mulberry32(options.seed);
  let best: { acc: number; loss: number; weights: Float32Array; bias: Float32Array } | undefined;
  let since = 0;
  const grad = new Float64Array(m);
  for (let epoch = 1; epoch <= options.maxEpochs; epoch++) {
    let loss = 0;
    let total = 0;
    for (const i of rng.shuffle(encoded.map((_, k) => k))) {
      const ex = encoded[i] as Encoded;
      const p = logitsToProbs(clf, ex.rows);
      const share = 1 / ex.targets.length;
      for (let j = 0; j < m; j++) grad[j] = (p[j] ?? 0) * ex.weight;
      for (const t of ex.targets) {
        grad[t] = (grad[t] ?? 0) - share * ex.weight;
        loss -= ex.weight * share * Math.log(Math.max(p[t] ?? 0, 1e-12));
      }
      total += ex.weight;
      const scale = ex.rows.length > 0 ? 1 / Math.sqrt(ex.rows.length) : 0;
      // Hot loop (examples × rows × modules): typed arrays in locals, indexes always in range.
      const { bias, weights } = clf;
      const { learningRate, l2 } = options;
      for (let j = 0; j < m; j++) {
        const g = grad[j] as number;
        b2[j] = (b2[j] as number) + g * g;
        bias[j] = (bias[j] as number) - (learningRate * g) / Math.sqrt((b2[j] as number) + 1e-8);
      }
      for (const r of ex.rows) {
        const base = r * m;
        for (let j = 0; j < m; j++) {
          const w = weights[base + j] as number;
          const g = scale * (grad[j] as number) + l2 * w;
          if (g === 0) continue;
          const acc = (g2[base + j] as number) + g * g;
          g2[base + j] = acc;
          weights[base + j] = w - (learningRate * g) / Math.sqrt(acc + 1e-8);
        }
      }
    }
    const meanLoss = loss / Math.max(total, 1e-9);
    const valAcc1 = validation.length > 0 ? accuracyAt1(clf, validation) : undefined;
    yield { epoch, loss: meanLoss, valAcc1 };
    const acc = valAcc1 ?? 0;
    if (!best || acc > best.acc || (acc === best.acc && meanLoss < best.loss)) {
      best = { acc, loss: meanLoss, weights: clf.weights.slice(), bias: clf.bias.slice() };
      since = 0;
    } else if (++since >= options.patience) break;
    if (performance.now() > deadline) break;
  }
  if (best) {
    clf.weights.set(best.weights);
    clf.bias.set(best.bias);
  }
  return clf;
}
