import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseFileInThread, type ParseJob, type ParseResult } from '../../../src/graph/parse/index.ts';
import { writeParseFixtures } from './parseFixtureDir.ts';
import { tempDir, writeFiles } from '../../helpers/gitFixture.ts';

const { root, jobs, okHash, okSize } = writeParseFixtures();
after(() => rmSync(root, { recursive: true, force: true }));

const jobFor = (path: string): ParseJob => {
  const job = jobs.find((j) => j.path === path);
  assert.ok(job, path);
  return job;
};

/** status/reason/detail per path: what the indexer records. */
const outcome = (result: ParseResult): string =>
  result.status === 'skipped' ? `skipped:${result.reason}${result.detail ? `:${result.detail}` : ''}` : result.status;

test('each kind of file gets its outcome', async () => {
  const outcomes: Record<string, string> = {};
  for (const job of jobs) outcomes[job.path] = outcome(await parseFileInThread(job));
  assert.deepEqual(outcomes, {
    'src/ledger.ts': 'parsed',
    'assets/logo.png': 'skipped:binary',
    'src/huge.ts': 'skipped:too-large',
    'dist/app.min.js': 'skipped:minified',
    'dist/bundle.js': 'skipped:minified',
    'data/wide.txt': 'skipped:minified',
    'gen/api.go': 'skipped:generated',
    'gen/page.autogen.go': 'skipped:generated',
    'gen/errors.js': 'skipped:generated',
    'gen/tables.py': 'skipped:generated',
    'gen/HybridCameraSpec.hpp': 'skipped:generated',
    'gen/queries.sql': 'skipped:generated',
    'src/settings.py': 'parsed',
    'gen/Resource.h': 'skipped:generated',
    // A comment about names the code generates is no notice that the file is (typeorm's NamingStrategyInterface.ts).
    'src/naming.ts': 'parsed',
    'src/ids.go': 'parsed',
    'gen/api.pb.go': 'skipped:generated',
    'src/latin1.py': 'parsed',
    'docs/notes.md': 'parsed',
    'src/dangling.ts': 'skipped:unreadable:ENOENT',
    'src/folder.ts': 'skipped:not-file:directory',
  });
});

test('a parsed file carries hash, size, lines and facts', async () => {
  const result = await parseFileInThread(jobFor('src/ledger.ts'));
  assert.equal(result.status, 'parsed');
  assert.equal(result.hash, okHash);
  assert.equal(result.size, okSize);
  assert.equal(result.lines, 4);
  assert.equal(result.language, 'typescript');
  assert.deepEqual(result.facts?.symbols.map((s) => `${s.name}:${s.doc ?? ''}`), ['Ledger:Ledger entries.', 'add:']);
});

test('content equal to the known hash is unchanged and not parsed', async () => {
  const result = await parseFileInThread({ ...jobFor('src/ledger.ts'), knownHash: okHash });
  assert.deepEqual(result, { path: 'src/ledger.ts', status: 'unchanged', hash: okHash, size: okSize });
  const changed = await parseFileInThread({ ...jobFor('src/ledger.ts'), knownHash: 'f'.repeat(40) });
  assert.equal(changed.status, 'parsed');
});

test('too-large files are reported with their size', async () => {
  const result = await parseFileInThread(jobFor('src/huge.ts'));
  assert.deepEqual(result, { path: 'src/huge.ts', status: 'skipped', reason: 'too-large', size: 22_020 });
});

test('invalid UTF-8 is decoded with replacement characters and still extracted', async () => {
  const result = await parseFileInThread(jobFor('src/latin1.py'));
  assert.equal(result.status, 'parsed');
  assert.deepEqual(result.facts?.symbols.map((s) => `${s.name}:${s.doc ?? ''}`), ['menu:Caf\uFFFD menu.', 'Menu:']);
});

test('a file without an extractor is parsed with language and facts null, lines counted', async () => {
  const result = await parseFileInThread(jobFor('docs/notes.md'));
  assert.equal(result.status, 'parsed');
  assert.deepEqual([result.language, result.facts, result.lines], [null, null, 4]);
});

test('a script compiled from sources the tree holds is build output; one whose sources are absent is the code', async () => {
  // axios commits readable bundles of its lib/ in dist/; an npm package's lib/ maps to a src/ it leaves out (pixi.js)
  const dir = tempDir();
  const bundle = 'var utils = {};\nfunction bind(fn) { return fn; }\n//# sourceMappingURL=axios.js.map\n';
  writeFiles(dir, {
    'lib/utils.js': 'export const utils = {};\n',
    'lib/helpers/bind.js': 'export function bind(fn) { return fn; }\n',
    'dist/axios.js': bundle,
    'dist/axios.js.map': JSON.stringify({ version: 3, file: 'axios.js', sources: ['../lib/helpers/bind.js', '../lib/utils.js', 'webpack://axios/bootstrap'], mappings: 'AAAA' }),
    'pkg/lib/app.js': 'export class App {}\n//# sourceMappingURL=app.js.map\n',
    'pkg/lib/app.js.map': JSON.stringify({ version: 3, sources: ['../src/app.ts'], mappings: 'AAAA' }),
    'other/inline.js': 'export const x = 1;\n//# sourceMappingURL=data:application/json;base64,e30=\n',
    'other/missing.js': 'export const y = 1;\n//# sourceMappingURL=missing.js.map\n',
  });
  const status = async (path: string) => outcome(await parseFileInThread({ path, absPath: join(dir, path), maxFileBytes: 1 << 20 }));
  assert.equal(await status('dist/axios.js'), 'skipped:compiled');
  assert.equal(await status('pkg/lib/app.js'), 'parsed');
  assert.equal(await status('other/inline.js'), 'parsed');
  assert.equal(await status('other/missing.js'), 'parsed');
  assert.equal(await status('lib/utils.js'), 'parsed');
});

test('a malformed source map address is no map, and never an error', async () => {
  const dir = tempDir();
  writeFiles(dir, { 'src/a.js': 'export const a = 1;\n//# sourceMappingURL=a%zz.js.map\n' });
  assert.equal(outcome(await parseFileInThread({ path: 'src/a.js', absPath: join(dir, 'src/a.js'), maxFileBytes: 1 << 20 })), 'parsed');
});
