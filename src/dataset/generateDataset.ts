import type { ModuleGraph } from '../graph/ModuleGraph.ts';
import type { ModuleId } from '../graph/types.ts';
import { hashString, rngFor } from '../util/random.ts';
import { assignSplits, defaultSplitPolicy, type SplitPolicy } from './assignSplits.ts';
import { augmentPrompt } from './augment/augmentPrompt.ts';
import { DESCRIPTION_VARIANT } from './augment/descriptionVariants.ts';
import { operatorNames, type OperatorName } from './augment/operatorRegistry.ts';
import { buildSynonymTable, scaffoldWords, wordnetLookup, type SenseLookup } from './augment/synonymTable.ts';
import { buildLabel } from './buildLabel.ts';
import { buildProfiles, type ModuleProfile } from './buildProfiles.ts';
import { capPerModule, type SplitCaps } from './capPerModule.ts';
import type { DatasetExample, Draft, Split } from './DatasetExample.ts';
import { dedupe } from './dedupe.ts';
import { findNearMisses } from './findNearMisses.ts';
import { edgeDrafts } from './sources/edgeDrafts.ts';
import { historyDrafts } from './sources/historyDrafts.ts';
import { docDrafts, symbolDrafts } from './sources/symbolDrafts.ts';
import { templateDrafts } from './sources/templateDrafts.ts';
import { approxTokens, contentWords } from './text.ts';

export interface DatasetOptions {
  seed: number;
  /** Template prompts sampled per module from the family × template × variant grid. */
  templatesPerModule: number;
  /** Huge modules are capped: symbols and doc sentences that become prompts. */
  maxSymbolsPerModule: number;
  maxDocSentences: number;
  /** Heaviest outgoing dependency edges per module that become multi-module examples. */
  edgesPerModule: number;
  /** Augmented copies per example; modules with fewer training prompts get more (up to maxCopies). */
  copies: number;
  maxCopies: number;
  /** Balancing target: augmentation aims for at least this many training examples per module. */
  minTrainPerModule: number;
  caps: SplitCaps;
  /** Prompt length limit in approximate tokens (chars / 4); longer prompts are dropped or truncated. */
  maxTokens?: number;
  longPrompts: 'drop' | 'truncate';
  /** Jaccard of word-bigram sets at or above which two prompts are near duplicates. */
  nearDuplicateThreshold: number;
  operators: readonly OperatorName[];
  split: SplitPolicy;
  /** Synonyms from the offline WordNet (false: repository vocabulary only, no lookups). */
  wordnet: boolean;
}

export const defaultDatasetOptions: DatasetOptions = {
  seed: 1,
  templatesPerModule: 60,
  maxSymbolsPerModule: 40,
  maxDocSentences: 24,
  edgesPerModule: 3,
  copies: 1,
  maxCopies: 6,
  minTrainPerModule: 30,
  caps: { train: 240, val: 40, test: 40 },
  longPrompts: 'drop',
  nearDuplicateThreshold: 0.8,
  operators: operatorNames,
  split: defaultSplitPolicy,
  wordnet: true,
};

export interface DatasetCounts {
  drafts: number;
  augmented: number;
  exactDuplicates: number;
  nearDuplicates: number;
  conflicting: number;
  /** Near duplicates of a prompt in an earlier split (dropped from the later split). */
  crossSplit: number;
  capped: number;
  tooLong: { dropped: number; truncated: number };
}

export interface ModuleInfo {
  id: ModuleId;
  thin: boolean;
  thinReasons: string[];
  variants: string[];
}

export interface Dataset {
  examples: DatasetExample[];
  modules: ModuleInfo[];
  counts: DatasetCounts;
  options: DatasetOptions;
  /** Milliseconds spent generating (WordNet loading included). */
  elapsedMs: number;
}

const exampleId = (prompt: string, targets: readonly string[]) => {
  const key = `${targets.join(',')}\u0000${prompt}`;
  return hashString(key).toString(16).padStart(8, '0') + hashString(key, 0x12345678).toString(16).padStart(8, '0');
};

const truncateToTokens = (text: string, maxTokens: number): string => {
  const cut = text.slice(0, maxTokens * 4);
  const space = cut.lastIndexOf(' ');
  return (space > maxTokens * 2 ? cut.slice(0, space) : cut).trimEnd();
};

/**
 * Generates the supervised dataset for one module graph: drafts from templates, symbols, doc
 * comments, history and dependency edges; a leakage-free split; augmented copies; per-module caps;
 * exact and near-duplicate removal; then a reasoning label for each survivor. Deterministic for a
 * given graph, options and seed. `lookup` replaces the WordNet lookup (tests).
 */
