import { EndpointAuthError, EndpointResponseError, EndpointUnreachableError } from '../../errors.ts';

export interface ChatEndpoint {
  endpoint: string;
  apiKey: string | undefined;
  apiKeyEnv: string;
  timeoutMs: number;
  retries: number;
  retryBaseMs: number;
}

export interface ChatCompletion {
  content: string;
  finishReason: string | undefined;
  promptTokens: number | undefined;
  completionTokens: number | undefined;
}

/** The server said the request itself is unsupported (HTTP 400), e.g. no structured output. */
export class UnsupportedRequest extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const chatUrl = (endpoint: string): string => `${endpoint.replace(/\/+$/, '')}/chat/completions`;

/**
 * POSTs one chat completion with a timeout per attempt and bounded retries (exponential backoff:
 * base, 2×base, 4×base …) for what a retry can fix: no connection, a timeout, HTTP 429/5xx, and a
 * body that is not a chat completion. 401/403 and other 4xx fail at once: repeating will not help.
 */
export async function postChat(ep: ChatEndpoint, body: Record<string, unknown>, fetchImpl: typeof fetch = fetch): Promise<ChatCompletion> {
  const url = chatUrl(ep.endpoint);
  let lastProblem: { kind: 'unreachable' | 'response'; detail: string } = { kind: 'unreachable', detail: 'no attempt' };
  const attempts = ep.retries + 1;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await sleep(ep.retryBaseMs * 2 ** (attempt - 1));
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(ep.apiKey ? { authorization: `Bearer ${ep.apiKey}` } : {}) },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(ep.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      lastProblem = { kind: 'unreachable', detail: e.name === 'TimeoutError' ? `no answer within ${ep.timeoutMs} ms` : (e.cause?.code ?? e.message) };
      continue;
    }
    if (response.status === 401 || response.status === 403) throw new EndpointAuthError(ep.endpoint, response.status, ep.apiKeyEnv, Boolean(ep.apiKey));
    if (response.status === 429 || response.status >= 500) {
      lastProblem = { kind: 'response', detail: `HTTP ${response.status} ${text.slice(0, 200)}` };
      continue;
    }
    // A 400 for a prompt over the context (llama.cpp: exceed_context_size_error) is not a missing feature.
    if (response.status === 400 && body.response_format !== undefined && !/context/i.test(text)) throw new UnsupportedRequest(text.slice(0, 300));
    if (!response.ok) throw new EndpointResponseError(ep.endpoint, `HTTP ${response.status} ${text.slice(0, 300)}`);
    const parsed = parseCompletion(text);
    if (typeof parsed === 'string') {
      lastProblem = { kind: 'response', detail: parsed };
      continue;
    }
    return parsed;
  }
  if (lastProblem.kind === 'unreachable') throw new EndpointUnreachableError(ep.endpoint, lastProblem.detail, attempts);
  throw new EndpointResponseError(ep.endpoint, `${lastProblem.detail} (after ${attempts} attempt${attempts === 1 ? '' : 's'})`);
}

/** A chat completion, or a string saying why the body is not one. */
function parseCompletion(text: string): ChatCompletion | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `the body is not JSON (starts with ${JSON.stringify(text.slice(0, 60))})`;
  }
  const choice = (json as { choices?: { message?: { content?: unknown }; finish_reason?: unknown }[] }).choices?.[0];
  const content = choice?.message?.content;
  if (typeof content !== 'string') return 'no choices[0].message.content string in the JSON';
  const usage = (json as { usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } }).usage;
  return {
    content,
    finishReason: typeof choice?.finish_reason === 'string' ? choice.finish_reason : undefined,
    promptTokens: typeof usage?.prompt_tokens === 'number' ? usage.prompt_tokens : undefined,
    completionTokens: typeof usage?.completion_tokens === 'number' ? usage.completion_tokens : undefined,
  };
}
