import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readModuleReadme } from '../../src/graph/readModuleReadme.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';

test('a folder with several READMEs is described by its Markdown one, then reStructuredText, then plain text', () => {
  // OpenSSH: `README` points at the release notes, `README.md` describes the project
  const root = tempDir();
  writeFiles(root, {
    'README': 'See https://www.openssh.com/releasenotes.html for the release notes.\n',
    'README.md': '# Portable OpenSSH\n\nOpenSSH is a complete implementation of the SSH protocol.\n',
    'docs/README.txt': 'Plain notes.\n',
    'docs/README.rst': 'The manual.\n',
    'lib/readme': 'Only one.\n',
  });
  assert.match(readModuleReadme(root, '') ?? '', /complete implementation of the SSH protocol/);
  assert.equal(readModuleReadme(root, 'docs'), 'The manual.\n');
  assert.equal(readModuleReadme(root, 'lib'), 'Only one.\n');
  assert.equal(readModuleReadme(root, 'missing'), undefined);
});

test("Kotlin's Module.md describes a module that has no README, and never one that has", () => {
  // okhttp's core module: Dokka's "# Module okhttp" page was its only description
  const root = tempDir();
  writeFiles(root, {
    'okhttp/Module.md': '# Module okhttp\n\nAn HTTP+HTTP/2 client for Android and Java applications.\n',
    'mockwebserver/Module.md': '# Module mockwebserver\n\nDokka text.\n',
    'mockwebserver/README.md': '# MockWebServer\n\nA scriptable web server for testing HTTP clients.\n',
  });
  assert.match(readModuleReadme(root, 'okhttp') ?? '', /HTTP\+HTTP\/2 client/);
  assert.match(readModuleReadme(root, 'mockwebserver') ?? '', /scriptable web server/);
});

test('a folder without a README is described by the line of a README above it that names it, nearest first', () => {
  // zstd: lib/README.md lists its folders ("- `lib/legacy` : makes it possible to …"); lib/legacy has no README
  const root = tempDir();
  writeFiles(root, {
    'README.md': '# Acme\n\n| folder | what |\n|---|---|\n| [`tools/`](tools) | Command-line helpers for packing archives |\n| `lib/legacy` | root text, not the nearest |\n',
    'lib/README.md': [
      '# The library', '', 'Build it with `make`.', '',
      '- Directory `lib/common` is always required.',
      '- `lib/dictBuilder` : makes it possible to generate dictionaries from a set of samples.',
      '        The API is exposed in `lib/dictBuilder/zdict.h`.',
      '- `lib/legacy` : makes it possible to decompress legacy zstd formats, starting from `v0.1.0`.',
      '- **deprecated/:** functions kept for old callers',
      '- `zstd.h` : the stable API',
    ].join('\n'),
    'lib/legacy/zstd_v05.c': 'int x;\n',
    'lib/dictBuilder/zdict.c': 'int x;\n',
    'lib/deprecated/zbuff.c': 'int x;\n',
    'lib/common/entropy.c': 'int x;\n',
    'tools/pack.c': 'int x;\n',
    'lib/legacy/old/v01.c': 'int x;\n',
  });
  assert.equal(readModuleReadme(root, 'lib/legacy'), 'makes it possible to decompress legacy zstd formats, starting from `v0.1.0`.\n');
  assert.equal(readModuleReadme(root, 'lib/dictBuilder'), 'makes it possible to generate dictionaries from a set of samples. The API is exposed in `lib/dictBuilder/zdict.h`.\n');
  assert.equal(readModuleReadme(root, 'lib/deprecated'), 'functions kept for old callers\n');
  assert.equal(readModuleReadme(root, 'tools'), 'Command-line helpers for packing archives\n');
  assert.equal(readModuleReadme(root, 'lib/common'), undefined, 'named inside a sentence: not a description of it');
  assert.equal(readModuleReadme(root, 'lib/legacy/old'), undefined, 'its parent is described, not it');
  assert.match(readModuleReadme(root, 'lib') ?? '', /^# The library/u, 'a folder with its own README reads that');
});

test('a README line names a folder only whole, before a colon or a spaced dash; a feature table says nothing', async () => {
  const { describedFolder } = await import('../../src/graph/readModuleReadme.ts');
  assert.equal(describedFolder('- legacy-tools: helpers for migrating', ['legacy']), undefined);
  assert.equal(describedFolder('- `tools`-based builds are the default', ['tools']), undefined);
  assert.equal(describedFolder('- `tools` - helpers for packing archives', ['tools']), 'helpers for packing archives');
  assert.equal(describedFolder('| feature | core | plugins |\n|---|---|---|\n| core | Yes | No |\n', ['core']), undefined);
  assert.equal(describedFolder(`| tools | ${'word '.repeat(13_000)}`, ['tools']), undefined, 'a row without its closing pipe');
});
