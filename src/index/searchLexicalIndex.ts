import type { ModuleId } from '../graph/types.ts';
import { getCutoffState } from './cutoffState.ts';
import { expandQuery, type ExpansionSources } from './expandQuery.ts';
import { explainModule, formatReason, termsInDoc, type LexicalEvidence } from './explainModule.ts';
import { commitId, type LexicalIndex } from './LexicalIndex.ts';
import { docsWithTerm } from './postings.ts';
import { parseQuery, type QueryTerm } from './parseQuery.ts';
import { scoreFiles } from './scoreFiles.ts';
import { feedbackTerms, wantsFeedback } from './feedbackTerms.ts';
import { scoreModules } from './scoreModules.ts';
import { scoreNamedFiles } from './scoreNamedFiles.ts';
import { scorePhrases } from './scorePhrases.ts';
import { quotedPhrases } from './quotedPhrases.ts';
import { scoreSimilarCommits } from './scoreSimilarCommits.ts';
import { SUPPORT_KIND, supportKindsMentioned } from './testModules.ts';
import { hostPlatforms, platformAxes, platformNames, platformsOfRequest } from './platformModules.ts';
import { languageNames, languagesOfRequest } from './languageModules.ts';
import { subjectFactor } from './subjectsOfRequest.ts';
import { dominantScript } from '../util/dominantScript.ts';

/** How many of the request's words an answer's best file is shown with. */
const FILE_TERMS = 4;

export interface LexicalHit {
  id: ModuleId;
  score: number;
  reason: string;
  evidence: LexicalEvidence;
}

export interface LexicalSearchResult {
  hits: LexicalHit[];
  warnings: string[];
  /** Every term used, expansions included (for explanations and debugging). */
  terms: QueryTerm[];
}

/** What to search with; the expansion sources are injected (expansionSources.ts), so the index itself never reads WordNet's or CC-CEDICT's files. */
export interface LexicalSearchOptions extends ExpansionSources {
  top: number;
  /** ISO date: history strictly before it only. Must parse (callers validate user input). */
  asOf?: string;
}

/** What an explanation says of a steered module: its subjects (those the request is about, when raised) and its factor. */
const steering = (mask: number, factor: number, about: number, names: (mask: number) => string[]): { names: string[]; factor: number } => ({
  names: names(mask & (factor > 1 ? about : -1)),
  factor: Math.round(factor * 1000) / 1000,
});

/** The explanation's name of each SUPPORT_KIND but code. */
const SUPPORT_NAMES: Record<number, NonNullable<LexicalEvidence['supportModule']>['kind']> = { 1: 'tests', 2: 'examples', 3: 'headers', 4: 'declarations', 5: 'docs', 6: 'legacy', 7: 'screens', 8: 'data' };

/** Per index, the test words naming its code (LexicalIndex.codeTestWords), as a set on first use. */
const codeWordsCache = new WeakMap<LexicalIndex, Set<string>>();
const codeWordsOf = (index: LexicalIndex): Set<string> => {
  let words = codeWordsCache.get(index);
  if (words === undefined) codeWordsCache.set(index, (words = new Set(index.codeTestWords)));
  return words;
};

/** Identifiers shorter than this name products more often than declarations (`CommonJS`, `JavaFX`). */
const DECLARED_NAME_LENGTH = 12;

/**
 * Support modules (examples, tests, headers…) that alone declare an identifier the request writes out:
 * three.js ships its addons in `examples/jsm`, and "UnrealBloomPass should keep alpha" names the class
 * only that folder declares. Such a module keeps its score, when no other module declares, uses or documents
 * the identifier (kotlinx.coroutines' example declares its own `AnimationTimer`, which the JavaFX module
 * uses) and it is long enough to be a declaration's name rather than a product's.
 */
