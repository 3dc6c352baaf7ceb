import type { ModuleId } from '../graph/types.ts';
import type { CutoffState, LexicalIndex } from './LexicalIndex.ts';
import type { QueryTerm } from './parseQuery.ts';
import { rowEnd, rowStart, type Postings } from './postings.ts';
import type { ModuleScores } from './scoreModules.ts';
import { fieldPostings, isPagesField } from './scoreModules.ts';

/** JSON-serializable evidence of one lexical hit. */
export interface LexicalEvidence {
  baseScore: number;
  graphScore: number;
  /** Best contributing terms, each with the field that gave it most. */
  terms: { term: string; field: string; score: number; source: string; from?: string }[];
  /** Top terms per field. */
  fields: Record<string, string[]>;
  /** Expansion terms that contributed to this module. */
  expansions: { term: string; from: string; source: string; score: number }[];
  /** Neighbours whose score flowed into this one. */
  neighbours: { id: ModuleId; score: number }[];
  /** The module's best-matching file, what it added (file-level evidence, options.files) and the request's words it holds. */
  file?: { path: string; score: number; terms: string[] };
  /** A file of the module that the request names (scoreNamedFiles.ts), and what it added. */
  named?: { file: string; score: number };
  /** A quoted phrase of the request found verbatim in one of its files (scorePhrases.ts). */
  phrase?: { text: string; file: string; words: number; of: number; score: number };
  /** Votes of the earlier commits most like the query (options.similarCommits): bonus, how many voted, the nearest one's id. */
  commits?: { score: number; votes: number; nearest: string };
  /** The factor a supporting module (tests, examples, docs; headers and declarations by options.headerModules, data shapes by options.dataModules) was ranked down by, when it was. */
  supportModule?: { kind: 'tests' | 'examples' | 'headers' | 'declarations' | 'docs' | 'legacy' | 'screens' | 'data'; factor: number };
  /** The platforms the module's folders are named after, and its factor, when the request names a platform (options.platforms). */
  platform?: { names: string[]; factor: number };
  /** The language the module is written in, and its factor, when the request names a language (options.languages). */
  language?: { names: string[]; factor: number };
}

const tfIn = (postings: Postings, term: number, doc: number): number => {
  let lo = rowStart(postings, term);
  let hi = rowEnd(postings, term) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = postings.docs[mid] ?? -1;
    if (d === doc) return postings.tfs[mid] ?? 0;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
};

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The terms a document holds in any field, the request's own words before expansions, best (rarest) first: what a
 * file-level match rests on (fish's review: "file +9.82 share/completions/shortcuts.fish" named none of the words
 * that matched it, only the module's).
 */
export const termsInDoc = (index: LexicalIndex, state: CutoffState, doc: number, terms: readonly QueryTerm[], max: number): string[] => {
  const found: { term: string; own: number; df: number }[] = [];
  for (const t of terms) {
    const id = index.terms.id(t.term);
    if (id === undefined) continue;
    let tf = 0;
    let df = 0;
    index.fields.forEach((_, f) => {
      for (const postings of fieldPostings(index, state, f)) {
        tf += tfIn(postings, id, doc);
        df += rowEnd(postings, id) - rowStart(postings, id);
      }
    });
    if (tf > 0) found.push({ term: t.source === 'query' ? t.term : `${t.term}←${t.from ?? ''}`, own: t.source === 'query' ? 0 : 1, df });
  }
  return found.sort((a, b) => a.own - b.own || a.df - b.df || (a.term < b.term ? -1 : 1)).slice(0, max).map((x) => x.term);
};

/** Recomputes the per-term, per-field parts of one module's score (only done for the returned top K). */
export const explainModule = (
  index: LexicalIndex,
  state: CutoffState,
  scores: ModuleScores,
  doc: number,
): LexicalEvidence => {
  const { k1, explain } = index.options;
  const terms: LexicalEvidence['terms'] = [];
  const byField: Record<string, { term: string; score: number }[]> = {};
  for (const { term, idf } of scores.matched) {
    const id = index.terms.id(term.term) ?? -1;
    const parts = index.fields.map((field, f) => {
      if (!scores.withPages && isPagesField(index, f)) return 0;
      let tf = 0;
      for (const postings of fieldPostings(index, state, f)) tf += tfIn(postings, id, doc);
      return (field.weight * tf) / (state.norms[f]?.[doc] ?? 1);
    });
    const pseudo = parts.reduce((a, b) => a + b, 0);
    if (pseudo <= 0) continue;
    const score = (term.weight * idf * pseudo) / (k1 + pseudo);
    let best = 0;
    parts.forEach((p, f) => {
      if (p > (parts[best] ?? 0)) best = f;
      const name = index.fields[f]?.name ?? '?';
      if (p > 0) (byField[name] ??= []).push({ term: term.term, score: (score * p) / pseudo });
    });
    const entry = { term: term.term, field: index.fields[best]?.name ?? '?', score: round(score), source: term.source };
    terms.push(term.from === undefined ? entry : { ...entry, from: term.from });
  }
  terms.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
  const fields: Record<string, string[]> = {};
  for (const name of Object.keys(byField).sort()) {
    fields[name] = (byField[name] ?? [])
      .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1))
      .slice(0, explain.maxTerms)
      .map((t) => t.term);
  }
  const expansions = terms
    .filter((t) => t.source !== 'query')
    .map((t) => ({ term: t.term, from: t.from ?? '', source: t.source, score: t.score }));

  const neighbours: LexicalEvidence['neighbours'] = [];
  const alpha = index.options.graph.weight;
  if (alpha > 0) {
    const adj = index.adjacency[doc];
    adj?.to.forEach((from) => {
      // Shares are symmetric in who-links-whom but normalized by the sender, so look up the sender's share.
      const sender = index.adjacency[from];
      const at = sender?.to.indexOf(doc) ?? -1;
      const flow = alpha * (scores.base[from] ?? 0) * (sender?.share[at] ?? 0);
      const id = index.ids[from];
      if (flow > 0 && id !== undefined) neighbours.push({ id, score: round(flow) });
    });
    neighbours.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  }
  const baseScore = scores.base[doc] ?? 0;
  return {
    baseScore: round(baseScore),
    graphScore: round((scores.final[doc] ?? 0) - baseScore),
    terms: terms.slice(0, explain.maxTerms * 2),
    fields,
    expansions,
    neighbours: neighbours.slice(0, explain.maxNeighbours),
  };
};

