import type { CutoffState, LexicalIndex } from './LexicalIndex.ts';
import type { QueryTerm } from './parseQuery.ts';
import { rowEnd, rowStart, type Rows } from './postings.ts';

export interface CommitBonus {
  /** Per module: what the votes of similar earlier commits add to its score. */
  bonus: Float64Array;
  /** Per module: index into `index.commits` of its most similar voting commit (-1: none). */
  nearest: Int32Array;
  /** Per module: how many of the k nearest commits touched it. */
  votes: Int32Array;
}

/**
 * End of the usable part of a row of ascending commit indexes: commits are oldest first, so the ones
 * before the cutoff (index < `usable`) are a prefix of the row.
 */
const usableEnd = (rows: Rows, row: number, usable: number): number => {
  let lo = rowStart(rows, row);
  let hi = rowEnd(rows, row);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows.values[mid] as number) < usable) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * Nearest-neighbour history (options.similarCommits). Each commit usable at this cutoff is scored
 * against the query's own words: Σ weight × IDF over commits, divided by √(its length), so a long body
 * does not win by saying everything. The k best that touched at most `maxModulesPerCommit` modules (and at most
 * half of them)
 * vote for their modules (score / modules touched × the module's IDF over commits); a module gains
 * weight × (top module score) × (its votes / most votes). Expansions are left out: a past request is matched on what was asked.
 */
export const scoreSimilarCommits = (
  index: LexicalIndex,
  state: CutoffState,
  terms: readonly QueryTerm[],
  topModuleScore: number,
): CommitBonus => {
  const n = index.ids.length;
  const bonus = new Float64Array(n);
  const nearest = new Int32Array(n).fill(-1);
  const votes = new Int32Array(n);
  const { weight, k } = index.options.similarCommits;
  const usable = state.commitCount;
  if (weight <= 0 || usable === 0 || topModuleScore <= 0) return { bonus, nearest, votes };

  // Typed scores and a touched list, not a Map: a common word can be in tens of thousands of commits.
  const sim = new Float64Array(usable);
  const touched: number[] = [];
  for (const term of terms) {
    if (term.source !== 'query' || term.weight <= 0) continue;
    const id = index.terms.id(term.term);
    if (id === undefined) continue;
    const start = rowStart(index.termCommits, id);
    const end = usableEnd(index.termCommits, id, usable);
    const df = end - start;
    if (df === 0) continue;
    const idf = Math.log(1 + (usable - df + 0.5) / (df + 0.5));
    for (let i = start; i < end; i++) {
      const c = index.termCommits.values[i] as number;
      if (sim[c] === 0) touched.push(c);
      sim[c] = (sim[c] as number) + term.weight * idf;
    }
  }
  // A commit that touched most modules (an import, a licence header, a reformat) says nothing about one of them,
  // however few modules there are: RxJS's 17-module tree added "similar commits" to every module for its one "import".
  const limit = Math.min(index.options.history.maxModulesPerCommit, Math.max(1, Math.floor(n / 2)));
  // The k best by insertion into a short sorted list (a full sort of every touched commit cost more
  // than the scoring). Ties go to the newer commit: it describes the code as it is now.
  const ranked: [number, number][] = [];
  const better = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] > b[0]);
  for (const c of touched) {
    const commit = index.commits[c];
    if (commit === undefined || commit.modules.length > limit) continue;
    const entry: [number, number] = [c, (sim[c] as number) / Math.sqrt(Math.max(commit.terms.length, 1))];
    if (ranked.length === k && !better(entry, ranked[k - 1] as [number, number])) continue;
    let at = ranked.length;
    while (at > 0 && better(entry, ranked[at - 1] as [number, number])) at--;
    ranked.splice(at, 0, entry);
    if (ranked.length > k) ranked.pop();
  }
  const total = new Float64Array(n);
  // A module most commits touch (tests, docs, a catch-all root) says little by being touched again:
  // each vote is weighted by the module's IDF over the usable commits.
  const idf = (m: number): number =>
    Math.log(1 + usable / Math.max(usableEnd(index.moduleCommits, m, usable) - rowStart(index.moduleCommits, m), 1));
  let most = 0;
  for (const [c, s] of ranked) {
    const commit = index.commits[c];
    if (commit === undefined) continue;
    for (const m of commit.modules) {
      const v = (total[m] as number) + (s / commit.modules.length) * idf(m);
      total[m] = v;
      votes[m] = (votes[m] as number) + 1;
      if (nearest[m] === -1) nearest[m] = c;
      if (v > most) most = v;
    }
  }
  if (most <= 0) return { bonus, nearest, votes };
  for (let m = 0; m < n; m++) bonus[m] = (weight * topModuleScore * (total[m] as number)) / most;
  return { bonus, nearest, votes };
};
