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

test("a script among a folder's many data files does not describe the folder", async () => {
  // pandoc's data/ (241 templates, reference documents and translations beside two Lua scripts) had read
  // init.lua's "This Lua script is run every time the Lua interpreter is started …"
  const repo = tempDir();
  const files: Record<string, string> = {
    'src/convert.py': '"""Converts documents between formats."""\ndef convert(text):\n    return text\n',
    'src/reader.py': '"""Reads documents."""\ndef read(text):\n    return text\n',
    'data/init.lua': '-- This Lua script is run every time the interpreter starts.\nlocal M = {}\nreturn M\n',
    'tools/bump.lua': '-- Bumps the version number in the manifest.\nlocal V = {}\nreturn V\n',
  };
  for (let i = 0; i < 48; i++) files[`data/templates/default${i}.html`] = `<html><body>$body$ ${i}</body></html>\n`;
  writeFiles(repo, files);
  const db = join(tempDir(), 'index.db');
  await runIndex({ repo, db });
  const index = await openIndex({ repo, db });
  try {
    const ids: string[] = index.modules().map((m) => m.id);
    assert.ok(ids.includes('data') && ids.includes('tools'), ids.join(', '));
    assert.doesNotMatch(index.show('data').summary, /This Lua script/u);
    // a folder of a script or two and little else is still described by them
    assert.match(index.show('tools').summary, /Bumps the version number/u);
  } finally {
    index.close();
  }
});
