import { isBinaryAsset } from '../graph/isBinaryAsset.ts';
import type { ModuleGraph, ModuleNode, ModuleSymbol, TermBag } from '../graph/ModuleGraph.ts';
import { translationCopies } from '../graph/translationCopies.ts';
import { createTermAnalyzer } from './analyze.ts';
import { firstSenseWords } from './chineseGlosses.ts';
import { packCommitIds, type Adjacency, type FieldIndex, type FileLevel, type LexicalIndex, type PreparedCommit } from './LexicalIndex.ts';
import { fileIndexOptions, type LexicalOptions } from './lexicalDefaults.ts';
import { moduleSourceTerms, supportFilesOf, type StaticSourceName } from './moduleSources.ts';
import { createTermTable, RowsBuilder, rowEnd, rowStart, type Postings, type TermTable } from './postings.ts';
import { stripCommitPrefix } from './stopwords.ts';
import { codeModuleWords, findTestModules, isCodeKind, productTestWords, SUPPORT_KIND } from './testModules.ts';
import { findPlatformModules } from './platformModules.ts';
import { findLanguageModules } from './languageModules.ts';
import { hasHan } from '../util/cjkBigrams.ts';
import { isMarkerFile } from './isMarkerFile.ts';

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

/**
 * Term frequencies of one document, accumulated in a dense scratch array indexed by term id (grown as
 * the term table grows) with a list of touched ids; `flush` hands them out in first-touch order and resets.
 */
export const createTermCounter = () => {
  let tf = new Float64Array(1024);
  const touched: number[] = [];
  return {
    add(term: number, weight: number): void {
      if (term >= tf.length) {
        const next = new Float64Array(Math.max(term + 1, tf.length * 2));
        next.set(tf);
        tf = next;
      }
      if (tf[term] === 0) touched.push(term);
      tf[term] = (tf[term] as number) + weight;
    },
    /** Calls `emit` per touched term in first-touch order; returns the sum of the frequencies (same order). */
    flush(emit: (term: number, tf: number) => void): number {
      let length = 0;
      for (const term of touched) {
        const value = tf[term] as number;
        length += value;
        emit(term, value);
        tf[term] = 0;
      }
      touched.length = 0;
      return length;
    },
  };
};

/** Marks every term that has a posting in `postings`. */
const markPresent = (postings: Postings, into: Uint8Array): void => {
  for (let t = 0; t + 1 < postings.offsets.length; t++) if (rowEnd(postings, t) > rowStart(postings, t)) into[t] = 1;
};


/**
 * Every file of the graph as a one-file module (its path, its symbols, its term bag), owned by the
 * module (index) it belongs to. Built before the module index, into the same term table.
 */
const buildFileLevel = (graph: ModuleGraph, options: LexicalOptions, terms: TermTable, support: readonly ReadonlySet<string>[], translations: ReadonlySet<string>): FileLevel => {
  const nodes: ModuleNode[] = [];
  const owner: number[] = [];
  graph.modules.forEach((m, i) => {
    const byFile = new Map<string, ModuleSymbol[]>();
    for (const s of m.symbols) (byFile.get(s.file) ?? byFile.set(s.file, []).get(s.file)!).push(s);
    // A code module's own tests and examples are no evidence for it (moduleSources.ts supportFilesOf).
    for (const file of m.files) {
      if (isBinaryAsset(file) || isMarkerFile(file) || support[i]?.has(file) || translations.has(file)) continue;
      nodes.push({ id: file as ModuleNode['id'], path: file, files: [file], languages: {}, bytes: 0, symbols: byFile.get(file) ?? [], docComments: [], summary: '' });
      owner.push(i);
    }
  });
  const fileGraph: ModuleGraph = { root: graph.root, modules: nodes, edges: [], commits: [], fingerprint: graph.fingerprint, ...(graph.termBag ? { termBag: graph.termBag } : {}) };
  return { index: buildLexicalIndex(fileGraph, fileIndexOptions(options), terms), owner: Int32Array.from(owner) };
};

const NO_TERMS: TermBag = [];

/**
 * Builds the lexical index of a module graph. History postings are built lazily per `asOf` cutoff.
 * `terms` is shared with an enclosing index (the file level shares its module index's table).
 */
