import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { trainModel } from '../../src/api/trainModel.ts';
import { runBundle } from '../../src/cli/runBundle.ts';
import { makeGitRepo, repoRoot, tempDir } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';
import { historyCommits } from '../train/historyFixture.ts';

const dist = join(repoRoot, 'dist');
const bundleUrl = pathToFileURL(join(dist, 'cli.bundle.cjs'));
const mainUrl = pathToFileURL(join(dist, 'cli', 'main.js'));

const run = (argv: string[]) => {
  const r = spawnSync(process.execPath, argv, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
/** dist/, file by file, as before the bundle existed. */
const viaDist = (args: string[]) => run([join(dist, 'cli', 'main.js'), ...args]);
/** The bundle, certainly: this exits 99 instead of quietly running dist/ when the bundle is missing or stale. */
const starter = join(tempDir(), 'start.mjs');
writeFileSync(starter, `import { runBundle } from ${JSON.stringify(pathToFileURL(join(dist, 'cli', 'runBundle.js')).href)};
if (!runBundle(process.argv.slice(2), new URL(${JSON.stringify(bundleUrl.href)}), new URL(${JSON.stringify(mainUrl.href)}))) process.exit(99);\n`);
const viaBundle = (args: string[]) => run([starter, ...args]);
const noTiming = (stdout: string) => ({ ...(JSON.parse(stdout) as Record<string, unknown>), elapsedMs: 0 });

describe('the one-script bundle behind bin/modroute.js', () => {
  let repo = '';
  before(async () => {
    repo = makeGitRepo(historyCommits(60));
    await runIndex({ repo });
    for await (const _ of trainModel({ repo, seed: 1 })) { /* drain */ }
  });

  it('answers ask --json exactly as dist/ does, for every backend ask loads', () => {
    const queries = ['refund fails when the ledger is empty', 'password lockout after a token change', 'dashboard export'];
    for (const backend of ['auto', 'hybrid', 'lexical', 'router', 'bm25']) {
      for (const query of queries) {
        const args = ['ask', query, '--repo', repo, '--json', '--backend', backend, '--top', '4'];
        const fromDist = viaDist(args);
        const fromBundle = viaBundle(args);
        assert.equal(fromDist.code, 0, fromDist.stderr);
        assert.equal(fromBundle.code, 0, fromBundle.stderr);
        assert.deepEqual(noTiming(fromBundle.stdout), noTiming(fromDist.stdout), `${backend}: ${query}`);
      }
    }
    assert.equal((JSON.parse(viaBundle(['ask', 'refund', '--repo', repo, '--json']).stdout) as { backend: string }).backend, 'hybrid');
  });

  it('prints the same help, text answers and errors, with the same exit codes', () => {
    for (const args of [['--help'], ['ask', '--help'], ['--version'], ['ask', 'refund', '--repo', repo], ['ask', 'x', '--repo', tempDir()], ['ask', 'x', '--top', '0'], ['nonsense']]) {
      const fromDist = viaDist(args);
      const fromBundle = viaBundle(args);
      const strip = (s: string) => s.replace(/\[(\w+), [\d.]+ ms\]/, '[$1]');
      assert.deepEqual({ ...fromBundle, stderr: strip(fromBundle.stderr) }, { ...fromDist, stderr: strip(fromDist.stderr) }, args.join(' '));
    }
  });

  it('writes a code cache per command and survives a damaged one', () => {
    const cache = join(dist, 'cli.bundle.ask.cache');
    const args = ['ask', 'refund', '--repo', repo, '--json', '--backend', 'lexical'];
    const expected = noTiming(viaDist(args).stdout);
    assert.deepEqual(noTiming(viaBundle(args).stdout), expected);
    assert.ok(existsSync(cache), 'the first ask after a build leaves its cache');
    assert.equal(readFileSync(cache).subarray(0, 4).toString('latin1'), 'MRCC');
    writeFileSync(cache, readFileSync(cache).subarray(0, 2000));
    assert.deepEqual(noTiming(viaBundle(args).stdout), expected, 'a torn cache is ignored');
    assert.ok(readFileSync(cache).byteLength > 2000, 'and written again');
    // Right header and length, damaged bytecode: V8 itself checks neither in a release build.
    const damaged = readFileSync(cache);
    for (let i = damaged.byteLength >> 1; i < damaged.byteLength; i += 97) damaged[i] = (damaged[i] ?? 0) ^ 0x5a;
    writeFileSync(cache, damaged);
    const afterDamage = viaBundle(args);
    assert.equal(afterDamage.code, 0, afterDamage.stderr);
    assert.deepEqual(noTiming(afterDamage.stdout), expected, 'so is one with the right header and length but damaged bytes');
  });

  it('leaves a bundle older than dist/cli/main.js alone', () => {
    const newer = join(tempDir(), 'main.js');
    writeFileSync(newer, 'throw new Error("not to be run")');
    const future = new Date(Date.now() + 60_000);
    utimesSync(newer, future, future);
    assert.equal(runBundle(['--version'], bundleUrl, pathToFileURL(newer)), false);
    assert.equal(runBundle(['--version'], pathToFileURL(join(tempDir(), 'none.cjs')), mainUrl), false);
  });
});
