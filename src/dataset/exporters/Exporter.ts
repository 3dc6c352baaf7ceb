import type { DatasetExample } from '../DatasetExample.ts';

export interface ExportContext {
  /** The system message / instruction every example shares. */
  systemPrompt: string;
}

/** One output format: a file per split, rendered from examples (pure; the caller writes). */
export interface Exporter {
  readonly summary: string;
  /** File name for a split, relative to the format's folder. */
  fileName(split: string): string;
  render(examples: readonly DatasetExample[], ctx: ExportContext): string;
}

/** The assistant turn: reasoning inside <think>…</think>, then the answer line. */
export const assistantText = (e: Pick<DatasetExample, 'reasoning' | 'answer'>): string => `<think>\n${e.reasoning}\n</think>\n${e.answer}`;

export const systemPrompt = (repoName: string): string =>
  `You map a software requirement to the module(s) of the repository ${repoName} that it concerns. ` +
  'Reason briefly inside <think></think>, then answer with exactly one line: ANSWER: <module id>[, <module id>]';
