import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { walkRepository } from '../../src/graph/walkRepository.ts';
import { committedFixture } from '../helpers/committedFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';

// mapnik's review: a bundled SCons (scons/scons-local-3.0.1) and AGG under deps/ topped most missed
// requests, and 3,209 `#include <mapnik/…>` lines gave no edge.
describe('a C++ library with bundled copies of other projects (cpp-bundled-deps)', () => {
  it('skips deps/ of other projects\' folders and folders named after a release, keeps a deps/ of the project\'s own code', async () => {
    const walk = await walkRepository(committedFixture('cpp-bundled-deps'));
    assert.equal(walk.files.some((f) => f.startsWith('deps/')), false);
    // hugo's review: its core package is deps/ (deps.go), and the first rule, by name alone, dropped it.
    assert.ok(walk.files.includes('plugins/deps/registry.cpp'));
    assert.equal(walk.files.some((f) => f.startsWith('docs/_vendor/')), false);
    assert.equal(walk.files.some((f) => f.includes('scons-local-3.0.1')), false);
    assert.ok(walk.files.includes('scons/scons.py'));
    assert.ok(walk.files.includes('docs/encodings/iso-8859-1/README.txt'));
    // phpMyAdmin's review: js/dist/ is Babel's copy of js/src/, and outranked it; a plain lib/ with no src/ beside it stays.
    // (The fixture's copy is web/esm/: dist/ is this repository's own build output, ignored by git.)
    assert.equal(walk.files.some((f) => f.startsWith('web/esm/')), false);
    assert.ok(walk.files.includes('web/src/makegrid.js'));
    // spdlog's review: include/spdlog/fmt/bundled is fmt, with fmt's licence in it; a bundled/ without a licence is the project's own
    assert.equal(walk.files.some((f) => f.includes('/bundled/format.h')), false);
    assert.ok(walk.files.includes('plugins/bundled/defaults.cpp'));
    assert.equal(walk.skipped.vendored, 5);
    // named, each (three reviews could not tell which they were)
    assert.deepEqual(walk.vendoredDirs, ['deps', 'docs/_vendor', 'include/mapview/fmt/bundled', 'scons/scons-local-3.0.1', 'web/esm']);
    // a version in a phrase names a release, not a copy (starship's only migration guide had been skipped)
    assert.ok(walk.files.includes('docs/migrating-to-0.45.0/README.md'));
  });

  it("skips a libs/ below the top whose folders are packages with their own licence (audiobookshelf's server/libs), not a libs/ of the project's own", async () => {
    const dir = tempDir();
    const files: Record<string, string> = { 'server/index.js': 'module.exports = 1;\n', 'client/libs/player.js': 'export const play = 1;\n' };
    for (const pkg of ['archiver', 'busboy', 'lodash', 'rss']) {
      files[`server/libs/${pkg}/index.js`] = `module.exports = '${pkg}';\n`;
      files[`server/libs/${pkg}/LICENSE`] = 'MIT License\n';
    }
    files['server/libs/ownHelper/index.js'] = 'module.exports = 2;\n';
    files['client/libs/queue/queue.js'] = 'export const queue = [];\n';
    writeFiles(dir, files);
    const walk = await walkRepository(dir);
    assert.equal(walk.files.some((f) => f.startsWith('server/libs/')), false);
    assert.ok(walk.files.includes('client/libs/queue/queue.js'));
    assert.ok(walk.vendoredDirs.includes('server/libs'));
  });

  it('resolves `#include <project/header>` to the repository\'s own header, never a standard one nor a test\'s stand-in', async () => {
    // neovim's review: <sys/stat.h> and <fcntl.h> went to the stubs under test/includes/pre/.
    const root = committedFixture('cpp-bundled-deps');
    await runIndex({ repo: root });
    const index = await openIndex({ repo: root });
    try {
      const edges = index.graph().edges.map((e) => `${e.from} -> ${e.to}`).sort();
      assert.deepEqual(edges, ['plugins -> include', 'src -> include']);
    } finally {
      index.close();
    }
  });
});
