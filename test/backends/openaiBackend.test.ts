import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { BackendContext } from '../../src/backends/Backend.ts';
import { createIdMatcher } from '../../src/backends/llm/matchModuleId.ts';
import { createOpenAiBackend, openAiAvailability } from '../../src/backends/openai/createOpenAiBackend.ts';
import { extractAnswers } from '../../src/backends/openai/createOpenAiDriver.ts';
import { EndpointAuthError, EndpointResponseError, EndpointUnreachableError } from '../../src/errors.ts';
import { sampleGraph, tempDir, writeTinyModel } from '../helpers/llmFixtures.ts';
import { randomQueries } from '../helpers/randomQueries.ts';
import { startTinyChatServer, type TinyChatServer } from '../helpers/tinyChatServer.ts';

const graph = sampleGraph();
const valid = new Set<string>(graph.modules.map((m) => m.id));
const fast = { retries: 2, retryBaseMs: 1, timeoutMs: 20_000 };
const ctx = (endpoint: string, options: Record<string, unknown> = {}): BackendContext => ({ graph, storeDir: '/tmp', options: { endpoint, model: 'tiny', ...fast, ...options } });

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('id post-processing', () => {
  const m = createIdMatcher(['src/graph', 'src/graph/extractors', 'packages/api-client', 'docs']);
  it('maps exact, case, path suffix and near spellings, and rejects the rest', () => {
    assert.deepEqual(m.match('src/graph'), { id: 'src/graph', how: 'exact' });
    assert.deepEqual(m.match('`SRC/Graph`'), { id: 'src/graph', how: 'case' });
    assert.deepEqual(m.match('./extractors'), { id: 'src/graph/extractors', how: 'suffix' });
    assert.deepEqual(m.match('repo/packages/api-client/'), { id: 'packages/api-client', how: 'suffix' });
    assert.deepEqual(m.match('packages/api-clinet'), { id: 'packages/api-client', how: 'edit', distance: 2 });
    assert.equal(m.match('the http layer').id, undefined);
    assert.equal(m.match('').id, undefined);
    assert.deepEqual(m.match('dcs'), { id: 'docs', how: 'edit', distance: 1 });
    assert.equal(m.match('xyz').id, undefined);
    assert.equal(m.match('src/grap/extractor').id, 'src/graph/extractors');
  });
  it('reads ids from schema JSON, an ANSWER line, or the last line', () => {
    assert.deepEqual(extractAnswers('{"modules": ["docs", "src/graph"]}'), ['docs', 'src/graph']);
    assert.deepEqual(extractAnswers('Let me think.\nANSWER: docs, src/graph\n'), ['docs', 'src/graph']);
    assert.deepEqual(extractAnswers('It is\nsrc/graph'), ['src/graph']);
  });
});