export const buildLexicalIndex = (graph: ModuleGraph, options: LexicalOptions, terms: TermTable = createTermTable()): LexicalIndex => {
  const kinds = findTestModules(graph);
  // A code module's own tests and examples, left out of its fields and of the file level (moduleSources.ts).
  const support = graph.modules.map((m, i) => (isCodeKind(kinds[i] ?? 0) ? supportFilesOf(m) : new Set<string>()));
  // A catalog's translations repeat its English copy: their words out of the code field and the file level, their names kept.
  const translations = translationCopies(graph.modules.flatMap((m) => m.files));
  const bagOf = graph.termBag;
  const termBag = bagOf && translations.size > 0 ? (file: string): TermBag => (translations.has(file) ? NO_TERMS : bagOf(file)) : bagOf;
  const files = options.files.weight > 0 && graph.modules.length > 0 ? buildFileLevel(graph, options, terms, support, translations) : undefined;
  const glossed = options.translations.enabled && options.translations.documents;
  const analyzer = createTermAnalyzer({ stem: options.stem, ...(glossed ? { glosses: firstSenseWords } : {}) }, terms);
  const ids = graph.modules.map((m) => m.id);
  const indexOf = new Map<string, number>(ids.map((id, i) => [id, i]));
  const n = ids.length;

  const fieldSpecs = Object.entries(options.fields)
    .filter(([, f]) => f.weight > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const needsCode = fieldSpecs.some(([, f]) => f.sources.includes('code') || f.sources.includes('pages'));
  const fieldBuilders = fieldSpecs.map(() => new RowsBuilder(true));
  const fieldLengths = fieldSpecs.map(() => new Float64Array(n));
  let identifierFlags = new Uint8Array(1024);
  const contexts = new RowsBuilder(false);
  let contextCount = 0;
  const maxContextTerms = options.cooccurrence.maxTermsPerContext;
  const counter = createTermCounter();
  // Distinct terms of a context in first-occurrence order, capped: a stamp per term id (the call that
  // last saw it) instead of a Set per context.
  let stamps = new Int32Array(1024).fill(-1);
  let stamp = 0;
  const addContext = (termIds: ArrayLike<number>): boolean => {
    stamp++;
    if (terms.terms.length > stamps.length) {
      const next = new Int32Array(Math.max(terms.terms.length, stamps.length * 2)).fill(-1);
      next.set(stamps);
      stamps = next;
    }
    let kept = 0;
    for (let i = 0; i < termIds.length && kept < maxContextTerms; i++) {
      const t = termIds[i] as number;
      if (stamps[t] === stamp) continue;
      stamps[t] = stamp;
      contexts.add(contextCount, t);
      kept++;
    }
    if (kept < 2) {
      contexts.drop(kept);
      return false;
    }
    contextCount++;
    return true;
  };

  graph.modules.forEach((node, doc) => {
    const { sources, contexts: passages } = moduleSourceTerms(node, analyzer, options.distinctFileStems, needsCode ? termBag : undefined, options.dampSymbols, support[doc], options.codeKeywords === 'drop', kinds[doc] === SUPPORT_KIND.docs);
    for (const source of ['path', 'name', 'symbols'] as const) {
      for (const t of sources[source]) {
        if (t >= identifierFlags.length) {
          const next = new Uint8Array(Math.max(t + 1, identifierFlags.length * 2));
          next.set(identifierFlags);
          identifierFlags = next;
        }
        identifierFlags[t] = 1;
      }
    }
    fieldSpecs.forEach(([, spec], f) => {
      for (const source of spec.sources) {
        if (source === 'history') continue;
        for (const t of sources[source as StaticSourceName]) counter.add(t, 1);
      }
      const builder = fieldBuilders[f] as RowsBuilder;
      (fieldLengths[f] as Float64Array)[doc] = counter.flush((t, tf) => builder.add(t, doc, tf));
    });
    if (options.cooccurrence.enabled) for (const passage of passages) addContext(passage);
  });
  const staticContextCount = contextCount;

  const prepared: (PreparedCommit & { sha: string })[] = [];
  for (const commit of graph.commits) {
    // A commit that can't be placed in time could leak the future into any cutoff: leave it out.
    const time = Date.parse(commit.date);
    if (Number.isNaN(time)) continue;
    const modules = [...new Set(commit.modules.flatMap((id) => indexOf.get(id) ?? []))].sort((a, b) => a - b);
    if (modules.length === 0) continue;
    const subject = options.stripCommitPrefix ? stripCommitPrefix(commit.subject).text : commit.subject;
    const text = options.history.includeBody && commit.body !== '' ? `${subject}\n${commit.body}` : subject;
    const out: number[] = [];
    analyzer.text(text, out);
    prepared.push({ sha: commit.sha.slice(0, 12), time, modules, terms: Int32Array.from(out) });
  }
  prepared.sort((a, b) => a.time - b.time);

  const commitContext = new Int32Array(prepared.length).fill(-1);
  const moduleCommits = new RowsBuilder(false);
  const termCommits = new RowsBuilder(false);
  // Every commit term is interned by now; the last commit that listed a term keeps each row distinct.
  const lastCommitOf = new Int32Array(terms.terms.length).fill(-1);
  prepared.forEach((c, i) => {
    for (const m of c.modules) moduleCommits.add(m, i);
    for (const t of c.terms) {
      if (lastCommitOf[t] === i) continue;
      lastCommitOf[t] = i;
      termCommits.add(t, i);
    }
    if (options.cooccurrence.enabled && options.cooccurrence.useHistory) {
      const id = contextCount;
      if (addContext(c.terms)) commitContext[i] = id;
    }
  });

  // Every term is known now: freeze the term-indexed tables at the final vocabulary size.
  const termCount = terms.terms.length;
  const contextRows = contexts.rows(contextCount);
  const termContexts = new RowsBuilder(false);
  for (let c = 0; c < contextCount; c++) {
    for (let i = rowStart(contextRows, c); i < rowEnd(contextRows, c); i++) termContexts.add(contextRows.values[i] as number, c);
  }
  const fields: FieldIndex[] = fieldSpecs.map(([name, spec], f) => ({
    name,
    weight: spec.weight,
    b: spec.b,
    hasHistory: spec.sources.includes('history'),
    postings: (fieldBuilders[f] as RowsBuilder).postings(termCount),
    lengths: fieldLengths[f] as Float64Array,
  }));
  const vocabulary = new Uint8Array(termCount);
  for (const field of fields) markPresent(field.postings, vocabulary);
  for (const c of prepared) for (const t of c.terms) vocabulary[t] = 1;
  const identifier = new Uint8Array(termCount);
  identifier.set(identifierFlags.subarray(0, Math.min(termCount, identifierFlags.length)));

  return {
    options,
    ids,
    terms,
    fields,
    commits: prepared.map(({ time, modules, terms: commitTerms }) => ({ time, modules, terms: commitTerms })),
    moduleCommits: moduleCommits.rows(n),
    termCommits: termCommits.rows(termCount),
    commitIds: packCommitIds(prepared.map((c) => c.sha)),
    adjacency: buildAdjacency(graph, indexOf),
    contexts: contextRows,
    staticContextCount,
    commitContext,
    termContexts: termContexts.rows(termCount),
    identifier,
    vocabulary,
    testModules: kinds,
    platforms: findPlatformModules(graph),
    languages: findLanguageModules(graph),
    chineseShare: chineseShare(terms.terms, fields, n),
    codeTestWords: [...new Set([...codeModuleWords(graph.modules.map((m) => m.id), kinds), ...productTestWords(graph.modules, kinds)])].sort(),
    cutoffs: new Map(),
    ...(files ? { files } : {}),
  };
};

/** Share of the `moduleCount` documents with a Chinese term in some field. */
const chineseShare = (terms: readonly string[], fields: readonly FieldIndex[], moduleCount: number): number => {
  if (moduleCount === 0) return 0;
  const chinese = new Uint8Array(moduleCount);
  terms.forEach((term, t) => {
    if (!hasHan(term)) return;
    for (const { postings } of fields) for (let i = rowStart(postings, t); i < rowEnd(postings, t); i++) chinese[postings.docs[i] as number] = 1;
  });
  return chinese.reduce((sum, flag) => sum + flag, 0) / moduleCount;
};
