import type { ModuleGraph } from '../graph/ModuleGraph.ts';
import type { Candidate } from './lexicalCandidates.ts';
import type { ListwiseReranker } from './ListwiseReranker.ts';
import { queryWords, textWords } from './textFeatures.ts';

const FIELDS = ['path', 'name', 'symbols', 'docs', 'readme', 'summary', 'history', 'code'] as const;

/** Module-independent features of one candidate: the same names mean the same thing in every repository. */
export const featureNames = [
  'lexScoreRel', 'lexLogScore', 'lexRecipRank', 'lexTop',
  ...FIELDS.map((f) => `field_${f}`),
  'expansionShare', 'graphShare', 'fileShare', 'commitShare', 'termCoverage',
  'clfProb', 'clfLogRatio', 'clfRecipRank', 'clfTop',
  'historyPrior', 'recency', 'pathOverlap', 'lastSegmentInQuery', 'logFiles', 'logUsedBy', 'logBytes',
] as const;
export type FeatureName = (typeof featureNames)[number];

/** What each feature means to a reader of an explanation (`ask` prints these; `--json` keeps the names). */
export const featureLabels: Record<FeatureName, string> = {
  lexScoreRel: 'lexical score', lexLogScore: 'lexical score', lexRecipRank: 'lexical rank', lexTop: 'lexical top answer',
  field_path: 'path match', field_name: 'name match', field_symbols: 'symbol match', field_docs: 'doc match',
  field_readme: 'README match', field_summary: 'summary match', field_history: 'history match', field_code: 'code match',
  expansionShare: 'synonym matches', graphShare: 'neighbours', fileShare: 'best file', commitShare: 'similar commits',
  termCoverage: 'words covered', clfProb: 'model probability', clfLogRatio: 'model probability', clfRecipRank: 'model rank',
  clfTop: 'model top answer', historyPrior: 'commit count', recency: 'recent commits', pathOverlap: 'folder named in request',
  lastSegmentInQuery: 'folder named in request', logFiles: 'module size', logUsedBy: 'modules using it', logBytes: 'module size',
};

/** Lexical order alone, as a reranker: the baseline every reranker is compared with (`weight` sets how steep). */
export const lexicalOrderReranker = (weight = 1): ListwiseReranker => ({ features: [...featureNames], weights: featureNames.map((f) => (f === 'lexRecipRank' ? weight : 0)) });

const DAY_MS = 86_400_000;

/** Per-module facts the features need, computed once per graph: commit times (ascending), path words. */
export interface ModuleStats {
  commitTimes: number[][];
  pathWords: Set<string>[];
  lastSegmentWords: string[][];
  files: number[];
  usedBy: number[];
  bytes: number[];
}

export const moduleStats = (graph: ModuleGraph): ModuleStats => {
  const position = new Map(graph.modules.map((m, i) => [m.id as string, i]));
  const commitTimes: number[][] = graph.modules.map(() => []);
  for (const c of graph.commits) {
    const t = Date.parse(c.date);
    if (Number.isNaN(t)) continue;
    for (const id of c.modules) {
      const i = position.get(id);
      if (i !== undefined) commitTimes[i]?.push(t);
    }
  }
  for (const times of commitTimes) times.sort((a, b) => a - b);
  return {
    commitTimes,
    pathWords: graph.modules.map((m) => new Set(textWords(`${m.path} ${m.id} ${m.name ?? ''}`))),
    lastSegmentWords: graph.modules.map((m) => textWords(m.path.split('/').filter(Boolean).pop() ?? m.id)),
    files: graph.modules.map((m) => m.files.length),
    usedBy: usedByCounts(graph, position),
    bytes: graph.modules.map((m) => m.bytes),
  };
};

/** Distinct modules importing each module. */
const usedByCounts = (graph: ModuleGraph, position: Map<string, number>): number[] => {
  const users = graph.modules.map(() => new Set<string>());
  for (const e of graph.edges) if (e.from !== e.to) users[position.get(e.to) ?? -1]?.add(e.from);
  return users.map((u) => u.size);
};

/** Number of values < limit in an ascending array. */
const countBefore = (sorted: number[], limit: number): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * Feature rows (in `featureNames` order) for the candidates of one query. `clfProbs` comes from a
 * classifier that did not see this query; history features only count commits before `asOf`.
 */
export const candidateFeatures = (
  query: string,
  candidates: readonly Candidate[],
  clfProbs: Float64Array,
  stats: ModuleStats,
  asOf?: string,
): number[][] => {
  const m = clfProbs.length;
  const top = Math.max(candidates[0]?.score ?? 0, 1e-9);
  const qWords = new Set(queryWords(query));
  const limit = asOf ? Date.parse(asOf) : Infinity;
  let totalCommits = 0;
  let newest = -Infinity;
  for (const times of stats.commitTimes) {
    const n = countBefore(times, limit);
    totalCommits += n;
    if (n > 0) newest = Math.max(newest, times[n - 1] ?? -Infinity);
  }
  const now = Number.isFinite(limit) ? limit : newest;
  const clfRank = (module: number): number => {
    const p = clfProbs[module] ?? 0;
    let r = 0;
    for (let j = 0; j < m; j++) if ((clfProbs[j] ?? 0) > p) r++;
    return r;
  };
  return candidates.map((c) => {
    const perField: Record<string, number> = {};
    let expansion = 0;
    const matched = new Set<string>();
    for (const t of c.evidence.terms) {
      if (t.source === 'query') {
        perField[t.field] = (perField[t.field] ?? 0) + t.score;
        matched.add(t.term);
      } else expansion += t.score;
    }
    const p = clfProbs[c.module] ?? 0;
    const r = clfRank(c.module);
    const times = stats.commitTimes[c.module] ?? [];
    const n = countBefore(times, limit);
    const last = n > 0 ? (times[n - 1] ?? 0) : undefined;
    const pathWords = stats.pathWords[c.module] ?? new Set<string>();
    let overlap = 0;
    for (const w of qWords) if (pathWords.has(w)) overlap++;
    const seg = stats.lastSegmentWords[c.module] ?? [];
    return [
      c.score / top,
      Math.log1p(c.score),
      1 / (c.rank + 1),
      c.rank === 0 ? 1 : 0,
      ...FIELDS.map((f) => (perField[f] ?? 0) / top),
      expansion / Math.max(c.score, 1e-9),
      c.evidence.graphScore / Math.max(c.score, 1e-9),
      (c.evidence.file?.score ?? 0) / Math.max(c.score, 1e-9),
      (c.evidence.commits?.score ?? 0) / Math.max(c.score, 1e-9),
      matched.size / Math.max(qWords.size, 1),
      p,
      Math.max(-5, Math.log((p + 1e-4) * m)) / 5,
      1 / (r + 1),
      r === 0 ? 1 : 0,
      totalCommits > 0 ? Math.log(((n + 1) / (totalCommits + m)) * m) : 0,
      last !== undefined ? Math.exp(-Math.max(0, now - last) / DAY_MS / 90) : 0,
      overlap / Math.max(qWords.size, 1),
      seg.length > 0 && seg.every((w) => qWords.has(w)) ? 1 : 0,
      Math.log1p(stats.files[c.module] ?? 0) / 5,
      Math.log1p(stats.usedBy[c.module] ?? 0) / Math.log1p(Math.max(m - 1, 1)),
      Math.log1p(stats.bytes[c.module] ?? 0) / 15,
    ];
  });
};
