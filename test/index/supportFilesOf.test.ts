import assert from 'node:assert/strict';
import { test } from 'node:test';
import { supportFilesOf } from '../../src/index/moduleSources.ts';

test("a code module's tests, examples and TypeScript declarations beside its JavaScript are its support files", () => {
  // moment: the root's hand-written moment.d.ts mirrors the whole API that src/lib implements
  const root = { path: '', files: ['moment.d.ts', 'package.js', 'ender.js', 'test/a.test.js', 'examples/demo.js'] };
  assert.deepEqual([...supportFilesOf(root)].sort(), ['examples/demo.js', 'moment.d.ts', 'test/a.test.js']);
  // a TypeScript module's declarations are its own API: nothing beside them is JavaScript
  assert.deepEqual([...supportFilesOf({ path: 'src', files: ['src/a.ts', 'src/types.d.ts'] })], []);
  // a module of declarations alone keeps them (it is a declarations module, ranked as such elsewhere)
  assert.deepEqual([...supportFilesOf({ path: 'types', files: ['types/index.d.ts', 'types/util.d.ts'] })], []);
});
