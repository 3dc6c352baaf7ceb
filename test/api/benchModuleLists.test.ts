import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

const shared = fileURLToPath(new URL('../../../shared', import.meta.url));

describe('indexing with the dev-benchmark module lists gives exactly their ids', () => {
  for (const [bench, count] of [['svelte', 49], ['pixi', 70]] as const) {
    const list = `${shared}/bench/${bench}/modules.json`;
    it(`${bench}: ${count} modules`, { skip: !existsSync(list) && 'shared/ is not beside this checkout' }, async () => {
      // The tree itself comes from npm pack (network); a tree with one file per module directory and
      // a file outside every module has the same shape and keeps the test offline.
      const entries = JSON.parse(readFileSync(list, 'utf8')) as { id: string; path: string }[];
      const repo = tempDir();
      writeFiles(repo, Object.fromEntries([...entries.map((m) => [`${m.path}/index.js`, `export const x = 1;\n`]), ['outside.js', 'x']]));
      const { stats } = await runIndex({ repo, modulesFile: list });
      assert.equal(stats.discovery, 'list');
      assert.equal(stats.skipped['outside-modules'], 0, 'files outside the module roots are not even listed');
      const index = await openIndex({ repo });
      try {
        const ids = index.modules().map((m) => m.id);
        assert.equal(ids.length, count);
        assert.deepEqual(ids, entries.map((m) => m.id).sort());
        // nested ids own only their own files (deepest module wins)
        assert.ok(index.modules().every((m) => m.files === 1));
      } finally {
        index.close();
      }
    });
  }
});
