import { getCutoffState } from './cutoffState.ts';
import type { LexicalIndex } from './LexicalIndex.ts';
import type { QueryTerm } from './parseQuery.ts';
import { scoreModules } from './scoreModules.ts';

export interface FileBonus {
  /** Per module: what its best file adds to its score (0 without file-level evidence). */
  bonus: Float64Array;
  /** Per module: index of its best file in the file level (-1: none matched). */
  bestFile: Int32Array;
  /** Per file of the file level: its BM25F score for the query (empty without a file level). */
  fileScores: Float64Array;
}

/** Usable commits from which a repository's history speaks for itself (lexicalDefaults.ts files.withHistory). */
export const HISTORY_COMMITS = 100;

/**
 * File-level evidence (options.files): the query scored against every file as a document of its
 * own; each module gains weight × (top module score) × (its best file / best file overall), so a
 * module with one file that says it all can pass a big module where the same words are spread thin.
 * The weight is `files.withHistory` where `commitCount` usable commits reach HISTORY_COMMITS.
 */
export const scoreFiles = (index: LexicalIndex, terms: QueryTerm[], moduleScores: Float64Array, commitCount = 0, withPages = true): FileBonus => {
  const n = index.ids.length;
  const bonus = new Float64Array(n);
  const bestFile = new Int32Array(n).fill(-1);
  const level = index.files;
  const weight = (commitCount >= HISTORY_COMMITS ? index.options.files.withHistory : index.options.files.weight) * lengthFactor(index.options.files, terms);
  if (!level || weight <= 0) return { bonus, bestFile, fileScores: new Float64Array(0) };
  // No history at file level: commits are linked to modules, so every cutoff is the same.
  const { base } = scoreModules(level.index, getCutoffState(level.index, undefined), terms, withPages);
  const best = new Float64Array(n);
  let topFile = 0;
  for (let f = 0; f < base.length; f++) {
    const s = base[f] as number;
    if (s <= 0) continue;
    const m = level.owner[f] as number;
    if (s > (best[m] as number)) {
      best[m] = s;
      bestFile[m] = f;
    }
    if (s > topFile) topFile = s;
  }
  let topModule = 0;
  for (const s of moduleScores) if (s > topModule) topModule = s;
  if (topFile <= 0 || topModule <= 0) return { bonus, bestFile, fileScores: base };
  for (let m = 0; m < n; m++) bonus[m] = (weight * topModule * (best[m] as number)) / topFile;
  return { bonus, bestFile, fileScores: base };
};

/**
 * How much more a request's best files weigh as it gets longer (`files.long`): × 1 up to `from` words of its own, × `factor`
 * from `to` words on, linearly between.
 */
const lengthFactor = (options: { long: { factor: number; from: number; to: number } }, terms: readonly QueryTerm[]): number => {
  const { factor, from, to } = options.long;
  if (factor === 1) return 1;
  const words = terms.filter((t) => t.source === 'query').length;
  if (words <= from) return 1;
  if (words >= to || to <= from) return factor;
  return 1 + ((factor - 1) * (words - from)) / (to - from);
};
