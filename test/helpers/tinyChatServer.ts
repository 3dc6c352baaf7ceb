import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startOpenAiServer, type OpenAiServer } from '../../src/server/openai/startOpenAiServer.ts';

export type ServerMode =
  | 'ok' // the real server (src/server/openai): answers from the model, JSON-schema response_format as a grammar
  | 'no-schema' // the real server with structured output off: HTTP 400 for response_format, free text otherwise
  | 'garbage' // HTTP 200 with a body that is not a chat completion
  | 'hang' // accepts the connection and never answers
  | 'flaky'; // HTTP 503 for the first `failures` requests, then the real server's answer

export interface TinyChatServer {
  url: string;
  /** Requests received, in order, with their parsed bodies. */
  requests: { auth: string | undefined; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

/**
 * A real OpenAI-compatible chat server on loopback (port 0) that answers from a tiny GGUF model:
 * `startOpenAiServer`, not canned replies, so the backend under test sees what a model produced.
 * The failure modes a real deployment can have (garbage, hang, flaky) sit in front of it here,
 * because they are test fixtures, not server features.
 */
export async function startTinyChatServer(options: { modelPath?: string; mode?: ServerMode; apiKey?: string; failures?: number; chatTemplate?: string }): Promise<TinyChatServer> {
  const mode = options.mode ?? 'ok';
  const requests: TinyChatServer['requests'] = [];
  let real: OpenAiServer | undefined;
  if (options.modelPath) {
    real = await startOpenAiServer({
      llm: { model: options.modelPath, threads: 1, gpu: false, contextSize: 512, ...(options.chatTemplate ? { chatTemplate: options.chatTemplate } : {}) },
      structuredOutput: mode !== 'no-schema',
      ...(options.apiKey !== undefined ? { apiKey: options.apiKey } : {}),
      onRequest: ({ authorization, body }) => requests.push({ auth: authorization, body: body as Record<string, unknown> }),
    });
  }
  if (real && (mode === 'ok' || mode === 'no-schema')) return { url: real.url, requests, close: () => (real as OpenAiServer).close() };

  let failures = options.failures ?? 0;
  const hanging = new Set<ServerResponse>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const send = (status: number, payload: string, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(payload);
    };
    const record = () => requests.push({ auth: req.headers.authorization, body: JSON.parse(raw || '{}') as Record<string, unknown> });
    if (mode === 'hang') {
      record();
      hanging.add(res);
      return;
    }
    if (mode === 'garbage') {
      record();
      return send(200, '<html>502 Bad Gateway</html>', 'text/html');
    }
    if (mode === 'flaky' && failures > 0) {
      record();
      failures--;
      return send(503, JSON.stringify({ error: { message: 'loading model' } }));
    }
    if (!real) throw new Error(`mode ${mode} needs a model`);
    const r = await fetch(`${real.url.replace(/\/v1$/, '')}${req.url ?? ''}`, { method: req.method ?? 'GET', headers: { 'content-type': 'application/json', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) }, ...(req.method === 'POST' ? { body: raw } : {}) });
    send(r.status, await r.text());
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
      await real?.close();
    },
  };
}
