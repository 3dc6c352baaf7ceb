import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { doctor } from '../../src/api/doctor.ts';
import { tempDir, writeTinyAdapter, writeTinyModel } from '../helpers/llmFixtures.ts';

describe('doctor', () => {
  it('reports model and adapter metadata, the failed fit, and backend availability', async () => {
    const dir = tempDir();
    const { path } = await writeTinyModel(dir, 'qwen3', 3);
    const other = await writeTinyModel(dir, 'llama', 3);
    const adapter = await writeTinyAdapter(dir, other.model, 2);
    const r = await doctor({ repo: dir, skipLlama: true, backendOptions: { model: path, lora: [adapter] } });
    assert.equal(r.model?.summary?.architecture, 'qwen3');
    assert.equal(r.model?.summary?.parameterCount, 133_120);
    assert.equal(r.adapters[0]?.summary?.type, 'adapter');
    assert.equal(r.modelCheck?.ok, false);
    assert.match(r.modelCheck?.problem ?? '', /for architecture llama, the model is qwen3/);
    const byName = Object.fromEntries(r.backends.map((b) => [b.name, b]));
    assert.equal(byName.llm?.available, true);
    assert.equal(byName.openai?.available, false);
    assert.equal(byName.lexical?.available, true);
  });

  it('probes the endpoint: listed models, a refused key, an unreachable server', async () => {
    const server = createServer((req, res) => {
      res.writeHead(req.headers.authorization === 'Bearer k' ? 200 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data: [{ id: 'tiny' }] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    try {
      const ok = await doctor({ skipLlama: true, backendOptions: { endpoint: url, apiKey: 'k' } });
      assert.deepEqual([ok.endpoint?.reachable, ok.endpoint?.models], [true, ['tiny']]);
      const refused = await doctor({ skipLlama: true, backendOptions: { endpoint: url } });
      assert.match(refused.endpoint?.detail ?? '', /key was refused \(HTTP 401\)/);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
    // a port nothing listens on (the closed server's port may still have a pooled keep-alive socket)
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const closed = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const down = await doctor({ skipLlama: true, backendOptions: { endpoint: `http://127.0.0.1:${closed}/v1` } });
    assert.equal(down.endpoint?.reachable, false);
    assert.match(down.endpoint?.detail ?? '', /ECONNREFUSED/);
  });
});
