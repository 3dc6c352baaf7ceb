import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { openSession } from '../../src/api/openSession.ts';
import { ConfigError } from '../../src/errors.ts';
import { makeConfigRepo, writeConfig } from '../helpers/configFixture.ts';
import { assertNoStack, runCli } from '../helpers/runCli.ts';
import { runIndex } from '../helpers/runIndex.ts';

const config = (repo: string, lexical?: unknown) => writeConfig(repo, lexical === undefined ? {} : { lexical });
const ask = async (repo: string, query: string) => {
  const session = await openSession({ repo });
  try {
    return await session.ask(query, { backend: 'lexical', top: 3 });
  } finally {
    await session.dispose();
  }
};

describe('lexical weights from modroute.config.json', () => {
  let repo = '';
  before(async () => {
    repo = makeConfigRepo();
    await runIndex({ repo });
  });

  it('applies the section at the next ask, without re-indexing', async () => {
    assert.equal((await ask(repo, 'zebra crossing')).modules[0]?.id, 'src/roads');
    // Symbols, the generated summary (which lists them) and the code text off: no field holds "zebra" any more.
    config(repo, { fields: { symbols: { weight: 0 }, summary: { weight: 0 }, code: { weight: 0 } } });
    const off = await ask(repo, 'zebra crossing');
    assert.deepEqual(off.modules, []);
    assert.ok(off.warnings.some((w) => /No module matched/.test(w)), off.warnings.join(' | '));
    // A field of its own for the symbols, under another name, brings it back.
    config(repo, { fields: { symbols: { weight: 0 }, summary: { weight: 0 }, code: { weight: 0 }, names: { weight: 2, b: 0.3, sources: ['symbols'] } } });
    const renamed = await ask(repo, 'zebra crossing');
    assert.equal(renamed.modules[0]?.id, 'src/roads');
    assert.deepEqual(Object.keys(renamed.modules[0]?.evidence?.fields ?? {}), ['names']);
    config(repo);
    assert.equal((await ask(repo, 'zebra crossing')).modules[0]?.id, 'src/roads');
  });

  it('switches inflections, the requirement filter and symbol damping from the config', async () => {
    assert.equal((await ask(repo, 'zebras')).modules[0]?.id, 'src/roads');
    config(repo, { inflections: { enabled: false }, stripBoilerplate: false, dampSymbols: false });
    assert.deepEqual((await ask(repo, 'zebras')).modules, []);
    config(repo, { inflections: { weight: -1 } });
    await assert.rejects(openSession({ repo }), (e: unknown) => e instanceof ConfigError && /lexical\.inflections\.weight/.test(e.message));
    config(repo);
  });

  it('rejects a bad section with the field, the problem and no stack, in ask and in index', async () => {
    config(repo, { k1: 'high', graph: { aggregate: 'mean' } });
    await assert.rejects(openSession({ repo }), (e: unknown) => e instanceof ConfigError && /lexical\.k1: expected a number, got string/.test(e.message) && /lexical\.graph\.aggregate/.test(e.message));
    const cli = runCli(['ask', 'zebra', '--repo', repo]);
    assert.equal(cli.code, 2);
    assert.match(cli.stderr, /Invalid .*modroute\.config\.json:\n\s+- lexical\.k1: expected a number, got string/);
    assertNoStack(cli.stderr);
    const index = runCli(['index', repo]);
    assert.equal(index.code, 2);
    assert.match(index.stderr, /lexical\.k1/);
    assertNoStack(index.stderr);
    config(repo, { fields: { titles: { weight: 1 } } });
    await assert.rejects(openSession({ repo }), (e: unknown) => e instanceof ConfigError && /lexical\.fields\.titles: a new field needs weight, b and sources/.test(e.message));
    config(repo, { fields: { path: { sources: ['paths'] } } });
    await assert.rejects(openSession({ repo }), (e: unknown) => e instanceof ConfigError && /lexical\.fields\.path\.sources\[0\]/.test(e.message));
    config(repo, { similarCommits: { k: 0, neighbours: 3 } });
    await assert.rejects(openSession({ repo }), (e: unknown) => e instanceof ConfigError && /lexical\.similarCommits\.k/.test(e.message) && /neighbours/.test(e.message));
    config(repo, { similarCommits: { weight: 0.5, k: 3 } });
    assert.equal((await ask(repo, 'zebra crossing')).modules[0]?.id, 'src/roads');
    config(repo);
  });

  it('rejects a misspelled section in ask too, not only in index', async () => {
    writeConfig(repo, { lexcal: { k1: 1 } });
    await assert.rejects(openSession({ repo }), (e: unknown) => e instanceof ConfigError && /lexcal/.test(e.message));
    const cli = runCli(['ask', 'zebra', '--repo', repo]);
    assert.equal(cli.code, 2);
    assert.match(cli.stderr, /lexcal/);
    assertNoStack(cli.stderr);
    const dataset = runCli(['dataset', '--repo', repo, '--out', join(repo, 'ds')]);
    assert.equal(dataset.code, 2, dataset.stderr);
    assert.match(dataset.stderr, /lexcal/);
    config(repo);
  });

  it('knows the same top-level keys as the config schema', async () => {
    const { configSchema } = await import('../../src/config/configSchema.ts');
    const { CONFIG_KEYS } = await import('../../src/config/configKeys.ts');
    assert.deepEqual([...CONFIG_KEYS].sort(), Object.keys(configSchema.shape).sort());
  });
});
