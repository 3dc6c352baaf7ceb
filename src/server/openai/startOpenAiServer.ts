import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatDriver } from '../../backends/llm/ChatDriver.ts';
import { createLlamaDriver } from '../../backends/llm/createLlamaDriver.ts';
import { parseLlmOptions } from '../../backends/llm/llmOptions.ts';
import type { ChatMessage } from '../../backends/llm/prompt.ts';
import { PromptTooLongError } from '../../errors.ts';
import { chatCompletionRequestSchema, type ChatCompletionRequest } from './chatCompletionRequest.ts';

export interface OpenAiServerOptions {
  /** Options of the local model, as for the llm backend: model (GGUF path), threads, contextSize, chatTemplate, gpu, lora. */
  llm: Record<string, unknown>;
  /**
   * Whether `response_format: {type: "json_schema"}` is honoured (compiled to a grammar, like
   * llama.cpp's server). Off, such a request gets HTTP 400, as from servers without structured output.
   */
  structuredOutput: boolean;
  /** When set, requests must carry `Authorization: Bearer <apiKey>` (else HTTP 401). */
  apiKey?: string;
  /** Default 127.0.0.1 and a free port. */
  host?: string;
  port?: number;
  /** The model id `GET /v1/models` lists (default: the GGUF file name). */
  modelName?: string;
  /** Every parsed request, before it is answered (tests record what a backend sent). */
  onRequest?: (request: { authorization: string | undefined; body: unknown }) => void;
}

export interface OpenAiServer {
  /** Base URL to pass as `--endpoint`, e.g. http://127.0.0.1:41234/v1 */
  url: string;
  driver: ChatDriver;
  close(): Promise<void>;
}

const DEFAULT_MAX_TOKENS = 256;

/** `developer` is the newer name of `system`; everything else maps one to one. */
const toMessages = (body: ChatCompletionRequest): ChatMessage[] =>
  body.messages.map((m) => ({ role: m.role === 'developer' ? 'system' : m.role, content: m.content }));

/**
 * An OpenAI-compatible chat-completions server on a local GGUF model, in the shape of llama.cpp's
 * server: the model's own chat template, greedy decoding (temperature is ignored), `stop`,
 * `max_tokens`, a trailing assistant message continued as a prefill, and JSON-schema structured
 * output as a grammar when `structuredOutput` is on. One request at a time (one sequence).
 * Endpoints: `GET /v1/models`, `POST /v1/chat/completions` (no streaming).
 */
export async function startOpenAiServer(options: OpenAiServerOptions): Promise<OpenAiServer> {
  const llm = parseLlmOptions(options.llm);
  const driver = await createLlamaDriver(llm, []);
  const modelName = options.modelName ?? (llm.model ?? 'model').split(/[\\/]/).at(-1) ?? 'model';
  let served = 0;

  const answer = async (body: ChatCompletionRequest): Promise<{ status: number; json: unknown }> => {
    const format = body.response_format;
    if (format?.type === 'json_schema' && !options.structuredOutput) {
      return { status: 400, json: { error: { type: 'invalid_request_error', message: "response_format 'json_schema' is not supported by this server" } } };
    }
    if (body.stream) return { status: 400, json: { error: { type: 'invalid_request_error', message: 'stream is not supported by this server' } } };
    const stop = typeof body.stop === 'string' ? [body.stop] : body.stop;
    let g: Awaited<ReturnType<ChatDriver['generate']>>;
    try {
      g = await driver.generate(toMessages(body), {
        maxTokens: body.max_completion_tokens ?? body.max_tokens ?? DEFAULT_MAX_TOKENS,
        ...(stop?.length ? { stop } : {}),
        ...(format?.type === 'json_schema' ? { jsonSchema: format.json_schema.schema } : {}),
      });
    } catch (error) {
      // like llama.cpp's server: a request that cannot fit is the client's to fix (400), not a 5xx to retry
      if (error instanceof PromptTooLongError) return { status: 400, json: { error: { type: 'exceed_context_size_error', message: error.message } } };
      throw error;
    }
    return {
      status: 200,
      json: {
        id: `chatcmpl-${++served}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model ?? modelName,
        choices: [{ index: 0, message: { role: 'assistant', content: g.text }, finish_reason: g.stoppedBy === 'maxTokens' ? 'length' : 'stop' }],
        usage: { prompt_tokens: g.promptTokens, completion_tokens: g.tokens, total_tokens: g.promptTokens + g.tokens },
      },
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? '').split('?')[0] ?? '';
    const authorization = req.headers.authorization;
    let raw: unknown;
    if (req.method === 'POST') {
      try {
        raw = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(400, { error: { type: 'invalid_request_error', message: 'the body is not JSON' } });
      }
      options.onRequest?.({ authorization, body: raw });
    }
    if (options.apiKey !== undefined && authorization !== `Bearer ${options.apiKey}`) {
      return send(401, { error: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Invalid API key' } });
    }
    if (req.method === 'GET' && /\/models\/?$/.test(path)) return send(200, { object: 'list', data: [{ id: modelName, object: 'model', owned_by: 'modroute' }] });
    if (req.method !== 'POST' || !/\/chat\/completions\/?$/.test(path)) return send(404, { error: { message: `no route ${req.method} ${path}` } });
    const parsed = chatCompletionRequestSchema.safeParse(raw);
    if (!parsed.success) return send(400, { error: { type: 'invalid_request_error', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } });
    const { status, json } = await answer(parsed.data);
    send(status, json);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { type: 'server_error', message: (error as Error).message } }));
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
    });
  } catch (error) {
    await driver.dispose();
    throw error;
  }
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/v1`,
    driver,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.dispose();
    },
  };
}
