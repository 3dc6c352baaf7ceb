import type { ModuleGraph, ModuleNode } from '../graph/ModuleGraph.ts';
import { isStopword } from '../index/stopwords.ts';
import { stripCommitPrefix } from './textFeatures.ts';
import { isDocsPage } from '../graph/codeTermBag.ts';

/** One training text with its gold module indexes (into graph.modules) and a weight. */
export interface TrainingExample {
  text: string;
  targets: number[];
  weight: number;
  source: 'code' | 'history';
  /** ISO date of the commit (history only). */
  date?: string;
}

const firstSentence = (text: string): string => (/^[\s\S]*?[.!?](?:\s|$)/.exec(text)?.[0] ?? text).trim().slice(0, 200);

const PSEUDO_WEIGHT = 0.3;
/**
 * Training cost grows with examples × modules (the softmax touches every module), so pseudo-queries
 * per module are capped at COST_BUDGET / modules² (never under MIN_TEXTS_PER_MODULE): a 100-module
 * index keeps up to 600 per module, 500 modules keep 32. The corpus trees (≤ 133 modules) are
 * almost untouched, where every text counts (a flat cap of 100 or 200 per module cost 2–6 points).
 */
const COST_BUDGET = 6_000_000;
const MIN_TEXTS_PER_MODULE = 32;

/** At most `n` items spread evenly over the list (the first, the module's path text, always kept). */
const evenSample = <T>(items: readonly T[], n: number): T[] => {
  if (items.length <= n) return [...items];
  const step = (items.length - 1) / (n - 1);
  return [...new Set(Array.from({ length: n }, (_, k) => items[Math.round(k * step)] as T))];
};
const PSEUDO_CAP = 48;

/**
 * Pseudo-queries from a module's own code: its path, file names, declared names and the first
 * sentence of its doc comments and README. They are down-weighted (and capped in total weight per
 * module) because they read like code, not like requests, and a big module must not win the prior.
 */
export const codeExamples = (graph: ModuleGraph): TrainingExample[] => {
  const out: TrainingExample[] = [];
  const modules = Math.max(graph.modules.length, 1);
  const perModule = Math.max(MIN_TEXTS_PER_MODULE, Math.floor(COST_BUDGET / (modules * modules)));
  const bags = bagTexts(graph);
  graph.modules.forEach((m, i) => {
    // Two groups, each capped in total weight: names and docs, and the files' own words.
    for (const group of [moduleTexts(m), bags[i] ?? []]) {
      const texts = evenSample(group, perModule);
      const weight = PSEUDO_WEIGHT * Math.min(1, PSEUDO_CAP / Math.max(texts.length, 1));
      for (const text of texts) out.push({ text, targets: [i], weight, source: 'code' });
    }
  });
  return out;
};

/** Words per file pseudo-query from its term bag. */
const BAG_WORDS = 8;

/**
 * One pseudo-query per file of each module: the 8 words of its term bag (graph/codeTermBag.ts) that
 * say most about it, by (1 + ln count) × ln(modules / modules using the word). A classifier trained on
 * names and docs alone never sees the words requests share with code bodies (a flag, an error
 * message). On ../shared/corpus the classifier alone (no history), mean primary non-leaking / primary
 * Acc@1: 30.3 / 47.1 without; 8 words at weight 0.1 33.3 / 49.9; 0.3 33.8 / 50.4 (kept); 0.5 33.4 /
 * 49.8; 12 words 32.8 / 49.7; 5 words 33.4 / 50.3; three texts of 6 words per file 32.8 / 49.7.
 */
const bagTexts = (graph: ModuleGraph): string[][] => {
  const { termBag } = graph;
  if (!termBag) return [];
  // (a documentation page's prose is no pseudo-query: in a module of code it describes every other module)
  const words = (file: string) => (isDocsPage(file) ? [] : termBag(file)).filter(([t]) => t.length > 2 && /[a-z]/i.test(t) && !isStopword(t.toLowerCase()));
  const df = new Map<string, number>();
  for (const m of graph.modules) {
    const seen = new Set<string>();
    for (const f of m.files) for (const [t] of words(f)) seen.add(t.toLowerCase());
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const modules = graph.modules.length;
  return graph.modules.map((m) => {
    const texts: string[] = [];
    for (const f of m.files) {
      const ranked = words(f)
        .map(([t, count]) => ({ t, score: (1 + Math.log(count)) * Math.log(modules / (df.get(t.toLowerCase()) ?? 1)) }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
      if (ranked.length >= 2) texts.push(ranked.slice(0, BAG_WORDS).map((x) => x.t).join(' '));
    }
    return texts;
  });
};

/** Per-module limits of the pseudo-queries (a module node carries at most 1,000 symbols). */
const MAX_STEMS = 400;
const MAX_SYMBOLS = 1000;
const MAX_DOCS = 200;

export const moduleTexts = (m: ModuleNode): string[] => {
  const dir = m.path.split('/').filter(Boolean).slice(-2).join(' ');
  const texts = new Set<string>([`${m.id} ${m.name ?? ''} ${dir}`.trim()]);
  const stems = [...new Set(m.files.map((f) => (f.split('/').pop() ?? f).replace(/\..*$/, '')))].slice(0, MAX_STEMS);
  for (const s of stems) texts.add(`${s} ${dir}`);
  for (const s of m.symbols.slice(0, MAX_SYMBOLS)) texts.add(s.doc ? `${s.name} ${firstSentence(s.doc)}` : s.name);
  for (const d of m.docComments.slice(0, MAX_DOCS)) texts.add(firstSentence(d));
  if (m.readme) texts.add(firstSentence(m.readme.replace(/^#.*$/gm, '')));
  if (m.description) texts.add(m.description);
  return [...texts].filter((t) => /[a-z]/i.test(t));
};

/** Commit subjects (type prefix dropped, scope kept) → the modules each commit touched, oldest first. */
export const historyExamples = (graph: ModuleGraph, maxModules = 3): TrainingExample[] => {
  const index = new Map(graph.modules.map((m, i) => [m.id as string, i]));
  const out: TrainingExample[] = [];
  for (const c of graph.commits) {
    const targets = [...new Set(c.modules.map((id) => index.get(id)).filter((i): i is number => i !== undefined))];
    if (targets.length === 0 || targets.length > maxModules || Number.isNaN(Date.parse(c.date))) continue;
    const text = stripCommitPrefix(c.subject, true).trim();
    if (!/[a-z]{2}/i.test(text)) continue;
    out.push({ text, targets: targets.sort((a, b) => a - b), weight: 1, source: 'history', date: c.date });
  }
  return out.sort((a, b) => Date.parse(a.date ?? '') - Date.parse(b.date ?? ''));
};
