import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

// One module whose first files (in path order) declare more symbols than a module node carries:
// the files after it must still be represented, so search and training can see them.
describe('the symbols a module node carries', () => {
  it('are spread over its files, not taken from the first files in path order', async () => {
    const repo = tempDir();
    // an extractor keeps at most 500 symbols per file, so three files of 450
    const many = (prefix: string) => `${Array.from({ length: 450 }, (_, k) => `export function ${prefix}Helper${k}() { return ${k}; }`).join('\n')}\n`;
    writeFiles(repo, {
      'core/aaa.ts': many('aaa'),
      'core/bbb.ts': many('bbb'),
      'core/ccc.ts': many('ccc'),
      'core/tokenizer.ts': 'export function tokenizeVocabulary() { return 1; }\nexport class BytePairMerges {}\n',
      'core/zzz.ts': 'export const zzzSampler = 1;\n',
    });
    await runIndex({ repo });
    const index = await openIndex({ repo });
    try {
      const core = index.graph().modules.find((m) => m.id === 'core');
      assert.ok(core);
      assert.equal(core.symbols.length, 1000);
      const names = new Set(core.symbols.map((s) => s.name));
      for (const name of ['tokenizeVocabulary', 'BytePairMerges', 'zzzSampler', 'aaaHelper0']) assert.ok(names.has(name), name);
      // still in the store's order: file by file, by line
      assert.deepEqual(core.symbols.slice(0, 2).map((s) => s.name), ['aaaHelper0', 'aaaHelper1']);
      assert.equal(core.symbols.at(-1)?.name, 'zzzSampler');
    } finally {
      index.close();
    }
  });
});
