import type { ModuleGraph } from '../graph/ModuleGraph.ts';
import { createAnalyzer, createPathAnalyzer } from './analyze.ts';
import type { Adjacency, FieldIndex, LexicalIndex, Postings, PreparedCommit } from './LexicalIndex.ts';
import type { LexicalOptions } from './lexicalDefaults.ts';
import { moduleContexts, moduleSourceTerms, type StaticSourceName } from './moduleSources.ts';
import { stripCommitPrefix } from './stopwords.ts';

const countTerms = (terms: Iterable<string>, into: Map<string, number>, weight = 1): void => {
  for (const term of terms) into.set(term, (into.get(term) ?? 0) + weight);
};

/** Appends one document's term counts; documents must be added in ascending index order. */
export const addToPostings = (postings: Postings, doc: number, counts: Map<string, number>): void => {
  for (const [term, tf] of counts) {
    let posting = postings.get(term);
    if (posting === undefined) {
      posting = { docs: [], tfs: [] };
      postings.set(term, posting);
    }
    posting.docs.push(doc);
    posting.tfs.push(tf);
  }
};

const buildAdjacency = (graph: ModuleGraph, indexOf: Map<string, number>): Adjacency[] => {
  const weights = graph.modules.map(() => new Map<number, number>());
  for (const edge of graph.edges) {
    const from = indexOf.get(edge.from);
    const to = indexOf.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    // log1p: one heavy import relation should not take the whole share; direction is ignored because
    // a change request flows both ways (a caller changes with its callee).
    const w = Math.log1p(Math.max(edge.weight, 1));
    const a = weights[from];
    const b = weights[to];
    if (a === undefined || b === undefined) continue;
    a.set(to, (a.get(to) ?? 0) + w);
    b.set(from, (b.get(from) ?? 0) + w);
  }
  return weights.map((m) => {
    const to = [...m.keys()].sort((x, y) => x - y);
    const total = to.reduce((s, i) => s + (m.get(i) ?? 0), 0);
    return { to, share: to.map((i) => (m.get(i) ?? 0) / total) };
  });
};

const dedupeCapped = (terms: string[], max: number): string[] => {
  const out = [...new Set(terms)];
  return out.length > max ? out.slice(0, max) : out;
};

/** Builds the lexical index of a module graph. History postings are built lazily per `asOf` cutoff. */
export const buildLexicalIndex = (graph: ModuleGraph, options: LexicalOptions): LexicalIndex => {
  const analyze = createAnalyzer({ stem: options.stem });
  const analyzePath = createPathAnalyzer({ stem: options.stem });
  const ids = graph.modules.map((m) => m.id);
  const indexOf = new Map<string, number>(ids.map((id, i) => [id, i]));
  const n = ids.length;

  const fields: FieldIndex[] = Object.entries(options.fields)
    .filter(([, f]) => f.weight > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, f]) => ({
      name,
      weight: f.weight,
      b: f.b,
      hasHistory: f.sources.includes('history'),
      postings: new Map(),
      lengths: new Float64Array(n),
    }));

  const vocabulary = new Set<string>();
  const identifierTerms = new Set<string>();
  const contexts: string[][] = [];
  const maxContextTerms = options.cooccurrence.maxTermsPerContext;

  graph.modules.forEach((node, doc) => {
    const sources = moduleSourceTerms(node, analyze, analyzePath);
    for (const source of ['path', 'name', 'symbols'] as const) for (const t of sources[source]) identifierTerms.add(t);
    for (const field of fields) {
      const counts = new Map<string, number>();
      for (const source of options.fields[field.name]?.sources ?? []) {
        if (source === 'history') continue;
        countTerms(sources[source as StaticSourceName], counts);
      }
      let length = 0;
      for (const [term, tf] of counts) {
        length += tf;
        vocabulary.add(term);
      }
      field.lengths[doc] = length;
      addToPostings(field.postings, doc, counts);
    }
    if (options.cooccurrence.enabled) {
      for (const text of moduleContexts(node)) {
        const terms = dedupeCapped(analyze(text), maxContextTerms);
        if (terms.length >= 2) contexts.push(terms);
      }
    }
  });
  const staticContextCount = contexts.length;

  const prepared: PreparedCommit[] = [];
  for (const commit of graph.commits) {
    // A commit that can't be placed in time could leak the future into any cutoff: leave it out.
    const time = Date.parse(commit.date);
    if (Number.isNaN(time)) continue;
    const modules = [...new Set(commit.modules.flatMap((id) => indexOf.get(id) ?? []))].sort((a, b) => a - b);
    if (modules.length === 0) continue;
    const subject = options.stripCommitPrefix ? stripCommitPrefix(commit.subject).text : commit.subject;
    const text = options.history.includeBody && commit.body !== '' ? `${subject}\n${commit.body}` : subject;
    prepared.push({ time, modules, terms: analyze(text) });
  }
  prepared.sort((a, b) => a.time - b.time);
  for (const c of prepared) for (const t of c.terms) vocabulary.add(t);

  const commitContext: number[] = [];
  for (const c of prepared) {
    const terms = dedupeCapped(c.terms, maxContextTerms);
    if (options.cooccurrence.enabled && options.cooccurrence.useHistory && terms.length >= 2) {
      commitContext.push(contexts.length);
      contexts.push(terms);
    } else {
      commitContext.push(-1);
    }
  }
  const termContexts = new Map<string, number[]>();
  contexts.forEach((terms, id) => {
    for (const t of terms) {
      const list = termContexts.get(t);
      if (list === undefined) termContexts.set(t, [id]);
      else list.push(id);
    }
  });

  return {
    options,
    ids,
    fields,
    commits: prepared,
    adjacency: buildAdjacency(graph, indexOf),
    contexts,
    staticContextCount,
    commitContext,
    termContexts,
    identifierTerms,
    vocabulary,
    cutoffs: new Map(),
  };
};
