import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Llama, LlamaCompletion, LlamaContext, LlamaGrammar, LlamaModel } from 'node-llama-cpp';

let sharedLlama: Promise<Llama> | undefined;

export type ServerMode =
  | 'ok' // answers from the model; JSON-schema response_format becomes a grammar
  | 'no-schema' // HTTP 400 for response_format (like servers without structured output), free text otherwise
  | 'garbage' // HTTP 200 with a body that is not a chat completion
  | 'hang' // accepts the connection and never answers
  | 'flaky'; // HTTP 503 for the first `failures` requests, then 'ok'

export interface TinyChatServer {
  url: string;
  /** Requests received, in order, with their parsed bodies. */
  requests: { auth: string | undefined; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

interface Message {
  role: string;
  content: string;
}

/**
 * A real OpenAI-compatible chat server on loopback (port 0) that answers from a tiny GGUF model
 * through node-llama-cpp, like llama.cpp's server: ChatML prompt, greedy decoding, a JSON-schema
 * `response_format` compiled to a grammar. Not canned replies: the backend under test sees what a
 * model produced. Other modes produce the failures a real deployment can.
 */
export async function startTinyChatServer(options: { modelPath?: string; mode?: ServerMode; apiKey?: string; failures?: number }): Promise<TinyChatServer> {
  const mode = options.mode ?? 'ok';
  let llama: Llama | undefined;
  let model: LlamaModel | undefined;
  let context: LlamaContext | undefined;
  let completion: LlamaCompletion | undefined;
  const grammars = new Map<string, Promise<LlamaGrammar>>();
  if (options.modelPath) {
    const nlc = await import('node-llama-cpp');
    // one Llama per test process: loading the binding takes seconds on a busy machine
    sharedLlama ??= nlc.getLlama({ gpu: false, build: 'never', maxThreads: 1, logLevel: nlc.LlamaLogLevel.error });
    llama = await sharedLlama;
    model = await llama.loadModel({ modelPath: options.modelPath });
    context = await model.createContext({ contextSize: 512, threads: 1 });
    completion = new nlc.LlamaCompletion({ contextSequence: context.getSequence() });
  }
  const requests: TinyChatServer['requests'] = [];
  let failures = options.failures ?? 0;
  let queue: Promise<unknown> = Promise.resolve();
  const hanging = new Set<ServerResponse>();

  const answer = async (body: Record<string, unknown>): Promise<{ status: number; json: unknown }> => {
    if (!completion || !llama) throw new Error('mode needs a model');
    const messages = (body.messages as Message[]) ?? [];
    const format = body.response_format as { type?: string; json_schema?: { schema?: object } } | undefined;
    if (format && mode === 'no-schema') return { status: 400, json: { error: { message: "response_format 'json_schema' is not supported" } } };
    const prompt = `${messages.map((m) => `<|im_start|>${m.role}\n${m.content}<|im_end|>\n`).join('')}<|im_start|>assistant\n`;
    const schema = format?.type === 'json_schema' ? format.json_schema?.schema : undefined;
    let grammar: Promise<LlamaGrammar> | undefined;
    if (schema) {
      const key = JSON.stringify(schema);
      grammar = grammars.get(key);
      if (!grammar) {
        grammar = llama.createGrammarForJsonSchema(schema as never);
        grammars.set(key, grammar);
      }
    }
    const maxTokens = typeof body.max_tokens === 'number' ? body.max_tokens : 64;
    const result = await completion.generateCompletionWithMeta(prompt, {
      maxTokens,
      temperature: 0,
      ...(grammar ? { grammar: await grammar } : {}),
      ...(Array.isArray(body.stop) ? { customStopTriggers: body.stop as string[] } : {}),
    });
    return {
      status: 200,
      json: {
        id: `chatcmpl-${requests.length}`,
        object: 'chat.completion',
        created: 0,
        model: String(body.model ?? 'tiny'),
        choices: [{ index: 0, message: { role: 'assistant', content: result.response }, finish_reason: result.metadata.stopReason === 'maxTokens' ? 'length' : 'stop' }],
        usage: { prompt_tokens: model?.tokenize(prompt, true).length ?? 0, completion_tokens: model?.tokenize(result.response, false).length ?? 0 },
      },
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const send = (status: number, payload: string, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(payload);
    };
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) return send(404, JSON.stringify({ error: { message: 'not found' } }));
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return send(400, JSON.stringify({ error: { message: 'invalid JSON' } }));
    }
    requests.push({ auth: req.headers.authorization, body });
    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) return send(401, JSON.stringify({ error: { message: 'invalid api key' } }));
    if (mode === 'hang') {
      hanging.add(res);
      return;
    }
    if (mode === 'garbage') return send(200, '<html>502 Bad Gateway</html>', 'text/html');
    if (mode === 'flaky' && failures > 0) {
      failures--;
      return send(503, JSON.stringify({ error: { message: 'loading model' } }));
    }
    const run = queue.then(() => answer(body));
    queue = run.catch(() => undefined);
    const { status, json } = await run;
    send(status, JSON.stringify(json));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await context?.dispose();
      await model?.dispose();
    },
  };
}
