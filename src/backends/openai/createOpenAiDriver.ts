import { parseAnswerLine } from '../../dataset/DatasetExample.ts';
import { UsageError } from '../../errors.ts';
import type { ChatDriver, Choice, ChooseOptions } from '../llm/ChatDriver.ts';
import type { LlmOptions } from '../llm/llmOptions.ts';
import { createIdMatcher } from '../llm/matchModuleId.ts';
import type { ChatMessage } from '../llm/prompt.ts';
import { postChat, UnsupportedRequest, type ChatEndpoint } from './postChat.ts';

/** Above this many ids the enum goes to the shortlist only (hosted APIs cap enum sizes). */
const ENUM_LIMIT = 1000;

/** JSON schema of the answer: up to `top` module ids from `ids`, best first. */
export const answerSchema = (ids: readonly string[] | undefined, top: number) => ({
  type: 'object',
  properties: { modules: { type: 'array', items: ids ? { type: 'string', enum: ids } : { type: 'string' }, minItems: 1, maxItems: top } },
  required: ['modules'],
  additionalProperties: false,
});

/** Module ids from a reply: the schema's JSON, else an `ANSWER:` line, else the text's lines. */
export function extractAnswers(content: string): string[] {
  const trimmed = content.trim();
  try {
    const json = JSON.parse(trimmed) as { modules?: unknown; module?: unknown };
    if (Array.isArray(json.modules)) return json.modules.filter((x): x is string => typeof x === 'string');
    if (typeof json.module === 'string') return [json.module];
  } catch {
    // not JSON: free text
  }
  const lines = trimmed.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const line of [...lines].reverse()) {
    const ids = parseAnswerLine(line);
    if (ids) return ids;
  }
  return lines.slice(-1).flatMap((l) => l.split(','));
}

/**
 * A ChatDriver for any OpenAI-compatible chat endpoint (llama.cpp server, Ollama, vLLM, LM Studio,
 * hosted APIs). Answers use JSON-schema structured output with an enum of the ids where the server
 * supports it; where it does not (HTTP 400 on response_format, or structured: 'none'), free text is
 * mapped to the nearest valid id or rejected (counted), so only valid ids come out either way.
 */
export function createOpenAiDriver(options: LlmOptions, ids: readonly string[], fetchImpl: typeof fetch = fetch): ChatDriver {
  if (!options.endpoint) throw new UsageError('The openai backend needs --endpoint URL', 'e.g. --endpoint http://localhost:8080/v1 --model NAME');
  const ep: ChatEndpoint = { endpoint: options.endpoint, apiKey: options.apiKey, apiKeyEnv: options.apiKeyEnv, timeoutMs: options.timeoutMs, retries: options.retries, retryBaseMs: options.retryBaseMs };
  const matcher = createIdMatcher(ids);
  let structured = options.structured;
  const base = (messages: readonly ChatMessage[], maxTokens: number) => ({
    ...(options.model ? { model: options.model } : { model: 'default' }),
    messages,
    max_tokens: maxTokens,
    temperature: 0,
  });
  return {
    kind: 'openai',
    contextSize: options.contextSize,
    countTokens: (text) => Math.ceil(text.length / 4), // the server's tokenizer is unknown: chars/4
    // the server's template is unknown too: the contents plus a few tokens of markup per message
    countPromptTokens: (messages) => messages.reduce((n, msg) => n + Math.ceil(msg.content.length / 4) + 4, 3),
    async generate(messages, opts) {
      const all = opts.prefill ? [...messages, { role: 'assistant' as const, content: opts.prefill }] : messages;
      const r = await postChat(ep, { ...base(all, opts.maxTokens), ...(opts.stop?.length ? { stop: opts.stop } : {}) }, fetchImpl);
      return {
        text: r.content,
        tokens: r.completionTokens ?? Math.ceil(r.content.length / 4),
        promptTokens: r.promptTokens ?? Math.ceil(JSON.stringify(all).length / 4),
        stoppedBy: r.finishReason === 'length' ? 'maxTokens' : 'stop',
      };
    },
    async choose(messages, opts: ChooseOptions): Promise<Choice> {
      const warnings: string[] = [];
      let tokens = 0;
      let promptTokens = 0;
      let reasoning: string | undefined;
      let convo: ChatMessage[] = [...messages];
      if (opts.thinkTokens > 0) {
        const thought = await this.generate([...messages, { role: 'user', content: 'Reason briefly about which module this concerns. Do not answer yet.' }], { maxTokens: opts.thinkTokens });
        reasoning = thought.text.trim();
        tokens += thought.tokens;
        convo = [...messages, { role: 'assistant', content: `<think>\n${reasoning}\n</think>` }];
      }
      const enumIds = ids.length <= ENUM_LIMIT ? ids : opts.candidates.length ? opts.candidates : undefined;
      let content: string | undefined;
      if (structured !== 'none') {
        try {
          const r = await postChat(ep, { ...base(convo, 64 + 24 * opts.top), response_format: { type: 'json_schema', json_schema: { name: 'modules', strict: true, schema: answerSchema(enumIds, opts.top) } } }, fetchImpl);
          content = r.content;
          tokens += r.completionTokens ?? 0;
          promptTokens = r.promptTokens ?? 0;
        } catch (error) {
          if (!(error instanceof UnsupportedRequest)) throw error;
          if (structured === 'json_schema') throw new UsageError(`The endpoint ${ep.endpoint} rejected JSON-schema structured output: ${error.message}`, 'Use --structured auto or none.');
          structured = 'none';
          warnings.push('The endpoint does not support JSON-schema output; free-text answers are mapped to module ids.');
        }
      }
      if (content === undefined) {
        const r = await postChat(ep, base([...convo, { role: 'user', content: `Answer with up to ${opts.top} module ids, best first, on one line: ANSWER: <id>, <id>` }], 32 + 24 * opts.top), fetchImpl);
        content = r.content;
        tokens += r.completionTokens ?? 0;
        promptTokens = r.promptTokens ?? 0;
      }
      const ranked: { id: string }[] = [];
      let rejected = 0;
      for (const answer of extractAnswers(content)) {
        const m = matcher.match(answer);
        if (m.id === undefined) rejected++;
        else if (!ranked.some((r) => r.id === m.id)) ranked.push({ id: m.id });
      }
      if (ranked.length === 0) warnings.push(`The model's reply had no module id (${JSON.stringify(content.slice(0, 80))}).`);
      return { ranked: ranked.slice(0, opts.top), ...(reasoning !== undefined ? { reasoning } : {}), tokens, promptTokens, warnings, rejected };
    },
    describe: () => ({ endpoint: ep.endpoint, model: options.model ?? 'default', keyEnv: options.apiKeyEnv, keySet: Boolean(options.apiKey), structured }),
    dispose: async () => undefined,
  };
}
