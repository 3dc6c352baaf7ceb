import { splitNames, type Split } from './DatasetExample.ts';
import type { Dataset, DatasetCounts } from './generateDataset.ts';
import { approxTokens } from './text.ts';

export interface ModuleStats {
  id: string;
  train: number;
  val: number;
  test: number;
  thin: boolean;
  thinReasons: string[];
  /** Fewer training examples than the balancing target. */
  belowTarget: boolean;
}

export interface DatasetStats {
  total: number;
  splits: Record<Split, number>;
  modules: ModuleStats[];
  bySource: Record<string, number>;
  /** Examples per operator name (the part before ':'); 'none' for un-augmented ones. */
  byOperator: Record<string, number>;
  multiModule: number;
  hard: number;
  /** Histograms over approximate tokens: bucket label → count. */
  promptTokens: Record<string, number>;
  labelTokens: Record<string, number>;
  counts: DatasetCounts;
  elapsedMs: number;
}

const BUCKETS = [16, 32, 64, 128, 256, 512];
export const bucketOf = (tokens: number): string => {
  let lo = 0;
  for (const hi of BUCKETS) {
    if (tokens < hi) return `${lo}-${hi - 1}`;
    lo = hi;
  }
  return `${lo}+`;
};
const emptyHistogram = () => Object.fromEntries([...BUCKETS.map((hi, i) => `${i === 0 ? 0 : BUCKETS[i - 1]}-${hi - 1}`), `${BUCKETS[BUCKETS.length - 1]}+`].map((k) => [k, 0]));

export function computeStats(dataset: Dataset): DatasetStats {
  const splits = Object.fromEntries(splitNames.map((s) => [s, 0])) as Record<Split, number>;
  const perModule = new Map(dataset.modules.map((m) => [m.id as string, { train: 0, val: 0, test: 0 }]));
  const bySource: Record<string, number> = {};
  const byOperator: Record<string, number> = {};
  const promptTokens = emptyHistogram();
  const labelTokens = emptyHistogram();
  let multiModule = 0, hard = 0;
  for (const e of dataset.examples) {
    splits[e.split]++;
    for (const t of e.targets) {
      const m = perModule.get(t);
      if (m) m[e.split]++;
    }
    bySource[e.source] = (bySource[e.source] ?? 0) + 1;
    const ops = e.operators.length ? [...new Set(e.operators.map((o) => o.split(':')[0] as string))] : ['none'];
    for (const o of ops) byOperator[o] = (byOperator[o] ?? 0) + 1;
    if (e.targets.length > 1) multiModule++;
    if (e.nearMiss) hard++;
    const pb = bucketOf(e.tokens);
    promptTokens[pb] = (promptTokens[pb] ?? 0) + 1;
    const lb = bucketOf(approxTokens(e.reasoning) + approxTokens(e.answer));
    labelTokens[lb] = (labelTokens[lb] ?? 0) + 1;
  }
  const target = dataset.options.minTrainPerModule;
  return {
    total: dataset.examples.length,
    splits,
    modules: dataset.modules.map((m) => {
      const c = perModule.get(m.id) ?? { train: 0, val: 0, test: 0 };
      return { id: m.id, ...c, thin: m.thin, thinReasons: m.thinReasons, belowTarget: c.train < target };
    }),
    bySource,
    byOperator,
    multiModule,
    hard,
    promptTokens,
    labelTokens,
    counts: dataset.counts,
    elapsedMs: dataset.elapsedMs,
  };
}
