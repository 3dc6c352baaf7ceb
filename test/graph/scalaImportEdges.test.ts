import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { runIndex } from '../helpers/runIndex.ts';
import { tempDir, useFixture } from '../helpers/gitFixture.ts';

describe('Scala imports relative to the enclosing packages', () => {
  it('resolve `import util.Gadget` under chained `package acme` + `package app`, not under `package acme.cli`', async () => {
    const repo = useFixture('sbt-relative-imports');
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db });
    const index = await openIndex({ repo, db });
    try {
      // app: `package acme` opens acme, so util is acme.util (core). cli: `package acme.cli` opens only
      // acme.cli, so its `import util.Random` is scala.util's, and `mutable.ListBuffer` scala.collection's.
      assert.deepEqual(index.graph().edges.map((e) => `${e.from} -> ${e.to}`).sort(), ['app -> core']);
    } finally {
      index.close();
    }
  });
});
