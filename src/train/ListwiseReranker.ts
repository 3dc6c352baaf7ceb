/** A linear scorer over candidate features, trained with a softmax over each query's candidates. */
export interface ListwiseReranker {
  features: string[];
  weights: number[];
}

/** One query's candidates: feature rows and which rows are gold. */
export interface RankingList {
  rows: number[][];
  gold: boolean[];
  weight?: number;
}

export const scoreRows = (model: ListwiseReranker, rows: readonly number[][]): number[] =>
  rows.map((x) => x.reduce((s, v, k) => s + v * (model.weights[k] ?? 0), 0));

export const softmax = (z: readonly number[]): number[] => {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
};

/** Share of lists whose best-scored row is gold. */
export const listAcc1 = (model: ListwiseReranker, lists: readonly RankingList[]): number => {
  if (lists.length === 0) return 0;
  let hits = 0;
  for (const l of lists) {
    const s = scoreRows(model, l.rows);
    let best = 0;
    s.forEach((v, i) => {
      if (v > (s[best] ?? -Infinity)) best = i;
    });
    if (l.gold[best]) hits++;
  }
  return hits / lists.length;
};

export interface RerankerOptions {
  iterations: number;
  learningRate: number;
  /** L2 pull towards `prior` (the shipped weights when refining, zero otherwise). */
  l2: number;
}

export const defaultRerankerOptions: RerankerOptions = { iterations: 400, learningRate: 0.05, l2: 1e-3 };

/**
 * Full-batch Adam on −log Σ_gold softmax(w·x) per list (lists with no gold candidate teach nothing
 * and are skipped). Deterministic: no sampling at all.
 */
export const trainReranker = (
  features: readonly string[],
  lists: readonly RankingList[],
  options: RerankerOptions = defaultRerankerOptions,
  prior?: readonly number[],
): ListwiseReranker => {
  const d = features.length;
  const w = prior ? [...prior] : new Array<number>(d).fill(0);
  const center = prior ? [...prior] : new Array<number>(d).fill(0);
  const m = new Array<number>(d).fill(0);
  const v = new Array<number>(d).fill(0);
  const usable = lists.filter((l) => l.gold.some(Boolean) && l.rows.length > 1);
  const total = usable.reduce((a, l) => a + (l.weight ?? 1), 0);
  if (total === 0) return { features: [...features], weights: w };
  // Flat typed rows: this loop runs iterations × lists × candidates × features times.
  const flat = usable.map((l) => ({ x: Float64Array.from(l.rows.flat()), n: l.rows.length, gold: l.gold, weight: l.weight ?? 1 }));
  const z = new Float64Array(Math.max(...flat.map((l) => l.n)));
  const grad = new Float64Array(d);
  for (let it = 1; it <= options.iterations; it++) {
    grad.fill(0);
    for (const l of flat) {
      let max = -Infinity;
      for (let i = 0; i < l.n; i++) {
        let s = 0;
        for (let k = 0; k < d; k++) s += (l.x[i * d + k] ?? 0) * (w[k] ?? 0);
        z[i] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      let goldMass = 0;
      for (let i = 0; i < l.n; i++) {
        const e = Math.exp((z[i] ?? 0) - max);
        z[i] = e;
        sum += e;
        if (l.gold[i]) goldMass += e;
      }
      for (let i = 0; i < l.n; i++) {
        // d(−log Σ_gold p)/dz_i = p_i − [gold_i] p_i / goldMass
        const p = (z[i] ?? 0) / sum;
        const coef = (p - (l.gold[i] ? ((z[i] ?? 0) / goldMass) : 0)) * l.weight;
        if (coef !== 0) for (let k = 0; k < d; k++) grad[k] = (grad[k] ?? 0) + coef * (l.x[i * d + k] ?? 0);
      }
    }
    for (let k = 0; k < d; k++) {
      const g = (grad[k] ?? 0) / total + options.l2 * ((w[k] ?? 0) - (center[k] ?? 0));
      m[k] = 0.9 * (m[k] ?? 0) + 0.1 * g;
      v[k] = 0.999 * (v[k] ?? 0) + 0.001 * g * g;
      const mh = (m[k] ?? 0) / (1 - 0.9 ** it);
      const vh = (v[k] ?? 0) / (1 - 0.999 ** it);
      w[k] = (w[k] ?? 0) - (options.learningRate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { features: [...features], weights: w.map((x) => Math.round(x * 1e6) / 1e6) };
};
