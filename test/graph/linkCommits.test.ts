import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDocumentFile, isLedgerFile, modulesOfCommit } from '../../src/graph/store/linkCommits.ts';
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

  it("credits the manual's and the tests' modules only in a commit of documents and tests alone", () => {
    const owner = (p: string) => (p.includes('/') ? (p.split('/')[0] ?? '.') : '.') as ModuleId;
    // alacritty: a feature's commit also edits the man page in the root's extra/ and the changelog
    assert.deepEqual([...modulesOfCommit(['CHANGELOG.md', 'alacritty/input.rs', 'extra/man/alacritty.5.scd', 'tests/input_test.rs'], owner)], ['alacritty']);
    assert.deepEqual([...modulesOfCommit(['docs/api-guide/fields.md', 'tests/test_fields.py', 'CHANGELOG.md'], owner)].sort(), ['docs', 'tests']);
    assert.deepEqual([...modulesOfCommit(['README.md', 'requirements.txt'], owner)], ['.']);
    assert.deepEqual([...modulesOfCommit(['CMakeLists.txt', 'docs/usage.md'], owner)], ['.']);
    for (const p of ['docs/a.md', 'README.rst', 'extra/man/alacritty.1', 'man/jq.1', 'doc/notes.txt', 'site/x.mdx']) assert.equal(isDocumentFile(p), true, p);
    for (const p of ['requirements.txt', 'CMakeLists.txt', 'docs/requirements.txt', 'docs/CMakeLists.txt', 'lib/libfoo.so.1', 'src/markdown.ts', 'lib/x.rb', 'LICENSE']) assert.equal(isDocumentFile(p), false, p);
  });
});

describe('a folder named after a release', () => {
  it('is a copy of another project (googletest-release-1.11.0), unless its name is a phrase about a release', () => {
    const root = tempDir();
    for (const name of ['zlib-1.2.13', 'scons-local-3.0.1', 'googletest-release-1.11.0', 'boost_1_82_0', 'lua-5.4.6', 'node-v18.17.0', 'v8-10.2', 'python-3.11.4']) assert.equal(isVendoredDirectory(root, `third/${name}`), true, name);
    for (const name of ['migrating-to-0.45.0', 'upgrade-to-v2.0', 'release-notes-1.2', 'changes-since-3.1']) assert.equal(isVendoredDirectory(root, `docs/${name}`), false, name);
    // cats: sbt's sources for one Scala version, scalafix's rule packages named by the release they migrate to
    for (const name of ['scala-2.12', 'scala-2.13', 'scala-3', 'net-4.5', 'v1_0_0', 'v2_2_0']) assert.equal(isVendoredDirectory(root, `core/src/main/${name}`), false, name);
  });
});
