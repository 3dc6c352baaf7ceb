import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { discoverModules } from '../../src/graph/discovery/discoverModules.ts';
import { walkRepository } from '../../src/graph/walkRepository.ts';
import { committedFixture } from '../helpers/committedFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

describe('a package named venv beside a real virtual environment', () => {
  it('walks the package and skips only the directory holding pyvenv.cfg', async () => {
    const root = committedFixture('python-venv-package');
    const walk = await walkRepository(root);
    assert.deepEqual(walk.files, ['app/__init__.py', 'pyproject.toml', 'venv/__init__.py']);
    assert.equal(walk.skipped.vendored, 1);
  });

  it('discovers the package as a module, with the import edge to it', async () => {
    const root = committedFixture('python-venv-package');
    assert.deepEqual((await discoverModules(root)).modules.map((m) => m.id), ['app', 'venv']);
    await runIndex({ repo: root });
    const index = await openIndex({ repo: root });
    try {
      assert.deepEqual(index.graph().edges.map((e) => [e.from, e.to]), [['app', 'venv']]);
    } finally {
      index.close();
    }
  });

  it('lists the environment again once it stops being one', async () => {
    const root = committedFixture('python-venv-package');
    // stamps taken within 2 s of a change never hold (racy); past that, only a real change re-lists
    await new Promise((r) => setTimeout(r, 2100));
    const first = await walkRepository(root);
    assert.equal(await walkRepository(root, { previous: first }), first);
    rmSync(join(root, 'env', 'pyvenv.cfg'));
    const again = await walkRepository(root, { previous: first });
    assert.ok(again.files.includes('env/lib/python3.12/site-packages/six.py'));
  });
});
