import type { ChatHistoryItem, ChatWrapper, LlamaModel, Token } from 'node-llama-cpp';
import { UsageError } from '../../errors.ts';
import type { ChatMessage } from './prompt.ts';
import { importLlamaCpp } from './loadLlama.ts';

/**
 * What `--chat-template` accepts: `auto` (the GGUF's own `tokenizer.chat_template`, resolved by
 * node-llama-cpp to its equivalent built-in wrapper or run as Jinja; ChatML when the file has
 * none), `jinja` (the file's Jinja template run as written, never swapped for a built-in wrapper),
 * `chatml`, or one of node-llama-cpp's built-in wrapper names (`llama3.1`, `gemma`, `mistral`, …).
 */
export const CHAT_TEMPLATE_HELP = 'auto (the GGUF\'s own template; ChatML when it has none), jinja, chatml, or a node-llama-cpp wrapper name (llama3.1, gemma, mistral, qwen, …)';

export interface ResolvedChatTemplate {
  wrapper: ChatWrapper;
  /** What was used and why, for explanations and doctor: e.g. `ChatML (the GGUF has no chat template)`. */
  description: string;
}

/** Picks the chat wrapper for a loaded model; an unknown name is a UsageError listing the valid ones. */
export async function resolveChatTemplate(model: LlamaModel, requested: string): Promise<ResolvedChatTemplate> {
  const { resolveChatWrapper, ChatMLChatWrapper, JinjaTemplateChatWrapper, specializedChatWrapperTypeNames } = await importLlamaCpp();
  const fileTemplate = model.fileInfo.metadata.tokenizer?.chat_template;
  const jinja = typeof fileTemplate === 'string' && fileTemplate.trim() ? fileTemplate : undefined;
  const name = requested.trim();
  if (name === 'chatml' || name === 'chatML') return { wrapper: new ChatMLChatWrapper(), description: 'ChatML (forced)' };
  if (name === 'auto') {
    if (!jinja) return { wrapper: new ChatMLChatWrapper(), description: 'ChatML (the GGUF has no chat template)' };
    // Resolution compares the Jinja template with the built-in wrappers and takes an equivalent
    // one (they handle BOS, thoughts and stop strings); otherwise it runs the Jinja template.
    const wrapper = resolveChatWrapper(model, { warningLogs: false });
    return { wrapper, description: `${wrapper.wrapperName} (from the GGUF's chat template)` };
  }
  if (name === 'jinja') {
    if (!jinja) throw new UsageError(`--chat-template jinja: the model ${model.filename ?? ''} has no tokenizer.chat_template`, 'Use --chat-template auto or chatml.');
    return { wrapper: new JinjaTemplateChatWrapper({ template: jinja }), description: 'Jinja (the GGUF\'s chat template, as written)' };
  }
  const specialized = specializedChatWrapperTypeNames.find((n) => n === name);
  if (specialized) {
    const wrapper = resolveChatWrapper(model, { type: specialized, warningLogs: false });
    return { wrapper, description: `${wrapper.wrapperName} (forced)` };
  }
  throw new UsageError(`Unknown chat template "${requested}"`, `Use auto, jinja, chatml or one of: ${specializedChatWrapperTypeNames.join(', ')}.`);
}

/**
 * The chat history node-llama-cpp's wrappers take. The assistant turn being written is the last
 * item: a trailing assistant message (an endpoint's prefill) and `prefill` both continue it, so
 * the wrapper leaves it open and the model writes what follows.
 */
export function chatHistory(messages: readonly ChatMessage[], prefill = ''): ChatHistoryItem[] {
  const items: ChatHistoryItem[] = messages.map((m) =>
    m.role === 'system' ? { type: 'system', text: m.content } : m.role === 'user' ? { type: 'user', text: m.content } : { type: 'model', response: [m.content] },
  );
  const last = items.at(-1);
  if (last?.type === 'model') last.response = [`${String(last.response[0] ?? '')}${prefill}`];
  else items.push({ type: 'model', response: [prefill] });
  return items;
}

/** The prompt's tokens under a chat template, ending inside the open assistant turn. */
export function renderChatTokens(model: LlamaModel, wrapper: ChatWrapper, messages: readonly ChatMessage[], prefill = ''): Token[] {
  return wrapper.generateContextState({ chatHistory: chatHistory(messages, prefill) }).contextText.tokenize(model.tokenizer);
}
