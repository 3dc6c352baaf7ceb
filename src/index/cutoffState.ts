import { createTermCounter } from './buildLexicalIndex.ts';
import type { CutoffState, LexicalIndex, PreparedCommit } from './LexicalIndex.ts';
import { RowsBuilder, rowEnd, rowStart } from './postings.ts';

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
  const newest = index.commits[commitCount - 1]?.time ?? 0;
  // Newer commits describe the module as it is now; a commit split over k modules says 1/k as much about each.
  const weights = new Float64Array(commitCount);
  for (let i = 0; i < commitCount; i++) {
    const commit = index.commits[i];
    if (commit === undefined || commit.modules.length > history.maxModulesPerCommit) continue;
    const ageDays = (newest - commit.time) / DAY_MS;
    const recency = Math.max(history.minWeight, 0.5 ** (ageDays / history.halfLifeDays));
    weights[i] = recency / commit.modules.length;
  }
  // Module by module (rows of moduleCommits are ascending commit indexes, i.e. oldest first), so
  // each module's frequencies are summed in commit order and emitted in ascending module order.
  const counter = createTermCounter();
  const builder = new RowsBuilder(true);
  const historyLengths = new Float64Array(n);
  const { moduleCommits } = index;
  for (let doc = 0; doc < n; doc++) {
    for (let k = rowStart(moduleCommits, doc); k < rowEnd(moduleCommits, doc); k++) {
      const c = moduleCommits.values[k] as number;
      if (c >= commitCount) break;
      const weight = weights[c] as number;
      if (weight === 0) continue;
      const terms = (index.commits[c] as PreparedCommit).terms;
      for (let i = 0; i < terms.length; i++) counter.add(terms[i] as number, weight);
    }
    historyLengths[doc] = counter.flush((t, tf) => builder.add(t, doc, tf));
  }
  const historyPostings = builder.postings(index.terms.size);

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

  let contextLimit = index.contexts.offsets.length - 1;
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
