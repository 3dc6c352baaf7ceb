import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useFixture } from '../helpers/gitFixture.ts';

describe('the library entry (package main, built into dist/)', () => {
  it('indexes and answers through `import { indexRepository, ask } from "modroute"`', async () => {
    // the package's own main, as a user's `import … from 'modroute'` resolves it (npm test builds first)
    const lib = (await import(new URL('../../dist/index.js', import.meta.url).href)) as typeof import('../../src/index.ts');
    const repo = useFixture('ts-monorepo-history');
    for await (const event of lib.indexRepository({ repo })) if (event.kind === 'warning') assert.fail(event.message);
    const answer = await lib.ask('refresh the oauth access token before it expires', { repo, top: 2 });
    assert.equal(answer.modules[0]?.id, 'packages/api-client');
    assert.equal(answer.modules.length, 2);
    assert.ok(lib.backendNames.includes('lexical'));
    await assert.rejects(lib.ask('x', { repo: '/nonexistent/modroute' }), lib.RepoNotFoundError);
  });
});
