import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { walkRepository, type WalkResult, type WalkOptions } from '../../src/graph/walkRepository.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';

/** What a listing says, without the stamps' times: a partial re-listing must say exactly what a full walk says. */
const view = (w: WalkResult) => ({
  files: w.files,
  skipped: { ...w.skipped, unreadableDirs: [...w.skipped.unreadableDirs].sort() },
  truncated: w.truncated,
  reads: w.reads.map((r) => `${r[0]}:${r[1]}`).sort(),
  dirSkips: w.dirSkips,
});

describe('walkRepository relist', () => {
  it('lists only the named directories again, to the same result as a full walk', async () => {
    const root = tempDir();
    writeFiles(root, {
      '.gitignore': '*.log\n',
      'src/a.ts': '', 'src/lib/b.ts': '', 'src/lib/deep/c.ts': '', 'src/lib/x.log': '',
      'docs/readme.md': '', 'pkg/node_modules/dep/index.js': '', 'pkg/index.ts': '',
    });
    const options: WalkOptions = { exclude: ['**/*.snap'] };
    let live = await walkRepository(root, options);
    const step = async (name: string, relist: string[], act: () => void) => {
      act();
      live = await walkRepository(root, { ...options, previous: live, relist });
      assert.deepEqual(view(live), view(await walkRepository(root, options)), name);
    };
    await step('file added deep down', ['src/lib/deep'], () => writeFiles(root, { 'src/lib/deep/d.ts': '' }));
    await step('nested ignore file', ['src/lib'], () => writeFiles(root, { 'src/lib/.gitignore': 'deep/\n!x.log\n' }));
    await step('ignored and excluded files added', ['src', 'pkg'], () => writeFiles(root, { 'src/y.log': '', 'pkg/z.snap': '', 'pkg/link': '' }));
    await step('a symlink and a vendored directory', ['pkg'], () => {
      symlinkSync(join(root, 'src'), join(root, 'pkg/src-link'));
      mkdirSync(join(root, 'pkg/vendor'));
    });
    await step('build output beside its sources, and a deps/ of copies', ['pkg'], () =>
      writeFiles(root, { 'pkg/src/a.ts': '', 'pkg/src/b.ts': '', 'pkg/src/c.ts': '', 'pkg/dist/a.js': '', 'pkg/dist/b.js': '', 'pkg/dist/c.js': '', 'pkg/deps/zlib/z.c': '' }));
    await step('a .gitattributes marking generated files, and build output per flavour', ['pkg'], () =>
      writeFiles(root, { 'pkg/gen/.gitattributes': '** linguist-generated=true\n', 'pkg/gen/spec.hpp': '', 'pkg/lib/module/a.js': '', 'pkg/lib/module/b.js': '', 'pkg/lib/module/c.js': '', 'pkg/lib/typescript/a.d.ts': '' }));
    // spdlog's fmt/bundled: a licence makes a bundled/ a copy; a file of it edited or added keeps it skipped
    await step('a bundled copy of another project', ['pkg/fmt'], () => writeFiles(root, { 'pkg/fmt/core.h': '', 'pkg/fmt/bundled/format.h': '', 'pkg/fmt/bundled/LICENSE.rst': '' }));
    await step('a file added to the skipped copy', ['pkg/fmt/bundled'], () => writeFiles(root, { 'pkg/fmt/bundled/chrono.h': '' }));
    await step('a bundled/ of the project\'s own', ['pkg/own'], () => writeFiles(root, { 'pkg/own/bundled/plugins.ts': '' }));
    await step('…given a licence: a copy now', ['pkg/own/bundled'], () => writeFiles(root, { 'pkg/own/bundled/COPYING': '' }));
    await step('directory renamed', ['src'], () => renameSync(join(root, 'src/lib'), join(root, 'src/core')));
    await step('directory removed (named by itself)', ['src/core'], () => rmSync(join(root, 'src/core'), { recursive: true }));
    await step('root ignore file edited', [''], () => writeFiles(root, { '.gitignore': '*.snap\n' }));
  });

  it('falls back to a full walk for a directory the last walk did not list', async () => {
    const root = tempDir();
    writeFiles(root, { '.gitignore': 'gen/\n', 'src/a.ts': '', 'gen/out.ts': '' });
    const first = await walkRepository(root);
    writeFiles(root, { '.gitignore': '', 'src/b.ts': '' });
    // 'gen' was never listed: only a full walk can say what it holds now
    const next = await walkRepository(root, { previous: first, relist: ['gen'] });
    assert.deepEqual(next.files, ['.gitignore', 'gen/out.ts', 'src/a.ts', 'src/b.ts']);
  });
});
