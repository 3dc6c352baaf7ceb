import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { doctor } from '../../src/api/doctor.ts';
import { openSession } from '../../src/api/openSession.ts';
import { ConfigError } from '../../src/errors.ts';
import { makeConfigRepo, writeConfig } from '../helpers/configFixture.ts';
import { writeTinyModel } from '../helpers/llmFixtures.ts';
import { assertNoStack, runCli } from '../helpers/runCli.ts';
import { runIndex } from '../helpers/runIndex.ts';

const config = (repo: string, llm?: unknown) => writeConfig(repo, llm === undefined ? {} : { llm });

describe('model backend options from modroute.config.json', () => {
  let repo = '';
  let model = '';
  before(async () => {
    repo = makeConfigRepo();
    mkdirSync(join(repo, 'models'));
    model = (await writeTinyModel(join(repo, 'models'), 'qwen3', 3)).path;
    await runIndex({ repo });
  });

  it('a model in the config (relative to the repository) makes auto answer with llm; flags win', async () => {
    config(repo, { model: relative(repo, model), threads: 1, gpu: false });
    const session = await openSession({ repo });
    try {
      const answer = await session.ask('zebra crossing', { top: 2 });
      assert.equal(answer.backend, 'llm');
      const valid = new Set(['src/roads', 'src/rivers']);
      for (const m of answer.modules) assert.ok(valid.has(m.id), m.id);
    } finally {
      await session.dispose();
    }
    const report = await doctor({ repo, skipLlama: true });
    assert.equal(report.model?.path, model);
    assert.equal(report.model?.ok, true);
    const flagged = await openSession({ repo, backendOptions: { model: join(repo, 'missing.gguf') } });
    try {
      // The flag's model replaces the config's: auto falls back to lexical and says why.
      const answer = await flagged.ask('zebra crossing', { top: 2 });
      assert.equal(answer.backend, 'lexical');
      assert.deepEqual(answer.warnings.filter((w) => /auto passed over/.test(w)).length, 1, JSON.stringify(answer.warnings));
      assert.match(answer.warnings[0] ?? '', /^auto passed over llm: .*missing\.gguf/);
    } finally {
      await flagged.dispose();
      config(repo);
    }
  });

  it('rejects a bad section naming the field, and an API key in the file', async () => {
    config(repo, { threads: 'many', apiKey: 'sk-123' });
    await assert.rejects(openSession({ repo }), (e: unknown) =>
      e instanceof ConfigError && /llm\.threads: expected a number, got string/.test(e.message) && /keys do not belong in a file; .*llm\.apiKeyEnv/.test(e.message));
    const cli = runCli(['ask', 'zebra', '--repo', repo]);
    assert.equal(cli.code, 2);
    assert.match(cli.stderr, /llm\.threads/);
    assertNoStack(cli.stderr);
    config(repo);
  });
});
