import { addToPostings } from './buildLexicalIndex.ts';
import type { CutoffState, LexicalIndex, Postings } from './LexicalIndex.ts';

const DAY_MS = 86_400_000;
const MAX_CACHED_CUTOFFS = 16;

/** Parses an `asOf` value to epoch ms; undefined means "no cutoff". Throws on an unparseable date. */
export const cutoffTime = (asOf: string | undefined): number => {
  if (asOf === undefined) return Number.POSITIVE_INFINITY;
  const time = Date.parse(asOf);
  if (Number.isNaN(time)) throw new RangeError(`Not a date: ${asOf}`);
  return time;
};

/** Number of commits (oldest first) strictly before `time`. */
const countBefore = (index: LexicalIndex, time: number): number => {
  let lo = 0;
  let hi = index.commits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.commits[mid]?.time ?? 0) < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

const buildState = (index: LexicalIndex, commitCount: number): CutoffState => {
  const { history } = index.options;
  const n = index.ids.length;
  const perModule = index.ids.map(() => new Map<string, number>());
  const newest = index.commits[commitCount - 1]?.time ?? 0;
  for (let i = 0; i < commitCount; i++) {
    const commit = index.commits[i];
    if (commit === undefined || commit.modules.length > history.maxModulesPerCommit) continue;
    // Newer commits describe the module as it is now; a commit split over k modules says 1/k as much about each.
    const ageDays = (newest - commit.time) / DAY_MS;
    const recency = Math.max(history.minWeight, 0.5 ** (ageDays / history.halfLifeDays));
    const weight = recency / commit.modules.length;
    for (const doc of commit.modules) {
      const counts = perModule[doc];
      if (counts === undefined) continue;
      for (const term of commit.terms) counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  }
  const historyPostings: Postings = new Map();
  const historyLengths = new Float64Array(n);
  perModule.forEach((counts, doc) => {
    let length = 0;
    for (const tf of counts.values()) length += tf;
    historyLengths[doc] = length;
    addToPostings(historyPostings, doc, counts);
  });

  const norms = index.fields.map((field) => {
    const lengths = new Float64Array(n);
    let total = 0;
    for (let d = 0; d < n; d++) {
      const len = (field.lengths[d] ?? 0) + (field.hasHistory ? (historyLengths[d] ?? 0) : 0);
      lengths[d] = len;
      total += len;
    }
    const avg = total / Math.max(n, 1) || 1;
    return lengths.map((len) => 1 - field.b + (field.b * len) / avg);
  });

  let contextLimit = index.contexts.length;
  for (let i = commitCount; i < index.commitContext.length; i++) {
    const id = index.commitContext[i] ?? -1;
    if (id >= 0) {
      contextLimit = id;
      break;
    }
  }
  return { commitCount, historyPostings, historyLengths, norms, contextLimit, cooccurrenceCache: new Map() };
};

/** The history-dependent state for commits strictly before `asOf`, cached per distinct set of usable commits. */
export const getCutoffState = (index: LexicalIndex, asOf: string | undefined): CutoffState => {
  const commitCount = countBefore(index, cutoffTime(asOf));
  // Key by usable-commit count: two dates with no commit between them share one state.
  const key = String(commitCount);
  let state = index.cutoffs.get(key);
  if (state === undefined) {
    state = buildState(index, commitCount);
    // Eval runs ask with one cutoff per case; keep memory bounded, oldest-inserted out first.
    if (index.cutoffs.size >= MAX_CACHED_CUTOFFS) {
      const oldest = index.cutoffs.keys().next().value;
      if (oldest !== undefined) index.cutoffs.delete(oldest);
    }
    index.cutoffs.set(key, state);
  }
  return state;
};
