import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { ConfigError, UsageError } from '../../../src/errors.ts';
import { discoverModules } from '../../../src/graph/discovery/discoverModules.ts';
import { loadModuleList } from '../../../src/graph/discovery/loadModuleList.ts';

// ../shared beside the checkout, as on every developer machine and in CI
const SHARED = fileURLToPath(new URL('../../../../shared', import.meta.url)).replace(/\/$/, '');
const hasShared = existsSync(`${SHARED}/bench`);
const bad = (name: string): string => fileURLToPath(new URL(`../../fixtures/malformed-module-lists/${name}`, import.meta.url));
const idsIn = (file: string): string[] => (JSON.parse(readFileSync(file, 'utf8')) as { id: string }[]).map((m) => m.id);
const sorted = (ids: string[]): string[] => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Rejects with a ConfigError for `file` whose problem lines are exactly `problems`. */
const rejectsWith = async (file: string, problems: string[]): Promise<void> => {
  await assert.rejects(loadModuleList(file), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.equal(error.file, file);
    assert.equal(error.message, `Invalid ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return true;
  });
};

describe('loadModuleList: bench and corpus lists load as they are', () => {
  for (const [bench, count] of [['svelte', 49], ['pixi', 70]] as const) {
    it(`bench/${bench}: ${count} modules, ids equal to the file's`, { skip: !hasShared }, async () => {
      const file = `${SHARED}/bench/${bench}/modules.json`;
      const { modules, warnings } = await loadModuleList(file);
      assert.equal(modules.length, count);
      assert.deepEqual(modules.map((m) => m.id), idsIn(file));
      assert.deepEqual(modules.map((m) => m.path), idsIn(file)); // id and path are the same string there
      assert.deepEqual(warnings, []);
    });
  }

  it('every corpus/*/modules.json', { skip: !hasShared }, async () => {
    const dirs = readdirSync(`${SHARED}/corpus`, { withFileTypes: true }).filter((d) => d.isDirectory());
    assert.equal(dirs.length, 9);
    for (const dir of dirs) {
      const file = `${SHARED}/corpus/${dir.name}/modules.json`;
      assert.deepEqual((await loadModuleList(file)).modules.map((m) => m.id), idsIn(file), file);
    }
  });

  it('through discoverModules: sorted by id, source list, one warning per path missing from this checkout', { skip: !hasShared }, async () => {
    const file = `${SHARED}/bench/svelte/modules.json`;
    const root = fileURLToPath(new URL('../../fixtures/plain-directories', import.meta.url));
    const result = await discoverModules(root, { modulesFile: file });
    assert.equal(result.source, 'list');
    assert.deepEqual(result.modules.map((m) => m.id), sorted(idsIn(file)));
    assert.equal(result.warnings.filter((w) => w.includes('it will own no files')).length, 49);
    assert.equal(result.warnings[0], `${file}: module "src/action" has no directory or file "src/action" under ${root}; it will own no files`);
    // The fixture's own folders are none of svelte's: what they hold is not indexed, and said once.
    assert.match(result.warnings.at(-1) ?? '', /: no listed module covers .*source files?: they are not indexed$/);
    assert.equal(result.warnings.length, 50);
  });
});

describe('loadModuleList: malformed lists', () => {
  it('not JSON: names the file, line and column', async () => {
    const file = bad('not-json.json');
    // V8's own wording after the location differs between Node versions, so only the prefix is pinned.
    await assert.rejects(loadModuleList(file), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.file, file);
      assert.match(error.message, new RegExp(`^Invalid ${file}:\\n  - not valid JSON at line 3, column 15: \\S`));
      return true;
    });
  });

  it('wrong top-level type', async () => {
    await rejectsWith(bad('wrong-type.json'), ['expected an array of modules or an object with a "modules" array, got object']);
  });

  it('missing path, wrong types: names index and field, expected and found', async () => {
    await rejectsWith(bad('bad-entries.json'), [
      'modules[1].path: expected a string, got nothing (the field is missing)',
      'modules[2].path: expected a string, got number',
      'modules[3]: expected an object, got string',
    ]);
  });

  it('a path outside the repository', async () => {
    await rejectsWith(bad('outside-path.json'), ['modules[0].path: expected a path relative to the repository root, got "../elsewhere"']);
  });

  it('two paths under one id', async () => {
    await rejectsWith(bad('duplicate-id.json'), ['modules[1].id: "x" is already used by modules[0] with another path']);
  });

  it('an empty list', async () => {
    await rejectsWith(bad('empty.json'), ['modules: Too small: expected array to have >=1 items']);
  });

  it('a missing file is a UsageError', async () => {
    const file = bad('does-not-exist.json');
    await assert.rejects(loadModuleList(file), (error: unknown) => {
      assert.ok(error instanceof UsageError);
      assert.equal(error.message, `Module list not found: ${file}`);
      assert.equal(error.exitCode, 2);
      return true;
    });
  });
});
