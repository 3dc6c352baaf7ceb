import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { walkRepository } from '../../src/graph/walkRepository.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';

describe('hidden directories', () => {
  it('inside the tree are skipped and counted; top-level ones are listed for the root module', async () => {
    const root = tempDir();
    writeFiles(root, {
      'pack/decode.go': 'package pack\n',
      'pack/.tmp/objects/fixture.go': 'package fixture\n',
      '.github/scripts/release.ts': 'export const release = 1;\n',
    });
    const walk = await walkRepository(root);
    assert.deepEqual(walk.files, ['.github/scripts/release.ts', 'pack/decode.go']);
    assert.equal(walk.skipped.hidden, 1);
  });
});
