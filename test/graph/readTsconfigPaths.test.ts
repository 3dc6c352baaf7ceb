import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readTsconfigPaths } from '../../src/graph/readTsconfigPaths.ts';

const fixture = (path: string): string => readFileSync(new URL(`../fixtures/tsconfig-paths/${path}`, import.meta.url), 'utf8');

test('tsconfig paths: repo-relative targets under baseUrl; targets leaving the repository dropped', () => {
  assert.deepEqual(readTsconfigPaths('apps/web/tsconfig.json', fixture('apps/web/tsconfig.json')), [
    { scope: 'apps/web', pattern: '@app/*', targets: ['apps/web/src/app/*'] },
    // its own baseUrl: any other non-relative import is looked for below it first
    { scope: 'apps/web', pattern: '*', targets: ['apps/web/src/*'] },
  ]);
  assert.deepEqual(readTsconfigPaths('tsconfig.base.json', fixture('tsconfig.base.json')), [
    { scope: '', pattern: '@shop/ui', targets: ['packages/ui/src/index.ts'] },
    { scope: '', pattern: '@shop/*', targets: ['packages/*/src'] },
  ]);
});

test('tsconfig paths: a broken file, one without paths, or a pattern with two stars gives none', () => {
  assert.deepEqual(readTsconfigPaths('tsconfig.json', '{ "compilerOptions": { "paths": '), []);
  assert.deepEqual(readTsconfigPaths('tsconfig.json', '{ "compilerOptions": { "strict": true } }'), []);
  assert.deepEqual(readTsconfigPaths('tsconfig.json', '{ "compilerOptions": { "paths": { "a/*/b/*": ["x/*/*"], "c": "d" } } }'), []);
  assert.deepEqual(readTsconfigPaths('tsconfig.json', 'null'), []);
});

test('tsconfig paths: a baseUrl without paths roots non-relative imports; one outside the repository gives none', () => {
  assert.deepEqual(readTsconfigPaths('ui/tsconfig.json', '{ "compilerOptions": { "baseUrl": "." } }'), [{ scope: 'ui', pattern: '*', targets: ['ui/*'] }]);
  assert.deepEqual(readTsconfigPaths('jsconfig.json', '{ "compilerOptions": { "baseUrl": "./src" } }'), [{ scope: '', pattern: '*', targets: ['src/*'] }]);
  assert.deepEqual(readTsconfigPaths('tsconfig.json', '{ "compilerOptions": { "baseUrl": "." } }'), [{ scope: '', pattern: '*', targets: ['*'] }]);
  assert.deepEqual(readTsconfigPaths('tsconfig.json', '{ "compilerOptions": { "baseUrl": "../.." } }'), []);
});
