import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { makeGitRepo, tempDir } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

test("a card's recent commits are newest first by date, not in history's order", async () => {
  // a branch merged late brings older commits in after newer ones (fastify's `lib` card read 07-29, 07-06, 08-07 …)
  const repo = makeGitRepo([
    { message: 'feat: add the parser', date: '2024-01-10T10:00:00Z', files: { 'lib/parse.js': 'export const parse = () => 1;\n' } },
    { message: 'fix: parser handles empty input', date: '2024-03-01T10:00:00Z', files: { 'lib/parse.js': 'export const parse = (s) => s ?? 1;\n' } },
    { message: 'chore: old work landed late', date: '2024-02-01T10:00:00Z', files: { 'lib/parse.js': 'export const parse = (s) => s ?? 2;\n' } },
  ]);
  const db = join(tempDir(), 'index.db');
  await runIndex({ repo, db });
  const index = await openIndex({ repo, db });
  try {
    const id = index.modules().find((m) => m.files > 0)?.id ?? '';
    assert.deepEqual(index.show(id).recentCommits.map((c) => c.subject), ['fix: parser handles empty input', 'chore: old work landed late', 'feat: add the parser']);
  } finally {
    index.close();
  }
});