const declaringSupportModules = (index: LexicalIndex, terms: readonly QueryTerm[]): Set<number> => {
  const out = new Set<number>();
  const weight = index.options.identifierWeight;
  if (weight === 1) return out;
  const symbolFields = index.fields.filter((f) => index.options.fields[f.name]?.sources.includes('symbols'));
  for (const t of terms) {
    if (t.source !== 'query' || t.weight !== weight || t.term.length < DECLARED_NAME_LENGTH) continue;
    const id = index.terms.id(t.term);
    if (id === undefined) continue;
    const holders = docsWithTerm(symbolFields, id);
    if (holders.size === 0 || [...holders].some((d) => (index.testModules[d] ?? 0) === SUPPORT_KIND.code)) continue;
    if ([...docsWithTerm(index.fields, id)].some((d) => !holders.has(d))) continue;
    for (const d of holders) out.add(d);
  }
  return out;
};

/** Ranks the modules of the index for a query. An empty result always comes with a warning saying why. */
export const searchLexicalIndex = async (
  index: LexicalIndex,
  query: string,
  options: LexicalSearchOptions,
): Promise<LexicalSearchResult> => {
  const parsed = parseQuery(query, index.options);
  const warnings = [...parsed.warnings];
  if (parsed.terms.length === 0) {
    warnings.push("The query has no searchable terms (only stopwords, punctuation or phrasing such as 'As a user, I want to'): say what should change, in the words the code or its docs would use");
    return { hits: [], warnings, terms: [] };
  }
  const state = getCutoffState(index, options.asOf);
  const expanded = await expandQuery(index, state, parsed, query, options);
  warnings.push(...expanded.warnings);
  // A module made of tests (or examples, or public headers) matches every request about the code it
  // uses; it leads only when the request is about tests (examples, headers).
  const mentioned = supportKindsMentioned(query, codeWordsOf(index));
  if (index.files !== undefined && wantsFeedback(expanded.terms, index.options.feedback)) {
    const level = index.files.index;
    const fileState = getCutoffState(level, undefined);
    const first = scoreModules(level, fileState, expanded.terms, mentioned.has(SUPPORT_KIND.docs));
    expanded.terms.push(...feedbackTerms(level, fileState, first.base, expanded.terms, index.options.feedback));
  }
  const scores = scoreModules(index, state, expanded.terms, mentioned.has(SUPPORT_KIND.docs));
  const files = scoreFiles(index, expanded.terms, scores.final, state.commitCount, scores.withPages);
  const ranked = scores.final.map((s, d) => (s > 0 ? s + (files.bonus[d] ?? 0) : 0));
  let top = 0;
  for (const s of ranked) if (s > top) top = s;
  // A quoted message found verbatim names the file that prints it.
  const phrases = options.readText !== undefined ? scorePhrases(index, quotedPhrases(query), options.readText, files.fileScores, top) : undefined;
  if (phrases !== undefined) {
    ranked.forEach((s, d) => (ranked[d] = s + (phrases.bonus[d] ?? 0)));
    for (const s of ranked) if (s > top) top = s;
  }
  // A file the request names (a path, a stack frame) is where it points.
  const namedFiles = scoreNamedFiles(index, query, top);
  if (namedFiles !== undefined) {
    ranked.forEach((s, d) => (ranked[d] = s + (namedFiles.bonus[d] ?? 0)));
    for (const s of ranked) if (s > top) top = s;
  }
  const commits = scoreSimilarCommits(index, state, expanded.terms, top);
  ranked.forEach((s, d) => (ranked[d] = s + (commits.bonus[d] ?? 0)));
  const supportFactor = (d: number): number => {
    const kind = index.testModules[d];
    if (kind === SUPPORT_KIND.headers || kind === SUPPORT_KIND.declarations) return index.options.headerModules.factor;
    if (kind === SUPPORT_KIND.data) return index.options.dataModules.factor;
    return kind === SUPPORT_KIND.screens ? index.options.screenModules.factor : index.options.testModules.factor;
  };
  const declared = declaringSupportModules(index, expanded.terms);
  const reduced = (d: number): boolean => (index.testModules[d] ?? 0) !== 0 && supportFactor(d) !== 1 && !mentioned.has(index.testModules[d] ?? 0) && !declared.has(d);
  for (let d = 0; d < ranked.length; d++) if (reduced(d)) ranked[d] = (ranked[d] ?? 0) * supportFactor(d);
  // "On Android, …": the folders named after the platform the request is about lead, those named after
  // only platforms it does not name follow; shared code, and a platform named in comparison, keep their
  // score. "The C++ easing …": likewise the modules written in the language it names.
  const { named, about } = index.options.platforms.factor !== 1 ? platformsOfRequest(query) : { named: 0, about: 0 };
  const spoken = index.options.languages.factor !== 1 ? languagesOfRequest(query, index.languages.reduce((a, m) => a | m, 0)) : { named: 0, about: 0 };
  const axes = platformAxes(about);
  const hosts = hostPlatforms(about);
  const platformFactor = (d: number): number => subjectFactor((index.platforms[d] ?? 0) & axes, named, about, index.options.platforms.factor, hosts);
  const languageFactor = (d: number): number => subjectFactor(index.languages[d] ?? 0, spoken.named, spoken.about, index.options.languages.factor);
  if (about !== 0 || spoken.about !== 0) for (let d = 0; d < ranked.length; d++) ranked[d] = (ranked[d] ?? 0) * platformFactor(d) * languageFactor(d);

  const order: number[] = [];
  ranked.forEach((s, d) => {
    if (s > 0) order.push(d);
  });
  order.sort((a, b) => (ranked[b] ?? 0) - (ranked[a] ?? 0) || a - b);
  if (order.length === 0) {
    // A request in another language than the repository's text: say so, rather than only "no match".
    const script = dominantScript(query);
    warnings.push(
      script === undefined
        ? 'No module matched the query terms'
        : `No module matched the query terms: the request is written in ${script} and none of its words occur in this repository's code, comments or history (modroute matches words, it does not translate): ask in the language the code and its comments use`,
    );
  }

  const hits: LexicalHit[] = [];
  const fileLevel = index.files;
  const fileState = fileLevel ? getCutoffState(fileLevel.index, undefined) : undefined;
  for (const d of order.slice(0, Math.max(0, options.top))) {
    const id = index.ids[d];
    if (id === undefined) continue;
    const evidence = explainModule(index, state, scores, d);
    const fileDoc = files.bestFile[d] ?? -1;
    const file = fileLevel?.index.ids[fileDoc];
    if (file !== undefined && fileLevel !== undefined && fileState !== undefined) {
      const words = termsInDoc(fileLevel.index, fileState, fileDoc, expanded.terms, FILE_TERMS);
      evidence.file = { path: file, score: Math.round((files.bonus[d] ?? 0) * 1000) / 1000, terms: words };
    }
    if (languageFactor(d) !== 1) evidence.language = steering(index.languages[d] ?? 0, languageFactor(d), spoken.about, languageNames);
    if (platformFactor(d) !== 1) evidence.platform = steering(index.platforms[d] ?? 0, platformFactor(d), about, platformNames);
    if (reduced(d)) evidence.supportModule = { kind: SUPPORT_NAMES[index.testModules[d] ?? 0] ?? 'examples', factor: supportFactor(d) };
    const namedFile = namedFiles?.file[d];
    if (namedFile !== undefined) evidence.named = { file: namedFile, score: Math.round((namedFiles?.bonus[d] ?? 0) * 1000) / 1000 };
    const phrase = phrases?.match[d];
    if (phrase !== undefined) evidence.phrase = { ...phrase, score: Math.round((phrases?.bonus[d] ?? 0) * 1000) / 1000 };
    const nearest = commits.nearest[d] ?? -1;
    if (nearest >= 0) {
      evidence.commits = { score: Math.round((commits.bonus[d] ?? 0) * 1000) / 1000, votes: commits.votes[d] ?? 0, nearest: commitId(index, nearest) };
    }
    hits.push({
      id,
      score: Math.round((ranked[d] ?? 0) * 1e6) / 1e6,
      reason: formatReason(evidence, index.options.explain.maxTerms),
      evidence,
    });
  }
  return { hits, warnings, terms: expanded.terms };
};
