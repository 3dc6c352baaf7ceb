import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isFixturePath, isTestOrFixturePath } from '../../../src/graph/discovery/isFixturePath.ts';

test('test data in any case, and test trees where sample projects live', () => {
  // Composer's tests/Composer/Test/Fixtures/**/composer.json had become 32 modules.
  assert.equal(isFixturePath('tests/Composer/Test/Fixtures/functional/plugin-a'), true);
  assert.equal(isFixturePath('pkg/testdata/mod'), true);
  assert.equal(isFixturePath('tests/Composer/Test/Autoload/MinimumVersionSupport'), false);
  assert.equal(isTestOrFixturePath('tests/Composer/Test/Autoload/MinimumVersionSupport'), true);
  assert.equal(isTestOrFixturePath('src/Composer/Autoload'), false);
  assert.equal(isTestOrFixturePath('packages/contest'), false);
  // a package named test is no sample project (dart-lang/test's pkgs/test)
  assert.equal(isTestOrFixturePath('pkgs/test'), false);
});
