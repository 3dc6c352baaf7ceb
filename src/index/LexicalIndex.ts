import type { ModuleId } from '../graph/types.ts';
import type { LexicalOptions } from './lexicalDefaults.ts';
import type { Postings, Rows, TermTable } from './postings.ts';

/** One BM25F field: its static postings; history, when the field has it, is added per cutoff. */
export interface FieldIndex {
  name: string;
  weight: number;
  b: number;
  hasHistory: boolean;
  postings: Postings;
  lengths: Float64Array;
}

/** A commit prepared once: analyzed term ids, owning module indexes (ascending), time. Sorted oldest first. */
export interface PreparedCommit {
  time: number;
  modules: number[];
  terms: Int32Array;
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

/**
 * A built lexical index. Terms are interned (`terms`): every posting list, context and commit holds
 * term ids in typed arrays, so a 2,000-module graph builds in seconds and serializes as flat buffers.
 */
export interface LexicalIndex {
  options: LexicalOptions;
  ids: ModuleId[];
  terms: TermTable;
  fields: FieldIndex[];
  commits: PreparedCommit[];
  /** Module → ascending indexes into `commits` of the commits that touched it. */
  moduleCommits: Rows;
  /** Term id → ascending indexes into `commits` of the commits whose text has it (similar-commit search). */
  termCommits: Rows;
  /** Abbreviated ids of `commits`, COMMIT_ID_BYTES ASCII bytes each (zero-padded), read only for explanations. */
  commitIds: Uint8Array;
  adjacency: Adjacency[];
  /** Co-occurrence contexts as rows of term ids: static ones first, then one per commit (oldest first). */
  contexts: Rows;
  staticContextCount: number;
  /** Commit index → context id (-1 when the commit has no context). */
  commitContext: Int32Array;
  /** Term id → ascending ids of the contexts containing it. */
  termContexts: Rows;
  /** Per term id, 1 for terms from path, name and symbols: the targets of co-occurrence expansion. */
  identifier: Uint8Array;
  /** Per term id, 1 when some field or commit has it (any cutoff): expansions outside it can't match. */
  vocabulary: Uint8Array;
  /** Per module, its SUPPORT_KIND (testModules.ts: 1 tests, 2 examples, 3 headers, 4 declarations, 5 docs, 6 legacy copies): ranked down unless the request is about those. */
  testModules: Uint8Array;
  /** Per module, the platforms its folders are named after (platformModules.ts bit mask; 0 for shared code). */
  platforms: Int32Array;
  /** Per module, the language that makes at least half of it (languageModules.ts bit mask; 0 for none). */
  languages: Int32Array;
  /**
   * Share of modules whose own text (any field; history aside) has Chinese characters: code commented in
   * Chinese, where an English request's words also search their Chinese translations (expandQuery.ts).
   */
  chineseShare: number;
  /**
   * Test words that name the code here, not its tests (testModules.ts codeModuleWords and productTestWords):
   * a request saying them is not about the test suites.
   */
  codeTestWords: string[];
  cutoffs: Map<string, CutoffState>;
  /** File-level index (options.files.weight > 0): one document per file, sharing `terms`. */
  files?: FileLevel;
}

/** Every file of the graph as a document of its own, and the module (index into `ids`) owning each. */
export interface FileLevel {
  index: LexicalIndex;
  owner: Int32Array;
}

/** Id of a term that some field or commit has, or undefined. */
export const vocabularyId = (index: LexicalIndex, term: string): number | undefined => {
  const id = index.terms.id(term);
  return id !== undefined && index.vocabulary[id] === 1 ? id : undefined;
};

/** Bytes kept per commit id: 12 hex digits name a commit in any repository of realistic size. */
export const COMMIT_ID_BYTES = 12;

/** Packs commit ids (abbreviated, ASCII) into one byte array. */
export const packCommitIds = (shas: readonly string[]): Uint8Array => {
  const out = new Uint8Array(shas.length * COMMIT_ID_BYTES);
  shas.forEach((sha, i) => {
    for (let k = 0; k < Math.min(sha.length, COMMIT_ID_BYTES); k++) out[i * COMMIT_ID_BYTES + k] = sha.charCodeAt(k) & 0x7f;
  });
  return out;
};

/** The abbreviated id of commit `i` ('' when unknown). */
export const commitId = (index: LexicalIndex, i: number): string => {
  let out = '';
  for (let k = 0; k < COMMIT_ID_BYTES; k++) {
    const c = index.commitIds[i * COMMIT_ID_BYTES + k] ?? 0;
    if (c === 0) break;
    out += String.fromCharCode(c);
  }
  return out;
};
