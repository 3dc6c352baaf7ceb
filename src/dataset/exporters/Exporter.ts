import type { DatasetExample } from '../DatasetExample.ts';
import { assistantTurn, routingChat, type ChatMessage } from '../routingChat.ts';

export { systemPrompt } from '../routingChat.ts';

export interface ExportContext {
  /** The repository name the system message names (the backends use the directory name). */
  repoName: string;
}

/** One output format: a file per split, rendered from examples (pure; the caller writes). */
export interface Exporter {
  readonly summary: string;
  /** File name for a split, relative to the format's folder. */
  fileName(split: string): string;
  render(examples: readonly DatasetExample[], ctx: ExportContext): string;
}

/** The assistant turn: reasoning inside <think>…</think>, then the answer line. */
export const assistantText = (e: Pick<DatasetExample, 'reasoning' | 'answer'>): string => assistantTurn(e.reasoning, e.answer);

/**
 * System, user and assistant turns of one example: the same function the backends prompt with
 * (routingChat), so the user turn carries the candidate cards exactly as `--shortlist` shows them.
 */
export const exampleChat = (e: Pick<DatasetExample, 'prompt' | 'candidates' | 'reasoning' | 'answer'>, ctx: ExportContext): ChatMessage[] => [
  ...routingChat(ctx.repoName, e.prompt, e.candidates ?? []),
  { role: 'assistant', content: assistantText(e) },
];
