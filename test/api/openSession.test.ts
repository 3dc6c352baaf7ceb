import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openSession } from '../../src/api/openSession.ts';
import { tempDir, useFixture } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

const query = 'refresh the oauth access token before it expires';

describe('openSession: what a one-shot ask loads', () => {
  it('answers lexical from the cached index without loading the graph, and the same as with it', async () => {
    const repo = useFixture('ts-monorepo-history');
    await runIndex({ repo });
    const first = await openSession({ repo });
    const built = await first.ask(query, { backend: 'lexical', top: 3 });
    await first.dispose();

    const second = await openSession({ repo });
    const loadGraph = second.index.graph.bind(second.index);
    let loads = 0;
    (second.index as { graph: () => ReturnType<typeof loadGraph> }).graph = () => {
      loads++;
      return loadGraph();
    };
    const cached = await second.ask(query, { backend: 'lexical', top: 3 });
    assert.equal(loads, 0);
    assert.deepEqual(cached.modules, built.modules);
    // A backend that reads modules gets them: bm25's index is not cached yet, so it builds from the graph.
    await second.ask(query, { backend: 'bm25', top: 3 });
    assert.ok(loads > 0);
    await second.dispose();
  });

  it('says when the repository has commits the index has not read, until it is re-indexed', async () => {
    const repo = useFixture('ts-monorepo-history');
    await runIndex({ repo });
    const fresh = await openSession({ repo });
    assert.deepEqual((await fresh.ask(query, { backend: 'lexical', top: 3 })).warnings, []);
    await fresh.dispose();
    writeFileSync(join(repo, 'packages', 'api-client', 'src', 'retry.ts'), 'export const retries = 3;\n');
    execFileSync('git', ['add', '-A'], { cwd: repo });
    execFileSync('git', ['commit', '-q', '-m', 'feat: retries'], { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'd@e.x', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'd@e.x' } });
    const stale = await openSession({ repo });
    const answer = await stale.ask(query, { backend: 'lexical', top: 3 });
    await stale.dispose();
    assert.match(answer.warnings[0] ?? '', /^the repository has commits the index has not read \(HEAD [0-9a-f]{12}, indexed at [0-9a-f]{12}\): run `modroute index`/);
    await runIndex({ repo });
    const again = await openSession({ repo });
    assert.deepEqual((await again.ask(query, { backend: 'lexical', top: 3 })).warnings, []);
    await again.dispose();
  });

  it('with checkEdits, says when files of the answered modules were edited since indexing (no commit needed)', async () => {
    const repo = useFixture('ts-monorepo-history');
    await runIndex({ repo });
    const fresh = await openSession({ repo });
    const before = await fresh.ask(query, { backend: 'lexical', top: 3, checkEdits: true });
    await fresh.dispose();
    assert.deepEqual(before.warnings, []);
    const top = before.modules[0]?.id ?? '';
    const file = join(repo, top, 'src', 'edited.ts');
    writeFileSync(file, 'export const edited = true;\n');
    // A new file is no indexed file; an edit of one is.
    const session = await openSession({ repo });
    const indexed = session.index.graph().modules.find((m) => m.id === top)?.files.find((f) => f.endsWith('.ts')) ?? '';
    writeFileSync(join(repo, indexed), '// edited after indexing\n');
    const answer = await session.ask(query, { backend: 'lexical', top: 3, checkEdits: true });
    assert.deepEqual(answer.warnings, [`1 file of the answered modules changed since \`modroute index\` (${indexed}): run it to bring the answer up to date`]);
    // Off by default (eval asks hundreds of times).
    assert.deepEqual((await session.ask(query, { backend: 'lexical', top: 3 })).warnings, []);
    await session.dispose();
  });

  it('with --db alone, checks the indexed repository, not the working directory', async () => {
    const repo = useFixture('ts-monorepo-history');
    const db = join(tempDir(), 'elsewhere.db');
    await runIndex({ repo, db });
    // The tests run in modroute's checkout: no file of the index is there, so every one had read as changed.
    const session = await openSession({ db });
    assert.equal(session.index.info.root, realpathSync(repo));
    const answer = await session.ask(query, { backend: 'lexical', top: 3, checkEdits: true });
    assert.deepEqual(answer.warnings, []);
    const indexed = session.index.graph().modules.find((m) => m.id === answer.modules[0]?.id)?.files.find((f) => f.endsWith('.ts')) ?? '';
    writeFileSync(join(repo, indexed), '// edited after indexing\n');
    assert.equal((await session.ask(query, { backend: 'lexical', top: 3, checkEdits: true })).warnings.length, 1);
    await session.dispose();
  });
});
