import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElixirResolver } from '../../src/graph/createElixirResolver.ts';
import type { ModuleDef, ModuleId } from '../../src/graph/types.ts';

// The Elixir repository's layout: one module per app, files by Mix's convention (and its exceptions).
const modules = ['lib/elixir', 'lib/mix', 'lib/iex'].map((path): ModuleDef => ({ id: path as ModuleId, path }));
const files = [
  'lib/elixir/lib/path.ex', // Path
  'lib/elixir/lib/calendar/datetime.ex', // DateTime
  'lib/elixir/lib/enum.ex', // Enumerable and Enum
  'lib/elixir/test/elixir/test_helper.exs', // PathHelpers, a test's
  'lib/mix/lib/mix/scm/path.ex', // Mix.SCM.Path
  'lib/mix/lib/mix/tasks/deps.get.ex', // Mix.Tasks.Deps.Get
  'lib/iex/lib/iex.ex', // IEx
];
const moduleOf = (path: string) => modules.find((m) => path.startsWith(`${m.path}/`))?.id;
const declared = (entries: [string, string][]) => new Map(entries.map(([key, id]) => [key, new Map([[id as ModuleId, 1]])]));

test('elixir names: by the names files declare first, a test\'s declarations only for tests', () => {
  const resolve = createElixirResolver({
    files, modules, moduleOf,
    packages: declared([['ex:Path', 'lib/elixir'], ['ex:Enumerable Enum', 'lib/elixir'], ['ex:Mix.SCM.Path', 'lib/mix'], ['java:Path', 'lib/iex']]),
    testPackages: declared([['exs:PathHelpers', 'lib/elixir']]),
  });
  const from = 'lib/mix/lib/mix/tasks/compile.ex';
  assert.equal(resolve(from, 'Path'), 'lib/elixir', 'not the nearer mix/scm/path.ex');
  assert.equal(resolve(from, 'Mix.SCM.Path'), 'lib/mix');
  assert.equal(resolve(from, 'Enumerable'), 'lib/elixir', 'one of the names enum.ex declares');
  assert.equal(resolve(from, 'PathHelpers'), undefined, 'code never calls a test helper');
  assert.equal(resolve('lib/mix/test/mix/tasks/compile_test.exs', 'PathHelpers'), 'lib/elixir');
});

test('elixir names no file declares: Mix\'s file convention, the whole path below lib/', () => {
  const resolve = createElixirResolver({ files, modules, moduleOf, packages: new Map() });
  const from = 'lib/mix/lib/mix/tasks/compile.ex';
  assert.equal(resolve(from, 'IEx'), 'lib/iex', 'lib/iex.ex, though Macro.underscore says i_ex');
  assert.equal(resolve(from, 'Mix.Tasks.Deps.Get'), 'lib/mix', 'a dot in a file name is a folder of the module name');
  assert.equal(resolve(from, 'Path'), 'lib/elixir', 'lib/path.ex, never mix/scm/path.ex');
  assert.equal(resolve(from, 'DateTime'), undefined, 'calendar/datetime.ex: only its declaration finds it');
  assert.equal(resolve(from, 'Jason'), undefined, 'a dependency');
});
