import type { ModuleId } from '../graph/types.ts';
import type { ModuleCard } from './routingChat.ts';

export const splitNames = ['train', 'val', 'test'] as const;
export type Split = (typeof splitNames)[number];

/** Where a prompt came from. */
export const exampleSources = ['template', 'symbol', 'doc', 'history', 'edge'] as const;
export type ExampleSource = (typeof exampleSources)[number];

/** Template families: the kinds of request a developer writes. */
export const templateFamilies = ['feature', 'bug', 'question', 'refactor', 'upgrade'] as const;
export type TemplateFamily = (typeof templateFamilies)[number];

/** A prompt before split, augmentation and label: what a source produces. */
export interface Draft {
  prompt: string;
  targets: ModuleId[];
  source: ExampleSource;
  family?: TemplateFamily;
  /** Template id, e.g. 'bug.3' or 'symbol.1'. */
  template?: string;
  /** Index into the module's description variants (templates and edges). */
  variant?: number;
  /** The unit the split holds out (a symbol name, a doc sentence, a commit). */
  unit?: string;
  commit?: string;
  date?: string;
}

/** One supervised example: prompt → reasoning + answer line, with provenance. */
export interface DatasetExample extends Draft {
  /** Stable id: hash of the prompt and targets. */
  id: string;
  /** Id of the un-augmented example this one was derived from (its own id if none). */
  base: string;
  split: Split;
  /** Short reasoning that cites graph facts. */
  reasoning: string;
  /** The fixed machine-readable answer line: `ANSWER: <id>[, <id>]`. */
  answer: string;
  /** Augmentation operators applied, in order (e.g. 'synonyms', 'restructure:clause-order'). */
  operators: string[];
  /** The module a hard example's reasoning rules out. */
  nearMiss?: ModuleId;
  /** Approximate prompt tokens (see approxTokens). */
  tokens: number;
  truncated?: boolean;
  /** Candidate cards shown after the requirement (`dataset --candidates K`), as `--shortlist K` shows them at inference. */
  candidates?: ModuleCard[];
}

export const ANSWER_PREFIX = 'ANSWER: ';
export const answerLine = (targets: readonly string[]): string => `${ANSWER_PREFIX}${targets.join(', ')}`;

/** Parses an answer line back into module ids (undefined when the line is not one). */
export const parseAnswerLine = (line: string): string[] | undefined => {
  const trimmed = line.trim();
  if (!trimmed.startsWith(ANSWER_PREFIX)) return undefined;
  const ids = trimmed.slice(ANSWER_PREFIX.length).split(',').map((s) => s.trim()).filter(Boolean);
  return ids.length ? ids : undefined;
};
