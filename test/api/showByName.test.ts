import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { UnknownModuleError } from '../../src/errors.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

test('show takes a name or a path ending only one module has; one two share is no answer', async () => {
  // black's review: `show black` had failed though `modules --json` names src/black "black"
  const repo = tempDir();
  writeFiles(repo, {
    'package.json': JSON.stringify({ name: 'shop', private: true, workspaces: ['packages/*', 'legacy/*'] }),
    'packages/billing/package.json': JSON.stringify({ name: '@shop/billing' }),
    'packages/billing/index.js': 'export const charge = () => 1;\n',
    'packages/web/package.json': JSON.stringify({ name: 'twin' }),
    'packages/web/index.js': 'export const page = () => 1;\n',
    'legacy/web/package.json': JSON.stringify({ name: 'twin' }),
    'legacy/web/index.js': 'export const oldPage = () => 1;\n',
  });
  const db = join(tempDir(), 'index.db');
  await runIndex({ repo, db });
  const index = await openIndex({ repo, db });
  try {
    assert.equal(index.show('@shop/billing').id, 'packages/billing');
    assert.throws(() => index.show('twin'), UnknownModuleError);
    // the end of only one module's path (nest's review: `show core` for packages/core); `web` ends two
    assert.equal(index.show('billing').id, 'packages/billing');
    assert.throws(() => index.show('web'), UnknownModuleError);
  } finally {
    index.close();
  }
});
