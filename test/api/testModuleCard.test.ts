import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

test("a test's \"Tests the X class.\" does not describe a module named tests", async () => {
  // Composer's tests card (656 test files) had read "Tests the Composer\Autoload\ClassLoader class."
  const repo = tempDir();
  const files: Record<string, string> = {
    'composer.json': JSON.stringify({ name: 'acme/loader' }),
    'src/Loader.php': '<?php\nnamespace Acme;\n/** Loads classes from a map. */\nclass Loader {}\n',
    'tests/ClassLoaderTest.php': '<?php\nnamespace Acme\\Test;\n/**\n * Tests the Acme\\Loader class.\n */\nclass ClassLoaderTest {}\n',
    // Django REST framework's tests card had read one file's "Tests to cover bulk create and update using serializers."
    'tests/BulkTest.php': '<?php\nnamespace Acme\\Test;\n/**\n * Tests to cover bulk loading of class maps.\n */\nclass BulkTest {}\n',
  };
  for (let i = 0; i < 6; i++) files[`tests/Case${i}Test.php`] = `<?php\nnamespace Acme\\Test;\nclass Case${i}Test {}\n`;
  writeFiles(repo, files);
  const db = join(tempDir(), 'index.db');
  await runIndex({ repo, db });
  const index = await openIndex({ repo, db });
  try {
    assert.ok(index.modules().some((m) => m.id === 'tests'));
    assert.doesNotMatch(index.show('tests').summary, /Tests the Acme|Tests to cover/u);
  } finally {
    index.close();
  }
});
