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