export async function generateDataset(graph: ModuleGraph, partial: Partial<DatasetOptions> = {}, lookup?: SenseLookup): Promise<Dataset> {
  const started = performance.now();
  const options: DatasetOptions = { ...defaultDatasetOptions, ...partial, caps: { ...defaultDatasetOptions.caps, ...partial.caps } };
  const { seed } = options;
  const profiles = buildProfiles(graph, { maxSymbols: options.maxSymbolsPerModule, maxDocSentences: options.maxDocSentences });
  const nearMisses = findNearMisses(profiles);
  const commonWords = frequentWords(profiles);

  const drafts: Draft[] = [];
  for (const p of profiles.values()) {
    drafts.push(...templateDrafts(p, seed, options.templatesPerModule), ...symbolDrafts(p, seed), ...docDrafts(p, seed));
  }
  const known = new Set<string>(profiles.keys());
  drafts.push(...historyDrafts(graph.commits.filter((c) => c.modules.every((m) => known.has(m)))));
  drafts.push(...edgeDrafts(graph.edges, profiles, seed, options.edgesPerModule));
  const splits = assignSplits(drafts, profiles, options.split, seed);

  const synonyms = await buildSynonymTable(synonymCandidates(profiles), repoVocabulary(profiles), lookup ?? (options.wordnet ? await wordnetLookup() : undefined));

  type Item = Omit<DatasetExample, 'reasoning' | 'answer' | 'id' | 'base' | 'tokens'> & { baseIndex: number };
  const items: Item[] = [];
  const trainBases = new Map<string, number>();
  drafts.forEach((d, i) => {
    const split = splits[i] as Split;
    if (split === 'train') trainBases.set(d.targets[0] as string, (trainBases.get(d.targets[0] as string) ?? 0) + 1);
    items.push({ ...d, split, operators: d.variant ? [DESCRIPTION_VARIANT] : [], baseIndex: i });
  });
  const baseCount = items.length;
  for (let i = 0; i < baseCount; i++) {
    const base = items[i] as Item;
    const bases = trainBases.get(base.targets[0] as string) ?? 0;
    // Balancing: modules with few training prompts get more augmented copies of each.
    const copies = base.split === 'train' && bases > 0
      ? Math.min(options.maxCopies, Math.max(options.copies, Math.ceil((options.minTrainPerModule * 1.5) / bases) - 1))
      : options.copies;
    const targets = base.targets.map((id) => profiles.get(id)).filter((p): p is ModuleProfile => p !== undefined);
    for (let c = 0; c < copies; c++) {
      const aug = augmentPrompt(base.prompt, { rng: rngFor(seed, `aug:${i}:${c}:${base.prompt}`), targets, synonyms }, options.operators);
      if (aug) items.push({ ...base, prompt: aug.text, operators: [...base.operators, ...aug.operators] });
    }
  }

  let dropped = 0, truncated = 0;
  const lengthOk = items.map((it) => {
    if (options.maxTokens === undefined || approxTokens(it.prompt) <= options.maxTokens) return true;
    if (options.longPrompts === 'drop') {
      dropped++;
      return false;
    }
    it.prompt = truncateToTokens(it.prompt, options.maxTokens);
    it.truncated = true;
    truncated++;
    return true;
  });
  const sized = items.filter((_, i) => lengthOk[i]);
  const d = dedupe(sized, options.nearDuplicateThreshold);
  const unique = sized.filter((_, i) => d.keep[i]);
  const capKeep = capPerModule(unique, options.caps, rngFor(seed, 'caps'));
  const kept = unique.filter((_, i) => capKeep[i]);

  const baseIds = new Map<number, string>();
  const examples: DatasetExample[] = kept.map(({ baseIndex, ...it }) => {
    const label = buildLabel(it.prompt, it, profiles, nearMisses, commonWords);
    const id = exampleId(it.prompt, it.targets);
    const baseDraft = drafts[baseIndex] as Draft;
    let base = baseIds.get(baseIndex);
    if (base === undefined) baseIds.set(baseIndex, (base = exampleId(baseDraft.prompt, baseDraft.targets)));
    return { id, base, ...it, reasoning: label.reasoning, answer: label.answer, ...(label.nearMiss ? { nearMiss: label.nearMiss } : {}), tokens: approxTokens(it.prompt) };
  });
  return {
    examples,
    modules: [...profiles.values()].map((p) => ({ id: p.id, thin: p.thin, thinReasons: p.thinReasons, variants: p.variants })),
    counts: {
      drafts: drafts.length,
      augmented: items.length - baseCount,
      exactDuplicates: d.exact,
      nearDuplicates: d.near,
      conflicting: d.conflicting,
      crossSplit: d.crossSplit,
      capped: unique.length - kept.length,
      tooLong: { dropped, truncated },
    },
    options,
    elapsedMs: performance.now() - started,
  };
}

const MAX_LOOKUP_WORDS = 300;

/** Words in the vocabulary of more than a third of the modules ("src", "index"): no evidence for any one. */
function frequentWords(profiles: ReadonlyMap<string, ModuleProfile>): Set<string> {
  const df = new Map<string, number>();
  for (const p of profiles.values()) for (const w of p.vocabulary) df.set(w, (df.get(w) ?? 0) + 1);
  const limit = Math.max(2, profiles.size / 3);
  return new Set([...df].filter(([, n]) => n > limit).map(([w]) => w));
}

/** Scaffold words plus the most frequent doc words: the words synonym replacement may touch. */
function synonymCandidates(profiles: ReadonlyMap<string, ModuleProfile>): string[] {
  const freq = new Map<string, number>();
  for (const p of profiles.values()) for (const s of p.docSentences) for (const w of contentWords(s)) freq.set(w, (freq.get(w) ?? 0) + 1);
  const top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_LOOKUP_WORDS).map(([w]) => w);
  return [...Object.keys(scaffoldWords), ...top];
}

function repoVocabulary(profiles: ReadonlyMap<string, ModuleProfile>): Set<string> {
  const vocab = new Set<string>();
  for (const p of profiles.values()) for (const w of p.vocabulary) vocab.add(w);
  return vocab;
}
