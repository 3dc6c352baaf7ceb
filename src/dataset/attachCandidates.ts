import { rngFor } from '../util/random.ts';
import type { DatasetExample } from './DatasetExample.ts';
import type { ModuleCard } from './routingChat.ts';

export const candidateGoldModes = ['natural', 'ensure'] as const;
export type CandidateGold = (typeof candidateGoldModes)[number];

export interface CandidateOptions {
  /** Cards per example: the top K of the ranker (the lexical backend), as `--shortlist K` at inference. */
  k: number;
  /**
   * `natural`: the ranker's top K as it is, so the gold module is missing where lexical misses it
   * (what the model will see). `ensure`: in the train split, missing gold modules replace the
   * lowest-ranked cards at seeded random positions; val and test stay natural so their scores
   * stay honest.
   */
  gold: CandidateGold;
  seed: number;
}

export interface CandidateStats {
  k: number;
  gold: CandidateGold;
  examples: number;
  /** Examples whose every target was in the ranker's top K before any insertion. */
  goldInShortlist: number;
  /** Examples where `ensure` inserted at least one gold card. */
  goldInserted: number;
}

/**
 * Gives every example the candidate cards the backends would show for its prompt. The ranker is
 * passed in (api/ wires the lexical backend), so the dataset never runs a backend itself.
 */
export async function attachCandidates(
  examples: readonly DatasetExample[],
  options: CandidateOptions,
  rank: (query: string, k: number) => Promise<string[]>,
  card: (id: string) => ModuleCard | undefined,
): Promise<{ examples: DatasetExample[]; stats: CandidateStats }> {
  const stats: CandidateStats = { k: options.k, gold: options.gold, examples: examples.length, goldInShortlist: 0, goldInserted: 0 };
  const out: DatasetExample[] = [];
  for (const e of examples) {
    const ids = (await rank(e.prompt, options.k)).slice(0, options.k);
    const targets = e.targets.map(String);
    const missing = targets.filter((t) => !ids.includes(t));
    if (missing.length === 0) stats.goldInShortlist++;
    if (options.gold === 'ensure' && e.split === 'train' && missing.length > 0) {
      const rng = rngFor(options.seed, `candidates:${e.id}`);
      const keep = ids.filter((id) => targets.includes(id));
      const others = ids.filter((id) => !targets.includes(id));
      const room = Math.max(0, options.k - keep.length - Math.min(missing.length, options.k - keep.length));
      const next = ids.filter((id) => keep.includes(id) || others.slice(0, room).includes(id));
      for (const t of missing.slice(0, options.k - keep.length)) next.splice(rng.int(next.length + 1), 0, t);
      ids.splice(0, ids.length, ...next);
      stats.goldInserted++;
    }
    out.push({ ...e, candidates: ids.flatMap((id) => card(id) ?? []) });
  }
  return { examples: out, stats };
}
