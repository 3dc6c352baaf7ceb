import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { branchingDirectory } from '../../src/graph/branchingDirectory.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { runCli } from '../helpers/runCli.ts';

describe('a discovered module that holds most of the code', () => {
  it('gets a note on choosing finer modules, naming where its files branch; a listed module does not', () => {
    const repo = tempDir();
    // two gems, one of them nearly all the code (a lone gem would be split by discovery itself)
    const files: Record<string, string> = { 'engine/engine.gemspec': '', 'tiny/tiny.gemspec': '', 'tiny/lib/tiny.rb': 'module Tiny; end\n' };
    for (const area of ['query', 'schema', 'pool']) {
      for (let i = 0; i < 70; i++) files[`engine/lib/engine/${area}/f${i}.ts`] = `export const ${area}${i} = ${i};\n`;
    }
    writeFiles(repo, files);
    const first = runCli(['index', repo]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^ {2}note {5}engine holds 211 of 213 code files: an answer naming it says little\. .*"split" globs .*\(e\.g\. "engine\/lib\/engine\/\*"; the other modules stay as found\), or list every module with --modules FILE\.$/m);
    // A bigger test project is no module to split: the note names the code (Newtonsoft.Json's Tests project, 390 files, was named).
    const tests: Record<string, string> = {};
    for (let i = 0; i < 300; i++) tests[`tiny/test/area${i % 3}/f${i}_test.rb`] = `# test ${i}\n`;
    // Nor is a folder of man pages (curl's docs/libcurl/opts, 397 files, was named).
    for (let i = 0; i < 300; i++) tests[`docs/opts/CURLOPT_${i}.3`] = `.TH CURLOPT_${i} 3\n`;
    writeFiles(repo, tests);
    const withTests = runCli(['index', repo]);
    assert.equal(withTests.code, 0, withTests.stderr);
    assert.match(withTests.stdout, /^ {2}note {5}engine holds 211 of 213 code files/m);
    writeFiles(repo, { 'modroute.config.json': JSON.stringify({ modules: ['engine/lib/engine/*', 'tiny'] }) });
    const listed = runCli(['index', repo]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.doesNotMatch(listed.stdout, /note {5}/);
    // What the note says: "split" keeps every module discovery found and adds the folders it names.
    writeFiles(repo, { 'modroute.config.json': JSON.stringify({ split: ['engine/lib/engine/*'] }) });
    const split = runCli(['index', repo, '--rebuild']);
    assert.equal(split.code, 0, split.stderr);
    assert.doesNotMatch(split.stdout, /note {5}engine/);
    const modules = runCli(['modules', '--repo', repo, '--json']);
    const ids = (JSON.parse(modules.stdout) as { id: string }[]).map((m) => m.id);
    for (const id of ['engine', 'engine/lib/engine/pool', 'engine/lib/engine/query', 'engine/lib/engine/schema', 'tiny']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
    writeFiles(repo, { 'modroute.config.json': JSON.stringify({ split: ['nowhere/*'] }) });
    const bad = runCli(['index', repo]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /split: expected globs matching directories/);
  });

  it('counts no example as code: a crate beside many example crates still holds most of the library', () => {
    // axum 0.8: 85 code files in axum/, 330 in 55 example crates; the note had compared 85 with 489
    const repo = tempDir();
    const files: Record<string, string> = { 'Cargo.toml': '[workspace]\nmembers = ["axum", "axum-core", "examples/*"]\n' };
    files['axum/Cargo.toml'] = '[package]\nname = "axum"\n';
    files['axum-core/Cargo.toml'] = '[package]\nname = "axum-core"\n';
    for (let i = 0; i < 60; i++) files[`axum/src/${i % 2 ? 'routing' : 'extract'}/f${i}.rs`] = `pub fn f${i}() {}\n`;
    for (let i = 0; i < 20; i++) files[`axum-core/src/c${i}.rs`] = `pub fn c${i}() {}\n`;
    for (let e = 0; e < 20; e++) {
      files[`examples/ex${e}/Cargo.toml`] = `[package]\nname = "ex${e}"\n`;
      for (let i = 0; i < 5; i++) files[`examples/ex${e}/src/m${i}.rs`] = `pub fn m${i}() {}\n`;
    }
    writeFiles(repo, files);
    const result = runCli(['index', repo]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^ {2}note {5}axum holds 60 of 80 code files/m);
  });

  it('a module of fewer files gets the note too when it holds most of the code', () => {
    const repo = tempDir();
    const files: Record<string, string> = { 'engine/engine.gemspec': '', 'tiny/tiny.gemspec': '' };
    for (let i = 0; i < 60; i++) files[`engine/lib/engine/${i % 2 ? 'query' : 'pool'}/f${i}.ts`] = `export const f${i} = ${i};\n`;
    for (let i = 0; i < 40; i++) files[`tiny/lib/tiny/f${i}.ts`] = `export const t${i} = ${i};\n`;
    writeFiles(repo, files);
    const most = runCli(['index', repo]);
    assert.equal(most.code, 0, most.stderr);
    assert.match(most.stdout, /^ {2}note {5}engine holds 61 of 102 code files/m);
    // Less than half of the code (61 of 143) and under 200 files: no note.
    files['other/other.gemspec'] = '';
    for (let i = 0; i < 40; i++) files[`other/lib/other/g${i}.ts`] = `export const g${i} = ${i};\n`;
    writeFiles(repo, files);
    const even = runCli(['index', repo]);
    assert.equal(even.code, 0, even.stderr);
    assert.doesNotMatch(even.stdout, /note {5}/);
    // A small tree: 40 of 60 code files in one module (two thirds) gets the note, 35 of 70 (half) does not.
    const small = tempDir();
    const smallFiles: Record<string, string> = { 'core/core.gemspec': '', 'ext/ext.gemspec': '' };
    for (let i = 0; i < 39; i++) smallFiles[`core/lib/core/${i % 2 ? 'a' : 'b'}/f${i}.ts`] = `export const f${i} = ${i};\n`;
    for (let i = 0; i < 20; i++) smallFiles[`ext/lib/ext/g${i}.ts`] = `export const g${i} = ${i};\n`;
    writeFiles(small, smallFiles);
    const smallRun = runCli(['index', small]);
    assert.equal(smallRun.code, 0, smallRun.stderr);
    assert.match(smallRun.stdout, /^ {2}note {5}core holds 40 of 61 code files/m);
  });

  it("a flat folder of two in five of the code files gets the note however few they are (fastify's lib/: 30 of 73)", () => {
    const repo = tempDir();
    const files: Record<string, string> = { 'package.json': JSON.stringify({ name: 'web', description: 'A web framework' }), 'web.js': "module.exports = require('./lib/server');\n" };
    for (let i = 0; i < 26; i++) files[`lib/part${i}.js`] = `module.exports = function part${i}() {};\n`;
    for (let i = 0; i < 20; i++) files[`types/part${i}.d.ts`] = `export declare function part${i}(): void;\n`;
    for (let i = 0; i < 10; i++) files[`scripts/s${i}.js`] = `console.log(${i});\n`;
    writeFiles(repo, files);
    const run = runCli(['index', repo]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^ {2}note {5}lib holds 26 of \d+ code files: .*"lib\/\*\.js" for a module per file/m);
    // a folder of subfolders that size stays without it
    const nested = tempDir();
    const deep: Record<string, string> = { 'package.json': JSON.stringify({ name: 'web' }), 'web.js': '' };
    for (let i = 0; i < 26; i++) deep[`lib/${i % 2 ? 'a' : 'b'}/part${i}.js`] = `module.exports = ${i};\n`;
    for (let i = 0; i < 30; i++) deep[`types/part${i}.d.ts`] = `export declare const p${i}: number;\n`;
    writeFiles(nested, deep);
    const quiet = runCli(['index', nested]);
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.doesNotMatch(quiet.stdout, /note {5}lib holds/);
    // a flat package of fewer files holding three in five of the code gets it too (jinja's src/jinja2)
    const pkg = tempDir();
    const flat: Record<string, string> = { 'pyproject.toml': '[project]\nname = "tmpl"\n', 'scripts/gen.py': 'x = 1\n', 'examples/basic.py': 'y = 2\n' };
    for (let i = 0; i < 18; i++) flat[`src/tmpl/part${i}.py`] = `def part${i}():\n    pass\n`;
    writeFiles(pkg, flat);
    const small = runCli(['index', pkg]);
    assert.equal(small.code, 0, small.stderr);
    assert.match(small.stdout, /^ {2}note {5}src\/tmpl holds 18 of \d+ code files: .*"src\/tmpl\/\*\.py" for a module per file/m);
  });

  it("a tiny tree's folder holding all of the code but examples and a benchmark is split, with no note (got's source/: 23 of 31 files)", () => {
    // got 15's layout: source/ of 3 files, core/ 8, core/utils/ 10, as-promise/ 2; tests, docs with examples, a benchmark
    const layout: [string, number][] = [['source', 3], ['source/core', 8], ['source/core/utils', 10], ['source/as-promise', 2], ['test', 30], ['test/helpers', 7], ['documentation/examples', 6], ['benchmark', 2]];
    const build = (sizes: [string, number][]): string => {
      const repo = tempDir();
      const files: Record<string, string> = { 'package.json': JSON.stringify({ name: 'got', main: 'dist/source/index.js' }) };
      for (const [dir, n] of sizes) for (let i = 0; i < n; i++) files[`${dir}/${dir.split('/').pop()}-${i}.ts`] = `export const f${i} = ${i};\n`;
      for (let i = 0; i < 17; i++) files[`documentation/${i}-topic.md`] = `# Topic ${i}\n`;
      writeFiles(repo, files);
      return repo;
    };
    const repo = build(layout);
    const run = runCli(['index', repo]);
    assert.equal(run.code, 0, run.stderr);
    // (the documentation's examples and the benchmark are no code of the library: source/ holds all of it, 23 of 23, and
    // discovery splits it as a lone source folder)
    const found = (JSON.parse(runCli(['modules', '--repo', repo, '--json']).stdout) as { id: string }[]).map((m) => m.id);
    for (const id of ['source', 'source/core', 'source/as-promise']) assert.ok(found.includes(id), `${id} in ${found.join(', ')}`);
    assert.doesNotMatch(run.stdout, /note {5}source/);
    // "split" names the same folders: nothing changes
    writeFiles(repo, { 'modroute.config.json': JSON.stringify({ split: ['source/*'] }) });
    const split = runCli(['index', repo, '--rebuild']);
    assert.equal(split.code, 0, split.stderr);
    assert.doesNotMatch(split.stdout, /note {5}source/);
    const ids = (JSON.parse(runCli(['modules', '--repo', repo, '--json']).stdout) as { id: string }[]).map((m) => m.id);
    for (const id of ['source', 'source/core', 'source/as-promise']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
    // two thirds of the code (23 of 35) in a tree that small: no note (code beside it, not a benchmark: that is no code)
    const even = build([...layout, ['documentation', 12]]);
    const quiet = runCli(['index', even]);
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.match(quiet.stdout, /^ {2}modules {2}4 /m);
    assert.doesNotMatch(quiet.stdout, /note {5}source/);
  });

  it('a flat folder: the note suggests a module per file, and following it cuts one (rebar3\'s src/ of 89 .erl files)', () => {
    const repo = tempDir();
    const files: Record<string, string> = { 'rebar.config': '', 'priv/templates/app.erl': '-module(app).\n', 'src/vendored/hex_core.erl': '-module(hex_core).\n' };
    for (let i = 0; i < 60; i++) files[`src/rebar_prv_${i}.erl`] = `-module(rebar_prv_${i}).\n`;
    writeFiles(repo, files);
    const first = runCli(['index', repo]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /note {5}src holds \d+ of \d+ code files: .*\(e\.g\. "src\/\*\.erl" for a module per file, with "src\/\*" for its folders; the other modules stay as found\)/m);
    writeFiles(repo, { 'modroute.config.json': JSON.stringify({ modules: ['src/*.erl', 'src/*'] }) });
    const listed = runCli(['index', repo, '--json']);
    assert.equal(listed.code, 0, listed.stderr);
    const modules = JSON.parse(runCli(['modules', '--repo', repo, '--json']).stdout) as { id: string }[];
    assert.equal(modules.length, 61);
    assert.ok(modules.some((m) => m.id === 'src/rebar_prv_7.erl') && modules.some((m) => m.id === 'src/vendored'), modules.map((m) => m.id).slice(0, 5).join(' '));
  });

  it('names the folders no discovered module holds, which are not indexed; not for a module list', () => {
    const repo = tempDir();
    const files: Record<string, string> = { 'src/viewer.js': 'export const viewer = 1;\n', 'web/app.js': 'export const app = 1;\n', 'README.md': '# Viewer\n' };
    // pdf.js's l10n/ of translations: with no root module, a folder of five files or more is a module of its own
    for (let i = 0; i < 24; i++) files[`l10n/lang${i}/viewer.properties`] = `find_label=Find ${i}\n`;
    // folders of a few files each stay out
    for (let i = 0; i < 6; i++) for (let j = 0; j < 4; j++) files[`loc${i}/f${j}.properties`] = `k=${i}${j}\n`;
    writeFiles(repo, files);
    const r = runCli(['index', repo, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const stats = JSON.parse(r.stdout) as { outsideModules?: unknown; modules: number };
    assert.equal(stats.modules, 3);
    // README.md at the root, no root module: counted with the folders (the skipped line's outside-modules 25), and said.
    assert.deepEqual(stats.outsideModules, { files: 24, byFolder: [0, 1, 2, 3, 4, 5].map((i) => [`loc${i}`, 4]), rootFiles: 1 });
    const text = runCli(['index', repo, '--rebuild']).stdout;
    assert.match(text, /^ {2}note {5}24 files in folders no module holds \(loc0\/ 4, loc1\/ 4, loc2\/ 4, loc3\/ 4\) are not indexed, nor 1 file at the root/m);
    assert.match(text, /skipped +25 outside-modules \(loc0\/ 4, loc1\/ 4, loc2\/ 4, 12 in 3 more folders, 1 at the root\)/u);
    writeFiles(repo, { 'modules.json': JSON.stringify([{ id: 'src', path: 'src' }, { id: 'web', path: 'web' }]) });
    const listed = runCli(['index', repo, '--modules', join(repo, 'modules.json'), '--rebuild']).stdout;
    assert.doesNotMatch(listed, /folders no module holds/);
    // A module list reads only its folders: the skipped line says so rather than count 0 files outside (three reviews).
    assert.match(listed, /^ {2}skipped .*\(only the listed modules' folders were read: files elsewhere are neither indexed nor counted\)$/m);
    // ... but a list with the root module reads every folder (git's review).
    writeFiles(repo, { 'modules.json': JSON.stringify([{ id: '.', path: '.' }, { id: 'src', path: 'src' }]) });
    const rooted = runCli(['index', repo, '--modules', join(repo, 'modules.json'), '--rebuild']).stdout;
    assert.doesNotMatch(rooted, /only the listed modules' folders/);
  });

  it('says how many files had syntax the parser could not read, naming a few', () => {
    // lwt's review: 118 files were stored with parse errors, and nothing said so
    const repo = tempDir();
    writeFiles(repo, { 'src/ok.ts': 'export const ok = 1;\n', 'src/broken.ts': 'export function (a, {\n', 'src/fine.ts': 'export const fine = 2;\n' });
    const r = runCli(['index', repo, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { parseErrors?: unknown }).parseErrors, { files: 1, of: 3, examples: ['src/broken.ts'] });
    assert.match(runCli(['index', repo, '--rebuild']).stdout, /^ {2}note {5}1 of 3 parsed files had syntax the parser could not read \(src\/broken\.ts\)/m);
    writeFiles(repo, { 'src/broken.ts': 'export const mended = 3;\n' });
    const mended = runCli(['index', repo, '--json']);
    assert.equal((JSON.parse(mended.stdout) as { parseErrors?: unknown }).parseErrors, undefined);
  });

  it('says how many source files no extractor reads, by extension; not when there are few', () => {
    const repo = tempDir();
    const files: Record<string, string> = { 'web/app.ts': 'export const app = 1;\n' };
    for (let i = 0; i < 24; i++) files[`core/m${i}.zig`] = `fn f${i}(x: u32) u32 { return x; }\n`;
    for (let i = 0; i < 6; i++) files[`core/n${i}.gleam`] = `pub fn f${i}(x: Int) -> Int { x }\n`;
    // Qt Linguist catalogues are no unread TypeScript (qBittorrent's src/lang)
    for (const l of ['de', 'fr', 'ja']) files[`lang/app_${l}.ts`] = `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="${l}"></TS>\n`;
    writeFiles(repo, files);
    const r = runCli(['index', repo, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const stats = JSON.parse(r.stdout) as { withoutExtractor?: unknown };
    assert.deepEqual(stats.withoutExtractor, { files: 30, of: 31, byExtension: [['.zig', 24], ['.gleam', 6]] });
    assert.match(runCli(['index', repo, '--rebuild']).stdout, /^ {2}note {5}30 of 31 source files \(\.zig 24, \.gleam 6\) are in languages modroute does not parse/m);
    const few = tempDir();
    writeFiles(few, { 'web/app.ts': 'export const app = 1;\n', 'tools/gen.zig': 'const x = 1;\n' });
    assert.doesNotMatch(runCli(['index', few]).stdout, /does not parse/);
  });

  it('branchingDirectory follows the folder holding most files down to where they split', () => {
    const paths = ['a/x.gemspec', 'a/lib/a.rb', ...Array.from({ length: 10 }, (_, i) => `a/lib/a/${i % 2 ? 'p' : 'q'}/f${i}.rb`)];
    assert.equal(branchingDirectory('a', paths), 'a/lib/a');
    assert.equal(branchingDirectory('a', paths, 1), 'a');
    assert.equal(branchingDirectory('', ['x/1.ts', 'y/2.ts']), '');
  });
});
