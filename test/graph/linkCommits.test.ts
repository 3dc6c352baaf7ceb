import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLedgerFile, modulesOfCommit } from '../../src/graph/store/linkCommits.ts';
import type { ModuleId } from '../../src/graph/types.ts';
import { isVendoredDirectory } from '../../src/graph/walkRepository.ts';
import { tempDir } from '../helpers/gitFixture.ts';

describe('a commit links to the modules of what it changed', () => {
  it('changelogs, news fragments and lockfiles are where a change is written down; code named like them is code', () => {
    for (const p of ['CHANGELOG.md', 'CHANGES', 'History.md', 'CHANGELOG-5.4.md', 'release-notes-2.0.md', 'changelog/1234.bugfix.rst', 'news/5678.feature.rst', 'Misc/NEWS.d/next/Library/x.rst', '.changeset/brave-cats.md', 'packages/a/package-lock.json', 'go.sum']) {
      assert.equal(isLedgerFile(p), true, p);
    }
    for (const p of ['app/controllers/changes_controller.rb', 'src/history.ts', 'changes.py', 'src/news/feed.ts', 'lib/releases.rb']) assert.equal(isLedgerFile(p), false, p);
  });

  it("credits a changelog's module only in a commit of nothing else, though the rest is code no module holds now", () => {
    // ecto: its removed adapters' commits also touched CHANGELOG.md, and had gone to the root
    const owner = (p: string) => (p.startsWith('lib/ecto/adapters/') ? undefined : ((p.includes('/') ? (p.split('/')[0] ?? '.') : '.') as ModuleId));
    assert.deepEqual([...modulesOfCommit(['CHANGELOG.md', 'lib/ecto/adapters/postgres.ex'], owner)], []);
    assert.deepEqual([...modulesOfCommit(['CHANGELOG.md', 'lib/query.ex'], owner)], ['lib']);
    assert.deepEqual([...modulesOfCommit(['CHANGELOG.md', 'mix.lock'], owner)], ['.']);
  });
});

describe('a folder named after a release', () => {
  it('is a copy of another project (googletest-release-1.11.0), unless its name is a phrase about a release', () => {
    const root = tempDir();
    for (const name of ['zlib-1.2.13', 'scons-local-3.0.1', 'googletest-release-1.11.0', 'boost_1_82_0']) assert.equal(isVendoredDirectory(root, `third/${name}`), true, name);
    for (const name of ['migrating-to-0.45.0', 'upgrade-to-v2.0', 'release-notes-1.2', 'changes-since-3.1']) assert.equal(isVendoredDirectory(root, `docs/${name}`), false, name);
  });
});
