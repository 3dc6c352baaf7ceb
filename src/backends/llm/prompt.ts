import { basename } from 'node:path';
import { routingChat, type ChatMessage, type ModuleCard } from '../../dataset/routingChat.ts';

// The chat format lives in dataset/routingChat.ts, shared with the dataset export; these are the
// names the backends have always imported.
export { afterThinking, CANDIDATES_HEADER, moduleCard, NO_THINK_PREFIX, THINK_CLOSE, THINK_OPEN } from '../../dataset/routingChat.ts';
export type { ChatMessage, ModuleCard } from '../../dataset/routingChat.ts';

/** The routing chat for a repository root (its directory name goes into the system message). */
export const routingMessages = (repoRoot: string, query: string, cards: readonly ModuleCard[] = []): ChatMessage[] => routingChat(basename(repoRoot), query, cards);

/**
 * ChatML as text, ending in an open assistant turn. The llm driver renders through the model's
 * chat template (chatTemplate.ts); this stays for the grammar benchmark and readers of the README.
 */
export const renderChatMl = (messages: readonly ChatMessage[], assistantPrefix = ''): string =>
  `${messages.map((m) => `<|im_start|>${m.role}\n${m.content}<|im_end|>\n`).join('')}<|im_start|>assistant\n${assistantPrefix}`;
