import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

describe('modules()', () => {
  it('counts every symbol of a module, past the 1,000 the search graph carries', async () => {
    const repo = tempDir();
    // Three files of 400 (an extractor keeps at most 500 symbols of one file).
    const file = (k: number) => `${Array.from({ length: 400 }, (_, i) => `export function handler${k}x${i}() { return ${i}; }`).join('\n')}\n`;
    writeFiles(repo, { 'big/a.ts': file(0), 'big/b.ts': file(1), 'big/c.ts': file(2), 'small/one.ts': 'export const one = 1;\n' });
    await runIndex({ repo });
    const index = await openIndex({ repo });
    try {
      const rows = new Map(index.modules().map((r) => [r.id as string, r.symbols]));
      assert.equal(rows.get('big'), 1200);
      assert.equal(rows.get('small'), 1);
      assert.equal(index.graph().modules.find((m) => m.id === 'big')?.symbols.length, 1000);
    } finally {
      index.close();
    }
  });
});
