import { basename } from 'node:path';
import { systemPrompt } from '../../dataset/exporters/Exporter.ts';
import type { ModuleNode } from '../../graph/ModuleGraph.ts';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A candidate module shown to the model: id and one line of what it is. */
export interface ModuleCard {
  id: string;
  summary: string;
}

/** One line per module: the generated summary's first sentence, capped, so K cards stay short. */
export const moduleCard = (node: ModuleNode, maxChars = 160): ModuleCard => {
  const first = (node.summary || node.description || node.name || '').split(/(?<=[.!?])\s|\n/)[0]?.trim() ?? '';
  return { id: node.id, summary: first.length > maxChars ? `${first.slice(0, maxChars - 1)}…` : first };
};

export const CANDIDATES_HEADER = 'Candidate modules:';

/**
 * The routing chat, in the format of the dataset export (src/dataset/exporters): the same system
 * message for the repository, then the requirement as the user turn. A shortlist, when given,
 * follows the requirement as `Candidate modules:` lines `- <id>: <summary>` (an addition the
 * export does not have yet: a model fine-tuned without it still reads the requirement first).
 */
export function routingMessages(repoRoot: string, query: string, cards: readonly ModuleCard[] = []): ChatMessage[] {
  const user = cards.length
    ? `${query.trim()}\n\n${CANDIDATES_HEADER}\n${cards.map((c) => `- ${c.id}${c.summary ? `: ${c.summary}` : ''}`).join('\n')}`
    : query.trim();
  return [
    { role: 'system', content: systemPrompt(basename(repoRoot)) },
    { role: 'user', content: user },
  ];
}

/** ChatML (Qwen, the tiny models, most fine-tunes of the dataset export), ending in an open assistant turn. */
export const renderChatMl = (messages: readonly ChatMessage[], assistantPrefix = ''): string =>
  `${messages.map((m) => `<|im_start|>${m.role}\n${m.content}<|im_end|>\n`).join('')}<|im_start|>assistant\n${assistantPrefix}`;

/** The assistant turn of the export is `<think>\n…\n</think>\nANSWER: <id>`; these are its pieces. */
export const THINK_OPEN = '<think>\n';
export const THINK_CLOSE = '</think>';
export const NO_THINK_PREFIX = '<think>\n\n</think>\nANSWER:';
export const afterThinking = '\n</think>\nANSWER:';