describe('openai backend against a loopback server answering from a tiny GGUF model', () => {
  const dir = tempDir();
  let modelPath: string;
  const servers: TinyChatServer[] = [];
  const start = async (options: Parameters<typeof startTinyChatServer>[0]) => {
    const s = await startTinyChatServer(options);
    servers.push(s);
    return s;
  };
  before(async () => {
    ({ path: modelPath } = await writeTinyModel(dir, 'qwen3', 3));
  });
  after(async () => {
    for (const s of servers) await s.close();
  });

  it('is available only with an endpoint configured', () => {
    assert.equal(openAiAvailability({}).ok, false);
    assert.equal(openAiAvailability({ endpoint: 'http://127.0.0.1:1/v1' }).ok, true);
    assert.equal(openAiAvailability({ endpoint: 'not a url' }).ok, false);
  });

  it('asks with a JSON-schema enum of the ids and the key; every answer is a valid id', async () => {
    const server = await start({ modelPath, apiKey: 'sekret' });
    const backend = await createOpenAiBackend(ctx(server.url, { apiKey: 'sekret' }));
    for (const q of randomQueries(12, 4)) {
      const r = await backend.ask(q, { top: 3 });
      assert.ok(r.modules.length >= 1 && r.modules.length <= 3, `${r.modules.length} answers`);
      assert.ok(r.modules.every((m) => valid.has(m.id)), r.modules.map((m) => m.id).join(', '));
    }
    const sent = server.requests[0];
    assert.equal(sent?.auth, 'Bearer sekret');
    const format = sent?.body.response_format as { type: string; json_schema: { schema: { properties: { modules: { items: { enum: string[] } } } } } };
    assert.equal(format.type, 'json_schema');
    assert.deepEqual([...format.json_schema.schema.properties.modules.items.enum].sort(), [...valid].sort());
  });

  it('without structured output, maps free text to ids or rejects it, and says so', async () => {
    const server = await start({ modelPath, mode: 'no-schema' });
    const backend = await createOpenAiBackend(ctx(server.url));
    let rejectedWarnings = 0;
    for (const q of randomQueries(8, 6)) {
      const r = await backend.ask(q, { top: 2 });
      assert.ok(r.modules.every((m) => valid.has(m.id)));
      if (r.warnings.some((w) => /not module ids and were rejected|had no module id/.test(w))) rejectedWarnings++;
    }
    // the tiny model writes nonsense: it must be rejected, never passed off as an id
    assert.ok(rejectedWarnings > 0);
    assert.equal(server.requests.filter((r) => r.body.response_format !== undefined).length, 1, 'downgrades once, then stops asking for a schema');
  });

  it('a bad or missing key is an EndpointAuthError, without retries', async () => {
    const server = await start({ modelPath, apiKey: 'right' });
    const wrong = await createOpenAiBackend(ctx(server.url, { apiKey: 'wrong' }));
    await assert.rejects(wrong.ask('retry', { top: 1 }), (e: unknown) => e instanceof EndpointAuthError && /HTTP 401 \(the key in \$OPENAI_API_KEY was rejected\)/.test(e.message));
    const none = await createOpenAiBackend(ctx(server.url, { apiKeyEnv: 'MY_KEY' }));
    await assert.rejects(none.ask('retry', { top: 1 }), /\$MY_KEY is not set/);
    assert.equal(server.requests.length, 2);
  });

  it('garbage bodies are retried, then an EndpointResponseError', async () => {
    const server = await start({ mode: 'garbage' });
    const backend = await createOpenAiBackend(ctx(server.url));
    await assert.rejects(backend.ask('retry', { top: 1 }), (e: unknown) => e instanceof EndpointResponseError && /not JSON .*after 3 attempts/.test(e.message));
    assert.equal(server.requests.length, 3);
  });

  it('a server that never answers times out on every attempt', async () => {
    const server = await start({ mode: 'hang' });
    const backend = await createOpenAiBackend(ctx(server.url, { timeoutMs: 150, retries: 1 }));
    await assert.rejects(backend.ask('retry', { top: 1 }), (e: unknown) => e instanceof EndpointUnreachableError && /no answer within 150 ms; 2 attempts/.test(e.message));
    assert.equal(server.requests.length, 2);
  });

  it('an unreachable endpoint is an EndpointUnreachableError', async () => {
    const backend = await createOpenAiBackend(ctx(`http://127.0.0.1:${await closedPort()}/v1`, { retries: 1 }));
    await assert.rejects(backend.ask('retry', { top: 1 }), (e: unknown) => e instanceof EndpointUnreachableError && /ECONNREFUSED; 2 attempts/.test(e.message));
  });

  it('retries 503s with backoff and then answers', async () => {
    const server = await start({ modelPath, mode: 'flaky', failures: 2 });
    const backend = await createOpenAiBackend(ctx(server.url));
    const r = await backend.ask('fix the retry in the http client', { top: 1 });
    assert.equal(server.requests.length, 3);
    assert.ok(r.modules.every((m) => valid.has(m.id)));
  });
});
