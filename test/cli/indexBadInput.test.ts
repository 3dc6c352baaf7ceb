import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { makeGitRepo, tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { assertNoStack, runCli, startCli } from '../helpers/runCli.ts';

const smallRepo = () => {
  const dir = tempDir();
  writeFiles(dir, {
    'core/engine.ts': '/** Runs the simulation loop. */\nexport function tick(dt: number) { return dt; }\n',
    'ui/view.ts': "import { tick } from '../core/engine';\nexport const render = () => tick(1);\n",
  });
  return dir;
};

const indexJson = (dir: string, extra: string[] = []) => {
  const r = runCli(['index', dir, '--json', ...extra]);
  assertNoStack(r.stderr);
  return r;
};

describe('modroute index: bad input gets a clear error and loses nothing', () => {
  it('a path that does not exist: exit 2, names the path', () => {
    const r = runCli(['index', '/nonexistent/modroute-nowhere']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Repository directory not found: \/nonexistent\/modroute-nowhere/);
    assertNoStack(r.stderr);
  });

  it('a path that is a file: exit 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'f.txt'), 'x');
    const r = runCli(['index', join(dir, 'f.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Not a directory/);
  });

  it('an empty directory indexes to zero modules with a warning', () => {
    const dir = tempDir();
    const r = indexJson(dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).modules, 0);
    assert.match(r.stderr, /no modules found/);
  });

  it('a directory that is not a git repository: history skipped, said once', () => {
    const dir = smallRepo();
    const r = indexJson(dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr.match(/not a git repository/g)?.length, 1);
    assert.equal(JSON.parse(r.stdout).history, 'not a git repository');
  });

  it('binary, huge, minified and invalid UTF-8 files are skipped or decoded, and counted', () => {
    const dir = smallRepo();
    writeFiles(dir, {
      'core/blob.bin': Buffer.from([0, 1, 2, 3, 0, 255, 0]),
      'core/huge.ts': `export const big = "${'x'.repeat(4_100_000)}";\n`,
      'ui/bundle.min.js': `var a=1;${'function f(){return 1};'.repeat(400)}`,
      'core/latin1.ts': Buffer.concat([Buffer.from('/** caf'), Buffer.from([0xe9]), Buffer.from(' */\nexport function brew() {}\n')]),
    });
    const r = indexJson(dir);
    assert.equal(r.code, 0, r.stderr);
    const stats = JSON.parse(r.stdout);
    assert.equal(stats.skipped.binary, 1);
    assert.equal(stats.skipped['too-large'], 1);
    assert.equal(stats.skipped.minified, 1);
    // The summary says which counts are whole directories (vendored, hidden) and which files.
    writeFiles(dir, { 'node_modules/dep/index.js': 'module.exports = 1;\n', 'core/.tmp/x.ts': 'export const x = 1;\n' });
    const text = runCli(['index', dir]);
    assert.match(text.stdout, /^ {2}skipped {2}1 vendored dir \(node_modules\/\), 1 hidden dir, .*1 binary \(core\/blob\.bin\), 1 too-large \(core\/huge\.ts\), 1 minified \(ui\/bundle\.min\.js\)/m);
    assert.deepEqual(JSON.parse(indexJson(dir).stdout).skippedFiles, { binary: ['core/blob.bin'], minified: ['ui/bundle.min.js'], 'too-large': ['core/huge.ts'], vendored: ['node_modules'] });
    // A second run reads none of them again, and still says the index leaves them out.
    const again = JSON.parse(indexJson(dir).stdout);
    assert.equal(again.parsed, 0);
    assert.deepEqual([again.skipped.binary, again.skipped['too-large'], again.skipped.minified], [1, 1, 1]);
    const show = JSON.parse(runCli(['show', 'core', '--repo', dir, '--json']).stdout);
    assert.ok(show.keySymbols.includes('brew'), 'a file with invalid UTF-8 is still parsed');
  });

  it('broken symlinks and symlink loops are skipped, not followed', () => {
    const dir = smallRepo();
    symlinkSync(join(dir, 'missing-target.ts'), join(dir, 'core', 'broken.ts'));
    mkdirSync(join(dir, 'loop'));
    writeFileSync(join(dir, 'loop', 'a.ts'), 'export const a = 1;\n');
    symlinkSync(join(dir, 'loop'), join(dir, 'loop', 'self'));
    const r = indexJson(dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).skipped.symlinks, 2);
  });

  it('an unreadable file is reported and skipped', { skip: process.platform === 'win32' }, () => {
    const dir = smallRepo();
    writeFileSync(join(dir, 'core', 'secret.ts'), 'export const s = 1;\n');
    chmodSync(join(dir, 'core', 'secret.ts'), 0o000);
    // root reads anything: run the CLI as an unprivileged user so the permission really applies
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o777), chmodSync(join(dir, 'core'), 0o777), chmodSync(join(dir, 'ui'), 0o777);
    const r = runCli(['index', dir, '--json'], asRoot ? { uid: 65534, gid: 65534, env: { HOME: dir } } : {});
    assertNoStack(r.stderr);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).skipped.unreadable, 1);
    assert.match(r.stderr, /core\/secret\.ts: cannot be read/);
  });

  it('a store it cannot write: exit 2, the path named, no stack trace', { skip: process.platform === 'win32' }, () => {
    const dir = smallRepo();
    const parent = tempDir();
    const locked = join(parent, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    chmodSync(parent, 0o755);
    // root writes anywhere: run the CLI as an unprivileged user so the permission really applies
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o755);
    const as = asRoot ? { uid: 65534, gid: 65534, env: { HOME: locked } } : {};
    const r = runCli(['index', dir, '--db', join(locked, 'index.db')], as);
    assertNoStack(r.stderr);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /permission denied: .*locked\/index\.db/);
    assert.match(r.stderr, /--db PATH/);
    // Without --db the store goes inside the repository: a repository the user can't write to.
    chmodSync(dir, 0o555);
    const inRepo = runCli(['index', dir], as);
    assertNoStack(inRepo.stderr);
    assert.equal(inRepo.code, 2, inRepo.stderr);
    assert.ok(inRepo.stderr.includes(join(dir, '.modroute')), inRepo.stderr);
    // train finds out before training, not after, that it cannot write the model beside the index.
    chmodSync(dir, 0o755);
    const store = join(parent, 'store');
    assert.equal(runCli(['index', dir, '--db', join(store, 'index.db')]).code, 0);
    chmodSync(store, 0o555);
    const train = runCli(['train', '--repo', dir, '--db', join(store, 'index.db')], as);
    assertNoStack(train.stderr);
    assert.equal(train.code, 2, train.stderr);
    assert.doesNotMatch(train.stdout + train.stderr, /epoch/);
  });

  it('a repository git refuses (owned by another user) says so and how to allow it', { skip: process.getuid?.() !== 0 && 'needs root to run git as another user' }, () => {
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: { 'core/engine.ts': 'export const tick = 1;\n' } }]);
    const store = tempDir();
    chmodSync(store, 0o777);
    chmodSync(repo, 0o755);
    const r = runCli(['index', repo, '--db', join(store, 'index.db')], { uid: 65534, gid: 65534, env: { HOME: store } });
    assertNoStack(r.stderr);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /git refuses this repository, owned by another user \(to allow it: git config --global --add safe\.directory /);
    assert.doesNotMatch(r.stderr, /not a git repository/);
  });

  it('a malformed module list names the file and the field: exit 2', () => {
    const dir = smallRepo();
    const list = join(dir, 'mods.json');
    writeFileSync(list, JSON.stringify([{ id: 'core', path: 'core' }, { id: 'ui', path: 42 }]));
    const r = runCli(['index', dir, '--modules', list]);
    assert.equal(r.code, 2);
    assert.ok(r.stderr.includes(list), r.stderr);
    assert.match(r.stderr, /\[1\]\.path/);
    assertNoStack(r.stderr);
    writeFileSync(list, '[{"id": "core", "path": "core"},');
    const bad = runCli(['index', dir, '--modules', list]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /JSON/);
  });

  it('a refused first index leaves no store behind; a refused later one leaves the store as it was', () => {
    const dir = smallRepo();
    const list = join(dir, 'mods.json');
    writeFileSync(list, JSON.stringify([{ id: 'm', path: 'core' }, { id: 'm', path: 'ui' }]));
    const db = join(tempDir(), 'store.db');
    const refused = runCli(['index', dir, '--modules', list, '--db', db]);
    assert.equal(refused.code, 2, refused.stderr);
    assert.match(refused.stderr, /already used/);
    assert.equal(existsSync(db), false);
    assert.equal(runCli(['index', dir, '--db', db]).code, 0);
    const before = runCli(['modules', '--repo', dir, '--db', db, '--json']).stdout;
    assert.equal(runCli(['index', dir, '--modules', list, '--db', db]).code, 2);
    assert.equal(runCli(['modules', '--repo', dir, '--db', db, '--json']).stdout, before);
  });

  it('a malformed config names the file and the field: exit 2', () => {
    const dir = smallRepo();
    writeFileSync(join(dir, 'modroute.config.json'), JSON.stringify({ limits: { maxFileBytes: 'big' } }));
    const r = runCli(['index', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /modroute\.config\.json/);
    assert.match(r.stderr, /limits\.maxFileBytes/);
    assertNoStack(r.stderr);
  });

  it('a listed module path that does not exist is kept and warned about', () => {
    const dir = smallRepo();
    const list = join(dir, 'mods.json');
    writeFileSync(list, JSON.stringify([{ id: 'core', path: 'core' }, { id: 'gone', path: 'gone' }]));
    const r = indexJson(dir, ['--modules', list]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /gone/);
    // ui/ is in no listed module: its code is left out of every answer, and the user is told.
    assert.match(r.stderr, /mods\.json: no listed module covers ui\/, which holds 1 source file: they are not indexed/);
    const ids = JSON.parse(runCli(['modules', '--repo', dir, '--json']).stdout).map((m: { id: string }) => m.id);
    assert.deepEqual(ids, ['core', 'gone']);
  });

  it('a list that misses folders nested beside its modules says which and how many files they hold', () => {
    // JOSM by package: 514 files of bundled libraries under src/ were left out, and nothing said so.
    const dir = smallRepo();
    writeFiles(dir, { 'core/bundled/a.ts': 'export const a = 1;\n', 'core/bundled/deep/b.ts': 'export const b = 2;\n', 'core/bundled/deep/c.ts': 'export const c = 3;\n', 'test/x.test.ts': 'export {};\n' });
    const list = join(dir, 'mods.json');
    writeFileSync(list, JSON.stringify([{ id: 'engine', path: 'core/engine' }, { id: 'ui', path: 'ui' }]));
    writeFiles(dir, { 'core/engine/loop.ts': 'export const loop = 1;\n' });
    const r = indexJson(dir, ['--modules', list]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /mods\.json: no listed module covers core\/, which holds 4 source files: they are not indexed/);
  });

  it('a file listed as a module is covered: only the files beside it that no module lists are reported', () => {
    // beets' plugins, one module per file: "no listed module covers beetsplug/, which holds 66 source files" was wrong.
    const dir = smallRepo();
    writeFiles(dir, { 'plugins/alpha.ts': 'export const a = 1;\n', 'plugins/beta.ts': 'export const b = 2;\n', 'plugins/gamma.ts': 'export const c = 3;\n' });
    const list = join(dir, 'mods.json');
    writeFileSync(list, JSON.stringify([{ id: 'core', path: 'core' }, { id: 'ui', path: 'ui' }, { id: 'alpha', path: 'plugins/alpha.ts' }, { id: 'beta', path: 'plugins/beta.ts' }]));
    const r = indexJson(dir, ['--modules', list]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /mods\.json: no listed module covers plugins\/, which holds 1 source file: they are not indexed/);
  });

  it('a list without a root module says the top level\'s code is not indexed, and how to take it in', () => {
    // gnustep-base by folder: 32 top-level files left out, and nothing said so.
    const dir = smallRepo();
    writeFiles(dir, { 'main.c': 'int main(void) { return 0; }\n', 'tool.c': 'int tool(void) { return 1; }\n' });
    const list = join(dir, 'mods.json');
    writeFileSync(list, JSON.stringify([{ id: 'core', path: 'core' }, { id: 'ui', path: 'ui' }]));
    const r = indexJson(dir, ['--modules', list]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /mods\.json: no listed module covers the top level, which holds 2 source files: they are not indexed \(a module \{"id": "\.", "path": ""\} takes whatever no other module does\)/);
  });

  it('an index built from a module list keeps it at the next plain index; --rebuild discovers afresh', () => {
    const dir = smallRepo();
    const list = join(tempDir(), 'mods.json');
    writeFileSync(list, JSON.stringify([{ id: 'everything', path: '.' }]));
    assert.equal(indexJson(dir, ['--modules', list]).code, 0);
    const ids = () => JSON.parse(runCli(['modules', '--repo', dir, '--json']).stdout).map((m: { id: string }) => m.id);
    assert.deepEqual(ids(), ['everything']);
    const again = runCli(['index', dir]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /using the module list this index was built with: .*mods\.json \(`modroute index --rebuild` discovers modules instead\)/);
    assert.deepEqual(ids(), ['everything']);
    // --rebuild forgets it.
    assert.equal(runCli(['index', dir, '--rebuild']).code, 0);
    assert.notDeepEqual(ids(), ['everything']);
    assert.doesNotMatch(runCli(['index', dir]).stderr, /module list/);
    // The list gone: said, and discovery takes over.
    assert.equal(indexJson(dir, ['--modules', list]).code, 0);
    rmSync(list);
    const gone = runCli(['index', dir]);
    assert.equal(gone.code, 0, gone.stderr);
    assert.match(gone.stderr, /the module list this index was built with is gone \(.*mods\.json\): discovering modules instead/);
    assert.notDeepEqual(ids(), ['everything']);
    // and nothing is remembered after that.
    assert.doesNotMatch(runCli(['index', dir]).stderr, /module list/);
  });

  it('a corrupt or foreign database: clear message suggesting --rebuild, and --rebuild recovers', () => {
    const dir = smallRepo();
    mkdirSync(join(dir, '.modroute'));
    writeFileSync(join(dir, '.modroute', 'index.db'), 'this is not a database at all, just text '.repeat(100));
    const r = runCli(['modules', '--repo', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not an SQLite database/);
    assert.match(r.stderr, /--rebuild/);
    const idx = runCli(['index', dir]);
    assert.equal(idx.code, 2, 'index without --rebuild must not overwrite a file it cannot read');
    assert.match(readFileSync(join(dir, '.modroute', 'index.db'), 'utf8'), /not a database/);
    assert.equal(runCli(['index', dir, '--rebuild', '--quiet']).code, 0);
    assert.equal(runCli(['modules', '--repo', dir, '--json']).code, 0);

    const foreign = join(dir, 'other.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE people (name TEXT)');
    db.close();
    const f = runCli(['modules', '--repo', dir, '--db', foreign]);
    assert.equal(f.code, 2);
    assert.match(f.stderr, /another application/);
  });

  it('a modroute index whose pages are damaged: clear message, no stack trace', () => {
    const dir = smallRepo();
    assert.equal(runCli(['index', dir, '--quiet']).code, 0);
    const file = join(dir, '.modroute', 'index.db');
    const bytes = readFileSync(file);
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(file, bytes);
    for (const args of [['modules', '--repo', dir], ['ask', 'simulation loop', '--repo', dir], ['index', dir]]) {
      const r = runCli(args);
      assertNoStack(r.stderr);
      assert.equal(r.code, 2, `${args[0]}: ${r.stderr}`);
      assert.match(r.stderr, /not a usable modroute index/);
      assert.match(r.stderr, /--rebuild/);
    }
    assert.equal(runCli(['index', dir, '--rebuild', '--quiet']).code, 0);
  });

  it('an index of another schema version: readers say to re-index, index rebuilds it', () => {
    const dir = smallRepo();
    assert.equal(runCli(['index', dir, '--quiet']).code, 0);
    const db = new Database(join(dir, '.modroute', 'index.db'));
    db.prepare("UPDATE meta SET value = '1' WHERE key = 'schema_version'").run();
    db.close();
    const read = runCli(['modules', '--repo', dir]);
    assert.equal(read.code, 2);
    assert.match(read.stderr, /schema v1, this modroute expects v\d+/);
    const idx = runCli(['index', dir, '--json']);
    assert.equal(idx.code, 0, idx.stderr);
    assert.match(idx.stderr, /another modroute version; rebuilding/);
    assert.equal(runCli(['modules', '--repo', dir]).code, 0);
  });

  it('asking before indexing says to run modroute index', () => {
    const dir = smallRepo();
    const r = runCli(['modules', '--repo', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /modroute index/);
  });

  it('unknown module in show: exit 2 with suggestions', () => {
    const dir = smallRepo();
    indexJson(dir);
    const r = runCli(['show', 'cor', '--repo', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown module: cor/);
    assert.match(r.stderr, /core/);
    const typo = runCli(['show', 'croe', '--repo', dir]);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /Did you mean: core\?/, 'two swapped letters');
    // a file's path shows the module holding it
    const byFile = runCli(['show', './ui/view.ts', '--repo', dir]);
    assert.equal(byFile.code, 0, byFile.stderr);
    assert.match(byFile.stdout, /^ui\b/u);
    assert.equal(runCli(['show', 'ui/nothing.ts', '--repo', dir]).code, 2);
    // written the Windows way, or from the repository's own absolute path
    assert.match(runCli(['show', 'ui\\view.ts', '--repo', dir]).stdout, /^ui\b/u);
    assert.match(runCli(['show', join(dir, 'core', 'engine.ts'), '--repo', dir]).stdout, /^core\b/u);
  });

  it('bad usage exits 2', () => {
    assert.equal(runCli(['index', '--threads', 'zero']).code, 2);
    assert.equal(runCli(['no-such-command']).code, 2);
    assert.equal(runCli(['--version']).code, 0);
  });
});

describe('modroute index: interruption and concurrency', () => {
  const bigRepo = () => {
    const files: Record<string, string> = {};
    for (let m = 0; m < 8; m++) {
      for (let f = 0; f < 150; f++) {
        files[`mod${m}/file${f}.ts`] = `/** Module ${m} file ${f}. */\n${Array.from({ length: 60 }, (_, i) => `export function fn${m}_${f}_${i}(a: number) { return a * ${i}; }`).join('\n')}\n`;
      }
    }
    const dir = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files }]);
    return dir;
  };

  it('kill -9 in the middle of indexing leaves the previous index intact and usable', async () => {
    const dir = bigRepo();
    assert.equal(runCli(['index', dir, '--quiet']).code, 0);
    const before = runCli(['modules', '--repo', dir, '--json']).stdout;
    writeFiles(dir, { 'mod0/file0.ts': 'export function changed() {}\n', 'newmod/x.ts': 'export const x = 1;\n' });
    const child = startCli(['index', dir, '--rebuild']);
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (/parsed|parsing/.test(chunk.toString())) resolve();
      });
      child.on('exit', () => resolve());
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const after = runCli(['modules', '--repo', dir, '--json']);
    assert.equal(after.code, 0, after.stderr);
    assert.equal(after.stdout, before, 'the previous index is unchanged');
    const again = runCli(['index', dir, '--json']);
    assert.equal(again.code, 0, 'a stale lock of a killed run does not block the next one');
    assert.ok(JSON.parse(runCli(['modules', '--repo', dir, '--json']).stdout).some((m: { id: string }) => m.id === 'newmod'));
  });

  it('a second concurrent index on the same store is refused with a clear message', async () => {
    const dir = bigRepo();
    const first = startCli(['index', dir]);
    await new Promise<void>((resolve) => first.stderr.on('data', (c: Buffer) => /parsing|parsed/.test(c.toString()) && resolve()));
    const second = runCli(['index', dir]);
    assert.equal(second.code, 2);
    assert.match(second.stderr, /already writing this index/);
    const code = await new Promise((r) => first.on('exit', r));
    assert.equal(code, 0);
  });
});

describe('modroute index: progress output', () => {
  it('prints plain one-line updates when stderr is not a terminal, and nothing with --quiet', () => {
    const dir = tempDir();
    writeFiles(dir, { 'a/x.ts': 'export const x = 1;\n', 'b/y.ts': 'export const y = 2;\n' });
    const plain = runCli(['index', dir]);
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stderr, /^ {2}read 2\/2 files \(\d+ files\/s, [\d.]+ MB\/s, ETA \d+s\)$/m);
    assert.match(plain.stdout, /modules {2}2 \(from directories\)/);
    const quiet = runCli(['index', dir, '--quiet', '--rebuild']);
    assert.equal(quiet.code, 0);
    assert.equal(quiet.stdout, '');
    assert.equal(quiet.stderr, '');
  });
});
