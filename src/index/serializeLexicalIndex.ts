import type { FieldIndex, LexicalIndex, Postings } from './LexicalIndex.ts';
import type { LexicalOptions } from './lexicalDefaults.ts';
import type { ModuleId } from '../graph/types.ts';

/** Bump when the shape below changes; a cache with another version is rebuilt, never read. */
export const LEXICAL_INDEX_FORMAT = 'lexical-index.v1';

interface SerializedPostings {
  terms: string[];
  docs: number[][];
  tfs: number[][];
}

/** Plain-JSON form of a built index (history cutoff states are not stored: they are rebuilt on demand). */
export interface SerializedLexicalIndex {
  format: typeof LEXICAL_INDEX_FORMAT;
  /** ModuleGraph.fingerprint the index was built from. */
  fingerprint: string;
  options: LexicalOptions;
  ids: string[];
  fields: { name: string; weight: number; b: number; hasHistory: boolean; lengths: number[]; postings: SerializedPostings }[];
  commits: LexicalIndex['commits'];
  adjacency: LexicalIndex['adjacency'];
  contexts: string[][];
  staticContextCount: number;
  commitContext: number[];
  identifierTerms: string[];
}

const packPostings = (postings: Postings): SerializedPostings => {
  const out: SerializedPostings = { terms: [], docs: [], tfs: [] };
  for (const [term, posting] of postings) {
    out.terms.push(term);
    out.docs.push(posting.docs);
    out.tfs.push(posting.tfs);
  }
  return out;
};

const unpackPostings = (packed: SerializedPostings): Postings => {
  const postings: Postings = new Map();
  packed.terms.forEach((term, i) => postings.set(term, { docs: packed.docs[i] ?? [], tfs: packed.tfs[i] ?? [] }));
  return postings;
};

export const serializeLexicalIndex = (index: LexicalIndex, fingerprint: string): SerializedLexicalIndex => ({
  format: LEXICAL_INDEX_FORMAT,
  fingerprint,
  options: index.options,
  ids: index.ids,
  fields: index.fields.map((f) => ({
    name: f.name,
    weight: f.weight,
    b: f.b,
    hasHistory: f.hasHistory,
    lengths: Array.from(f.lengths),
    postings: packPostings(f.postings),
  })),
  commits: index.commits,
  adjacency: index.adjacency,
  contexts: index.contexts,
  staticContextCount: index.staticContextCount,
  commitContext: index.commitContext,
  identifierTerms: [...index.identifierTerms],
});

/**
 * Restores an index, or returns undefined when the cache is stale: another format, another graph
 * fingerprint, or other options (compared as JSON). Callers then rebuild and overwrite the cache.
 */
export const deserializeLexicalIndex = (
  data: SerializedLexicalIndex,
  expected: { fingerprint: string; options: LexicalOptions },
): LexicalIndex | undefined => {
  if (data.format !== LEXICAL_INDEX_FORMAT || data.fingerprint !== expected.fingerprint) return undefined;
  if (JSON.stringify(data.options) !== JSON.stringify(expected.options)) return undefined;
  const fields: FieldIndex[] = data.fields.map((f) => ({
    name: f.name,
    weight: f.weight,
    b: f.b,
    hasHistory: f.hasHistory,
    lengths: Float64Array.from(f.lengths),
    postings: unpackPostings(f.postings),
  }));
  const vocabulary = new Set<string>();
  for (const f of fields) for (const term of f.postings.keys()) vocabulary.add(term);
  for (const c of data.commits) for (const t of c.terms) vocabulary.add(t);
  const termContexts = new Map<string, number[]>();
  data.contexts.forEach((terms, id) => {
    for (const t of terms) {
      const list = termContexts.get(t);
      if (list === undefined) termContexts.set(t, [id]);
      else list.push(id);
    }
  });
  return {
    options: data.options,
    ids: data.ids as ModuleId[],
    fields,
    commits: data.commits,
    adjacency: data.adjacency,
    contexts: data.contexts,
    staticContextCount: data.staticContextCount,
    commitContext: data.commitContext,
    termContexts,
    identifierTerms: new Set(data.identifierTerms),
    vocabulary,
    cutoffs: new Map(),
  };
};
