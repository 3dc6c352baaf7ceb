import type { ModuleNode } from '../graph/ModuleGraph.ts';

/**
 * The routing chat, in one place: what the `dataset` export trains on and what the llm, openai,
 * rag and agent backends send are both built here, so a model fine-tuned on the export reads
 * in-distribution prompts at inference (test/dataset/sharedPrompt.test.ts checks it byte for byte).
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A candidate module shown to the model: id and one line of what it is. */
export interface ModuleCard {
  id: string;
  summary: string;
}

export const CANDIDATES_HEADER = 'Candidate modules:';

export const systemPrompt = (repoName: string): string =>
  `You map a software requirement to the module(s) of the repository ${repoName} that it concerns. ` +
  'Reason briefly inside <think></think>, then answer with exactly one line: ANSWER: <module id>[, <module id>]';

/** One line per module: the generated summary's first sentence, capped, so K cards stay short. */
export const moduleCard = (node: Pick<ModuleNode, 'id' | 'summary' | 'description' | 'name'>, maxChars = 160): ModuleCard => {
  const first = (node.summary || node.description || node.name || '').split(/(?<=[.!?])\s|\n/)[0]?.trim() ?? '';
  return { id: node.id, summary: first.length > maxChars ? `${first.slice(0, maxChars - 1)}…` : first };
};

/** The user turn: the requirement, then (with a shortlist) `Candidate modules:` and `- <id>: <summary>` lines. */
export const userTurn = (query: string, cards: readonly ModuleCard[] = []): string =>
  cards.length ? `${query.trim()}\n\n${CANDIDATES_HEADER}\n${cards.map((c) => `- ${c.id}${c.summary ? `: ${c.summary}` : ''}`).join('\n')}` : query.trim();

/** System and user turns for a requirement in a repository, optionally with candidate cards. */
export const routingChat = (repoName: string, query: string, cards: readonly ModuleCard[] = []): ChatMessage[] => [
  { role: 'system', content: systemPrompt(repoName) },
  { role: 'user', content: userTurn(query, cards) },
];

/** The assistant turn: reasoning inside <think>…</think>, then the answer line (`ANSWER: <id>[, <id>]`). */
export const assistantTurn = (reasoning: string, answer: string): string => `<think>\n${reasoning}\n</think>\n${answer}`;

/** The pieces the llm driver prefills: the same assistant turn, cut where the model takes over. */
export const THINK_OPEN = '<think>\n';
export const THINK_CLOSE = '</think>';
/** `assistantTurn('', 'ANSWER:')`: no reasoning, the model writes ` <id>`. */
export const NO_THINK_PREFIX = assistantTurn('', 'ANSWER:');
/** Closes reasoning the model wrote after THINK_OPEN and starts the answer line. */
export const afterThinking = '\n</think>\nANSWER:';
