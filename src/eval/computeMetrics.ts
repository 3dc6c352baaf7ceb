import { closestNames } from '../util/closestNames.ts';
import type { EvalCase, Prediction } from './EvalCase.ts';

export interface SubsetMetrics {
  n: number;
  acc1: number;
  acc5: number;
  mrr: number;
  recall10: number;
}

export interface CaseOutcome {
  id: string;
  query: string;
  gold: string[];
  /** Predictions after mapping to modules and dropping unknown ids and duplicates (first 10). */
  ranked: string[];
  /** 1-based rank of the first gold module, null when none was predicted. */
  rank: number | null;
  /** |gold ∩ top 5| / |gold|. */
  recall5: number;
  /** Reason strings of the first 3 predictions (as the backend gave them). */
  reasons: string[];
}

export interface ModuleAccuracy {
  module: string;
  /** Cases where this module is gold. */
  n: number;
  acc1: number;
  acc5: number;
}

export interface EvalMetrics extends SubsetMetrics {
  /** Predicted entries that map to no module of the index. */
  invalid: number;
  /** Cases the backend answered with no module at all (nothing matched): counted as misses. */
  unanswered: number;
  p50_ms: number;
  p95_ms: number;
  /** (case, gold id) pairs whose gold id is not a module of the index; such gold can never be found. */
  unknownGold: number;
  unknownGoldIds: string[];
  /** For unknown gold ids that look like a mistyped module id: the id they most likely meant. */
  unknownGoldMeant: Record<string, string>;
  /**
   * Only subsets with at least one case: primary, secondary, leaking, nonLeaking, primaryNonLeaking,
   * secondaryNonLeaking, existingCode; and `field=value` for each field asked for (`eval --by style`).
   */
  subsets: Record<string, SubsetMetrics>;
  perModule: ModuleAccuracy[];
  outcomes: CaseOutcome[];
}

/** Longest valid id that is the entry or a `/`-boundary prefix of it (a file or directory path). */
const toModule = (entry: string, validIds: ReadonlySet<string>): string | undefined => {
  let path = entry;
  for (;;) {
    if (validIds.has(path)) return path;
    const slash = path.lastIndexOf('/');
    if (slash < 0) return validIds.has('') ? '' : undefined;
    path = path.slice(0, slash);
  }
};

/** Nearest-rank percentile: the smallest value with at least p of the values at or below it. */
export const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
};

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

const summarize = (outcomes: CaseOutcome[]): SubsetMetrics => ({
  n: outcomes.length,
  acc1: mean(outcomes.map((o) => (o.rank === 1 ? 1 : 0))),
  // A gold module among the top 5, as Acc@1 asks it of the top 1 (the share of gold modules there is recall5;
  // as Acc@5 it read below Acc@1 on cases with several gold modules, which two reviews took for a bug).
  acc5: mean(outcomes.map((o) => (o.rank !== null && o.rank <= 5 ? 1 : 0))),
  mrr: mean(outcomes.map((o) => (o.rank === null ? 0 : 1 / o.rank))),
  recall10: mean(outcomes.map((o) => o.gold.filter((g) => o.ranked.slice(0, 10).includes(g)).length / o.gold.length)),
});

const SUBSETS: [string, (c: EvalCase) => boolean][] = [
  ['primary', (c) => c.set === 'primary'],
  ['secondary', (c) => c.set === 'secondary'],
  ['leaking', (c) => c.leaks === true],
  ['nonLeaking', (c) => c.leaks === false],
  ['primaryNonLeaking', (c) => c.set === 'primary' && c.leaks === false],
  ['secondaryNonLeaking', (c) => c.set === 'secondary' && c.leaks === false],
  ['existingCode', (c) => c.filesNewSinceV === 0],
];

/**
 * Scores predictions (aligned with `cases` by position; a missing one is a miss) following the
 * shared/bench rules: map entries to modules, drop unknown ids and duplicates, then Acc@1 (first entry
 * is any gold module), Acc@5 (fraction of gold in the top 5), MRR, recall@10. Pure: never runs a backend.
 */
export const computeMetrics = (
  cases: EvalCase[],
  predictions: (Prediction | undefined)[],
  validIds: ReadonlySet<string>,
  /** Fields of the cases (`style`) whose every value is a subset of its own (`style=user`). */
  by: readonly string[] = [],
): EvalMetrics => {
  let invalid = 0;
  let unknownGold = 0;
  const unknownGoldIds = new Set<string>();
  const latencies: number[] = [];
  const outcomes = cases.map((c, i): CaseOutcome => {
    const prediction = predictions[i];
    const ranked: string[] = [];
    const reasons: string[] = [];
    for (const entry of prediction?.ranked ?? []) {
      const module = toModule(entry, validIds);
      if (module === undefined) {
        invalid++;
        continue;
      }
      if (ranked.includes(module)) continue;
      ranked.push(module);
      if (reasons.length < 3) reasons.push(prediction?.reasons?.[entry] ?? '');
    }
    if (prediction !== undefined) latencies.push(prediction.latencyMs);
    for (const g of c.modules) {
      if (!validIds.has(g)) {
        unknownGold++;
        unknownGoldIds.add(g);
      }
    }
    const index = ranked.findIndex((m) => c.modules.includes(m));
    const top5 = ranked.slice(0, 5);
    return {
      id: c.id,
      query: c.query,
      gold: c.modules,
      ranked: ranked.slice(0, 10),
      rank: index < 0 ? null : index + 1,
      recall5: c.modules.filter((g) => top5.includes(g)).length / c.modules.length,
      reasons,
    };
  });

  const subsets: Record<string, SubsetMetrics> = {};
  for (const [name, test] of SUBSETS) {
    const picked = outcomes.filter((_, i) => test(cases[i] as EvalCase));
    if (picked.length > 0) subsets[name] = summarize(picked);
  }
  for (const field of by) {
    const values = [...new Set(cases.map((c) => c.fields?.[field]).filter((v): v is string => v !== undefined))].sort();
    for (const value of values) subsets[`${field}=${value}`] = summarize(outcomes.filter((_, i) => cases[i]?.fields?.[field] === value));
  }

  const byModule = new Map<string, CaseOutcome[]>();
  for (const o of outcomes) for (const g of o.gold) byModule.set(g, [...(byModule.get(g) ?? []), o]);
  const perModule = [...byModule]
    .map(([module, list]) => ({ module, ...summarize(list) }))
    .map(({ module, n, acc1, acc5 }) => ({ module, n, acc1, acc5 }))
    .sort((a, b) => b.n - a.n || (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));

  return {
    ...summarize(outcomes),
    invalid,
    unanswered: outcomes.filter((o) => o.ranked.length === 0).length,
    p50_ms: percentile(latencies, 0.5),
    p95_ms: percentile(latencies, 0.95),
    unknownGold,
    unknownGoldIds: [...unknownGoldIds].sort(),
    unknownGoldMeant: meantIds([...unknownGoldIds], validIds),
    subsets,
    perModule,
    outcomes,
  };
};

/** `src/Illuminate/Broadcast` → `src/Illuminate/Broadcasting`: the module id an unknown gold id most likely meant. */
const meantIds = (unknown: readonly string[], validIds: ReadonlySet<string>): Record<string, string> => {
  const out: Record<string, string> = {};
  if (unknown.length === 0) return out;
  const ids = [...validIds];
  for (const id of unknown) {
    const [meant] = closestNames(id, ids, 1);
    if (meant !== undefined) out[id] = meant;
  }
  return out;
};
