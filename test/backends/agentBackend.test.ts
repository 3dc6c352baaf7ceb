import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Backend } from '../../src/backends/Backend.ts';
import { createAgentBackend } from '../../src/backends/agent/createAgentBackend.ts';
import type { AgentStep } from '../../src/backends/agent/runAgent.ts';
import type { ChatDriver } from '../../src/backends/llm/ChatDriver.ts';
import { sampleGraph, tempDir, writeTinyModel } from '../helpers/llmFixtures.ts';

const steps = (r: { modules: { evidence?: Record<string, unknown> }[] }) => (r.modules[0]?.evidence?.steps ?? []) as AgentStep[];
const stoppedBy = (r: { modules: { evidence?: Record<string, unknown> }[] }) => r.modules[0]?.evidence?.stoppedBy;

describe('agent backend on a tiny model', () => {
  const dir = tempDir();
  const graph = sampleGraph();
  const valid = new Set<string>(graph.modules.map((m) => m.id));
  let modelPath: string;
  const open: Backend[] = [];
  // agentMinSteps 99: the grammar leaves `answer` out, so only the limits can end the loop
  const agent = async (limits: Record<string, unknown>) => {
    const b = await createAgentBackend({ graph, storeDir: dir, options: { model: modelPath, threads: 1, gpu: false, agentMinSteps: 99, ...limits } });
    open.push(b);
    return b;
  };
  before(async () => {
    ({ path: modelPath } = await writeTinyModel(dir, 'qwen3', 3));
  });
  after(async () => {
    for (const b of open) await b.dispose?.();
  });

  it('stops at the step limit', async () => {
    const r = await (await agent({ agentMaxSteps: 1 })).ask('fix the retry in the http client', { top: 2 });
    assert.equal(stoppedBy(r), 'steps');
    assert.equal(steps(r).length, 1);
    assert.ok(r.modules.every((m) => valid.has(m.id)));
    assert.ok(r.warnings.some((w) => /stopped at its steps limit/.test(w)));
  });

  it('stops at the token limit without exceeding it', async () => {
    for (const maxTokens of [3, 30]) {
      const r = await (await agent({ agentMaxTokens: maxTokens, agentMaxSteps: 50, contextSize: 512 })).ask('date picker week numbers', { top: 1 });
      const used = steps(r).reduce((n, s) => n + s.tokens, 0);
      assert.ok(['tokens', 'context'].includes(String(stoppedBy(r))), String(stoppedBy(r)));
      assert.ok(used <= maxTokens, `${used} tokens > ${maxTokens}`);
      if (maxTokens === 3) assert.equal(stoppedBy(r), 'tokens');
      assert.ok(r.modules.every((m) => valid.has(m.id)));
    }
  });

  it('stops at the wall-time limit', async () => {
    const r = await (await agent({ agentMaxWallMs: 1, agentMaxSteps: 50 })).ask('add a kotlin extractor', { top: 1 });
    assert.equal(stoppedBy(r), 'time');
    assert.ok(steps(r).length <= 2);
    assert.ok(valid.has(r.modules[0]?.id ?? ''));
  });

  it('puts every step in the explanation', async () => {
    const r = await (await agent({ agentMaxSteps: 2 })).ask('fix the retry', { top: 1 });
    const reason = r.modules[0]?.reason ?? '';
    for (const s of steps(r)) assert.ok(reason.includes(`${s.step}. ${s.tool}`), reason);
  });
});

describe('agent tools (scripted driver)', () => {
  it('search, open, neighbours and grep observe the graph and the source', async () => {
    const root = tempDir('modroute-agent-repo-');
    const graph = { ...sampleGraph(), root };
    for (const m of graph.modules) {
      mkdirSync(join(root, m.path), { recursive: true });
      writeFileSync(join(root, m.path, 'index.ts'), m.id === 'packages/api-client' ? 'export function retryWithBackoff() {}\n' : 'export const x = 1;\n');
    }
    const script = ['search http client retry', 'open packages/api-client', 'neighbours src/cli', 'grep retryWithBackoff', 'answer'];
    const seenPrompts: string[] = [];
    const driver: ChatDriver = {
      kind: 'llm',
      contextSize: undefined,
      countTokens: (t) => t.length,
      countPromptTokens: (ms) => ms.reduce((n, msg) => n + msg.content.length, 0),
      async generate(messages) {
        seenPrompts.push(messages.at(-1)?.content ?? '');
        return { text: script.shift() ?? 'answer', tokens: 2, promptTokens: 0, stoppedBy: 'eos' };
      },
      async choose(_messages, opts) {
        return { ranked: opts.candidates.slice(0, opts.top).map((id) => ({ id })), tokens: 1, promptTokens: 0, warnings: [], rejected: 0 };
      },
      describe: () => ({}),
      dispose: async () => undefined,
    };
    const backend = await createAgentBackend({ graph, storeDir: root, options: { agentMinSteps: 1 } }, driver);
    const r = await backend.ask('the http client should retry', { top: 3 });
    const s = steps(r);
    assert.deepEqual(s.map((x) => x.tool), ['search', 'open', 'neighbours', 'grep', 'answer']);
    assert.equal(stoppedBy(r), 'answer');
    assert.match(s[0]?.observation ?? '', /packages\/api-client: HTTP client with retry/);
    assert.match(s[1]?.observation ?? '', /^packages\/api-client: HTTP client with retry and timeouts\.\nsymbols: api-client/);
    assert.equal(s[2]?.observation, 'src/cli depends on: src/index\nused by: none');
    assert.equal(s[3]?.observation, 'packages/api-client: packages/api-client/index.ts:1: export function retryWithBackoff() {}');
    assert.match(seenPrompts[1] ?? '', /^OBSERVATION:\npackages\/api-client/);
    assert.equal(r.modules[0]?.id, 'packages/api-client', 'the final answer sees what the tools surfaced');
  });
});
