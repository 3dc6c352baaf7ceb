import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { useFixture } from '../helpers/gitFixture.ts';
import { tempDir, writeTinyModel } from '../helpers/llmFixtures.ts';
import { assertNoStack, runCli, startCli } from '../helpers/runCli.ts';
import { startTinyChatServer, type TinyChatServer } from '../helpers/tinyChatServer.ts';

/** The CLI in a child process without blocking this one, so the loopback server here can answer it. */
const cli = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = startCli(args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += String(d)));
    child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });

describe('model backend flags on the command line', () => {
  let repo: string;
  let model: string;
  let server: TinyChatServer;
  before(async () => {
    repo = useFixture('ts-monorepo-history');
    assert.equal(runCli(['index', repo, '--quiet']).code, 0);
    ({ path: model } = await writeTinyModel(tempDir(), 'qwen3', 3));
    server = await startTinyChatServer({ modelPath: model });
  });
  after(async () => {
    await server?.close();
  });

  it('--chat-template picks the template, and an unknown one exits 2 with the names', async () => {
    const ok = await cli(['ask', 'retry the http client', '--repo', repo, '--backend', 'llm', '--model', model, '--threads', '1', '--chat-template', 'chatml', '--top', '1', '--json']);
    assert.equal(ok.code, 0, ok.stderr);
    const answer = JSON.parse(ok.stdout) as { modules: { id: string; evidence: { prompt: { role: string; content: string }[] } }[] };
    assert.equal(answer.modules.length, 1);
    assert.deepEqual(answer.modules[0]?.evidence.prompt.map((m) => m.role), ['system', 'user']);
    const bad = await cli(['ask', 'retry', '--repo', repo, '--backend', 'llm', '--model', model, '--threads', '1', '--chat-template', 'nope']);
    assert.equal(bad.code, 2, bad.stderr);
    assert.match(bad.stderr, /Unknown chat template "nope"/);
    assertNoStack(bad.stderr);
  });

  it('--structured none asks the endpoint in free text; the default asks for the JSON schema', async () => {
    const base = ['ask', 'retry the http client', '--repo', repo, '--backend', 'openai', '--endpoint', server.url, '--model', 'tiny', '--top', '1', '--json'];
    const before = server.requests.length;
    const free = await cli([...base, '--structured', 'none']);
    assert.equal(free.code, 0, free.stderr);
    const sentFree = server.requests.slice(before);
    assert.ok(sentFree.length >= 1 && sentFree.every((r) => r.body.response_format === undefined));
    const mid = server.requests.length;
    const schema = await cli(base);
    assert.equal(schema.code, 0, schema.stderr);
    assert.equal((server.requests[mid]?.body.response_format as { type?: string } | undefined)?.type, 'json_schema');
  });
});
