import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BackendContext } from '../../src/backends/Backend.ts';
import { backendNames, backendRegistry, resolveBackend } from '../../src/backends/registry.ts';
import { UsageError } from '../../src/errors.ts';
import { fixtureGraph } from '../index/lexicalFixture.ts';

const ctx = (): BackendContext => ({ graph: fixtureGraph(), storeDir: '/tmp/none', options: {} });

describe('backend registry', () => {
  it('lists every backend, lexical and the bm25 baseline among them', () => {
    assert.ok(backendNames.includes('lexical') && backendNames.includes('bm25'));
    assert.equal(new Set(backendNames).size, backendNames.length);
  });
  it('auto picks the available backend with the lowest autoPriority (no model trained: lexical)', async () => {
    assert.equal((await resolveBackend('auto', { storeDir: '/tmp/modroute-no-such-store', options: {} })).name, 'lexical');
  });
  it('rejects an unknown name with the list of names', async () => {
    await assert.rejects(
      () => resolveBackend('nope', { storeDir: '/tmp/none', options: {} }),
      (e: unknown) => e instanceof UsageError && e.message === 'Unknown backend: nope' && e.hint === `Use one of: auto, ${backendNames.join(', ')}.` && e.exitCode === 2,
    );
  });
});

describe('lexical and bm25 backends', () => {
  for (const name of ['lexical', 'bm25'] as const) {
    it(`${name}: rejects empty and whitespace queries`, async () => {
      const backend = await backendRegistry[name].create(ctx());
      for (const query of ['', '   \n\t']) {
        await assert.rejects(backend.ask(query, { top: 5 }), (e: unknown) => e instanceof UsageError && e.message === 'Empty query');
      }
      await assert.rejects(backend.ask('router', { top: 0 }), UsageError);
      await assert.rejects(backend.ask('router', { top: 5, asOf: 'yesterday-ish' }), UsageError);
    });

    it(`${name}: odd input gives warnings, never a crash, and only valid ids`, async () => {
      const backend = await backendRegistry[name].create(ctx());
      const valid = new Set(fixtureGraph().modules.map((m) => m.id));
      const stop = await backend.ask('the and of it', { top: 5 });
      assert.deepEqual(stop, { modules: [], warnings: ["The query has no searchable terms (only stopwords, punctuation or phrasing such as 'As a user, I want to'): say what should change, in the words the code or its docs would use"] });
      const none = await backend.ask('zebra giraffe', { top: 5 });
      assert.deepEqual(none, { modules: [], warnings: ['No module matched the query terms'] });
      const huge = await backend.ask(`router ${'lorem ipsum dolor sit amet '.repeat(4000)} ${Array.from({ length: 3000 }, (_, i) => `t${i}q`).join(' ')}`, { top: 5 });
      assert.equal(huge.modules[0]?.id, 'src/router');
      assert.equal(huge.warnings.length, 1);
      assert.match(huge.warnings[0] ?? '', /^Query too long/);
      const foreign = await backend.ask('Router für Anfragen — 修复', { top: 5 });
      assert.equal(foreign.modules[0]?.id, 'src/router');
      for (const result of [huge, foreign]) for (const m of result.modules) assert.ok(valid.has(m.id));
    });
  }

  it('lexical explains, bm25 does not expand', async () => {
    const lexical = await backendRegistry.lexical.create(ctx());
    const bm25 = await backendRegistry.bm25.create(ctx());
    const lex = await lexical.ask('erase for a user', { top: 3 });
    assert.equal(lex.modules[0]?.id, 'src/auth');
    assert.match(lex.modules[0]?.reason ?? '', /^wordnet: delete←erase · file \+0\.\d\d src\/auth\/session\.ts \(delete←erase\)$/);
    assert.deepEqual((await bm25.ask('erase for a user', { top: 3 })).modules, []);
    // The backend passes the dictionary: a mistyped word finds the term it meant, in lexical only.
    const typo = await lexical.ask('ruoter', { top: 3 });
    assert.equal(typo.modules[0]?.id, 'src/router');
    assert.match(typo.modules[0]?.reason ?? '', /typo: router←ruoter/);
    assert.deepEqual((await bm25.ask('ruoter', { top: 3 })).modules, []);
    // A request in Chinese for code in English: each Chinese word's English glosses (CC-CEDICT).
    const zh = await lexical.ask('数据库连接经常断开', { top: 3 });
    assert.equal(zh.modules[0]?.id, 'src/db');
    assert.match(zh.modules[0]?.reason ?? '', /translation: (database←数据库|connection←连接)/);
    assert.equal((await lexical.ask('登录时密码校验失败', { top: 3 })).modules[0]?.id, 'src/auth');
    assert.deepEqual((await bm25.ask('数据库连接经常断开', { top: 3 })).modules, []);
  });

  it('bm25 sees history through its single field and honours asOf', async () => {
    const bm25 = await backendRegistry.bm25.create(ctx());
    assert.equal((await bm25.ask('sharding', { top: 3 })).modules[0]?.id, 'src/db');
    assert.deepEqual((await bm25.ask('sharding', { top: 3, asOf: '2024-01-01' })).modules, []);
  });
});
