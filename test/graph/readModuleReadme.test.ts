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