/** One line: `path: blocks, each · symbols: eachblock · wordnet: delete←remove · graph +0.31 via src/a · file +0.52 src/a/each.ts (each, blocks) · similar commits +0.40 (2, nearest 1a2b3c4d5e6f)`. */
export const formatReason = (evidence: LexicalEvidence, maxTerms: number): string => {
  const parts: string[] = [];
  const perField = new Map<string, string[]>();
  // A term that names the module's own path or a file of it is shown there, whichever field gave it most
  // score: "docs: engine" hid that `engine` is the module's name.
  const inPath = new Set(evidence.fields.path ?? []);
  for (const t of evidence.terms.filter((x) => x.source === 'query').slice(0, maxTerms)) {
    const field = inPath.has(t.term) ? 'path' : t.field;
    const list = perField.get(field) ?? [];
    list.push(t.term);
    perField.set(field, list);
  }
  for (const [field, list] of perField) parts.push(`${field}: ${list.join(', ')}`);
  // An expansion is shown when it mattered: a synonym worth a twentieth of the score ("wordnet: business←jobs")
  // reads as noise next to the words that decided the answer.
  const mattered = evidence.expansions.filter((e) => e.score >= 0.05 * evidence.baseScore);
  for (const e of mattered.slice(0, 2)) parts.push(`${e.source}: ${e.term}←${e.from}`);
  if (evidence.graphScore >= 0.01 && evidence.neighbours.length > 0) {
    parts.push(`graph +${evidence.graphScore.toFixed(2)} via ${evidence.neighbours.map((x) => x.id).join(', ')}`);
  }
  if (evidence.file && evidence.file.score >= 0.01) {
    const words = evidence.file.terms.length > 0 ? ` (${evidence.file.terms.join(', ')})` : '';
    parts.push(`file +${evidence.file.score.toFixed(2)} ${evidence.file.path}${words}`);
  }
  if (evidence.named) parts.push(`named +${evidence.named.score.toFixed(2)} ${evidence.named.file}`);
  if (evidence.phrase) parts.push(`quoted +${evidence.phrase.score.toFixed(2)} "${evidence.phrase.text}" in ${evidence.phrase.file}`);
  if (evidence.commits && evidence.commits.score >= 0.01) {
    const { score, votes, nearest } = evidence.commits;
    parts.push(`similar commits +${score.toFixed(2)} (${votes}${nearest ? `, nearest ${nearest}` : ''})`);
  }
  if (evidence.supportModule !== undefined) parts.push(`${evidence.supportModule.kind} ×${evidence.supportModule.factor}`);
  if (evidence.platform !== undefined) parts.push(`${evidence.platform.names.join('/')} ×${evidence.platform.factor}`);
  if (evidence.language !== undefined) parts.push(`${evidence.language.names.join('/')} ×${evidence.language.factor}`);
  return parts.length === 0 ? 'no direct match' : parts.join(' · ');
};
