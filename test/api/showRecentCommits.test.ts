import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { makeGitRepo, tempDir } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

/** The repository indexed afresh, opened for `use`, closed after. */
const withIndex = async (repo: string, use: (index: Awaited<ReturnType<typeof openIndex>>) => void): Promise<void> => {
  const db = join(tempDir(), 'index.db');
  await runIndex({ repo, db });
  const index = await openIndex({ repo, db });
  try {
    use(index);
  } finally {
    index.close();
  }
};

test("a card's recent commits are newest first by date, not in history's order", async () => {
  // a branch merged late brings older commits in after newer ones (fastify's `lib` card read 07-29, 07-06, 08-07 …)
  const repo = makeGitRepo([
    { message: 'feat: add the parser', date: '2024-01-10T10:00:00Z', files: { 'lib/parse.js': 'export const parse = () => 1;\n' } },
    { message: 'fix: parser handles empty input', date: '2024-03-01T10:00:00Z', files: { 'lib/parse.js': 'export const parse = (s) => s ?? 1;\n' } },
    { message: 'chore: old work landed late', date: '2024-02-01T10:00:00Z', files: { 'lib/parse.js': 'export const parse = (s) => s ?? 2;\n' } },
  ]);
  await withIndex(repo, (index) => {
    const id = index.modules().find((m) => m.files > 0)?.id ?? '';
    assert.deepEqual(index.show(id).recentCommits.map((c) => c.subject), ['fix: parser handles empty input', 'chore: old work landed late', 'feat: add the parser']);
  });
});

test("a changelog or lockfile beside another module's file credits its own module nothing; alone it does", async () => {
  // black's root module, holding CHANGES.md, had 1,624 of 2,030 commits, most of them the formatter's
  const pkg = (name: string) => JSON.stringify({ name });
  const repo = makeGitRepo([
    {
      message: 'Add the formatter',
      date: '2024-01-10T10:00:00Z',
      files: {
        'package.json': JSON.stringify({ name: 'fmt-repo', private: true, workspaces: ['packages/*'] }), 'CHANGES.md': '# Changes\n', 'build.js': 'export const build = 1;\n',
        'packages/fmt/package.json': pkg('fmt'), 'packages/fmt/format.js': 'export const format = (s) => s;\n',
        'packages/tools/package.json': pkg('tools'), 'packages/tools/release.js': 'export const release = () => 1;\n',
      },
    },
    { message: 'Fix trailing commas in subscripts', date: '2024-02-01T10:00:00Z', files: { 'packages/fmt/format.js': 'export const format = (s) => s.trim();\n', 'CHANGES.md': '# Changes\n- commas\n', 'packages/tools/package-lock.json': '{}\n', '.changeset/12-commas.md': 'commas\n' } },
    { message: 'Prepare the 24.1 release notes', date: '2024-03-01T10:00:00Z', files: { 'CHANGES.md': '# Changes\n## 24.1\n- commas\n' } },
    { message: 'Release script reads the version', date: '2024-03-02T10:00:00Z', files: { 'packages/tools/release.js': 'export const release = (v) => v;\n', 'packages/tools/history.js': 'export const history = [];\n' } },
  ]);
  await withIndex(repo, (index) => {
    const subjects = (id: string) => index.show(id).recentCommits.map((c) => c.subject);
    const ids = index.modules().map((m) => m.id).sort();
    assert.deepEqual(ids, ['.', 'packages/fmt', 'packages/tools']);
    // the root's CHANGES.md and a changeset beside code are no change to the root; alone they are (the first commit
    // wrote the root's own build.js)
    assert.deepEqual(subjects('packages/fmt'), ['Fix trailing commas in subscripts', 'Add the formatter']);
    assert.deepEqual(subjects('.'), ['Prepare the 24.1 release notes', 'Add the formatter']);
    // a lockfile is no change to tools/, a code file named history.js is
    assert.deepEqual(subjects('packages/tools'), ['Release script reads the version', 'Add the formatter']);
  });
});

test('a file whose whole folder is gone credits nobody; one gone from a folder that is still there credits its module', async () => {
  // ecto's adapters moved out to another repository: lib/ecto/adapters/ had given 860 of 1,927 commits to lib/ecto's module
  const repo = makeGitRepo([
    { message: 'Add the query builder', date: '2024-01-01T10:00:00Z', files: { 'lib/query.js': 'export const query = 1;\n', 'lib/old_query.js': 'export const old = 1;\n' } },
    { message: 'Postgres adapter handles arrays', date: '2024-02-01T10:00:00Z', files: { 'lib/adapters/postgres.js': 'export const pg = 1;\n' } },
    { message: 'Old query keeps its order', date: '2024-03-01T10:00:00Z', files: { 'lib/old_query.js': 'export const old = 2;\n' } },
    { message: 'Move the adapters out', date: '2024-04-01T10:00:00Z', files: { 'lib/adapters/postgres.js': null, 'lib/old_query.js': null } },
  ]);
  // what a tool left in the working copy (never in a fresh clone) keeps no folder there
  mkdirSync(join(repo, 'lib', 'adapters', '__pycache__'), { recursive: true });
  writeFileSync(join(repo, 'lib', 'adapters', '.DS_Store'), '');
  await withIndex(repo, (index) => {
    const id = index.modules().find((m) => m.files > 0)?.id ?? '';
    assert.deepEqual(index.show(id).recentCommits.map((c) => c.subject), ['Move the adapters out', 'Old query keeps its order', 'Add the query builder']);
  });
});
