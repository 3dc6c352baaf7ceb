import type { ModuleId } from '../graph/types.ts';
import type { LexicalOptions } from './lexicalDefaults.ts';

/** Module indexes (positions in `ids`, ascending) and their term frequencies. */
export interface Posting {
  docs: number[];
  tfs: number[];
}

export type Postings = Map<string, Posting>;

/** One BM25F field: its static postings; history, when the field has it, is added per cutoff. */
export interface FieldIndex {
  name: string;
  weight: number;
  b: number;
  hasHistory: boolean;
  postings: Postings;
  lengths: Float64Array;
}

/** A commit prepared once: analyzed text, owning module indexes, time. Sorted oldest first. */
export interface PreparedCommit {
  time: number;
  modules: number[];
  terms: string[];
}

/** Weighted undirected dependency neighbours, weights already divided by the sender's total. */
export interface Adjacency {
  to: number[];
  share: number[];
}

/** History-dependent part of the index for one `asOf` cutoff (computed lazily, cached). */
export interface CutoffState {
  /** Commits usable: `commits[0 .. commitCount)`. */
  commitCount: number;
  historyPostings: Postings;
  historyLengths: Float64Array;
  /** Per field: 1 - b + b * len / avgLen. */
  norms: Float64Array[];
  /** Co-occurrence contexts usable: ids below this. */
  contextLimit: number;
  cooccurrenceCache: Map<string, { term: string; ppmi: number }[]>;
}

export interface LexicalIndex {
  options: LexicalOptions;
  ids: ModuleId[];
  fields: FieldIndex[];
  commits: PreparedCommit[];
  adjacency: Adjacency[];
  /** Term lists of co-occurrence contexts: static ones first, then one per commit (oldest first). */
  contexts: string[][];
  staticContextCount: number;
  /** Commit index → context id (-1 when the commit has no context). */
  commitContext: number[];
  /** Term → ascending ids of the contexts containing it. */
  termContexts: Map<string, number[]>;
  /** Terms from path, name and symbols: the targets of co-occurrence expansion. */
  identifierTerms: Set<string>;
  /** Every term of every source (any cutoff): expansions outside it can't match. */
  vocabulary: Set<string>;
  cutoffs: Map<string, CutoffState>;
}
