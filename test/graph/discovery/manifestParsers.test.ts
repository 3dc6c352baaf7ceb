import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseGoWork, readGoModulePath } from '../../../src/graph/discovery/manifests/parseGoWork.ts';
import { parseGradleSettings } from '../../../src/graph/discovery/manifests/parseGradleSettings.ts';
import { parsePnpmPackages } from '../../../src/graph/discovery/manifests/parsePnpmPackages.ts';
import { parseSwiftTargets } from '../../../src/graph/discovery/manifests/parseSwiftTargets.ts';
import { readToml, tomlString, tomlStrings } from '../../../src/graph/discovery/readToml.ts';
import { normalizeModulePath } from '../../../src/graph/discovery/normalizeModulePath.ts';

describe('manifest parsers', () => {
  it('gradle kotlin DSL: multi-line include(...) and File(rootDir, ...) override', () => {
    const kts = `rootProject.name = "acme"
include(
    ":app",   // the app
    ":lib:core",
)
includeBuild("build-logic")
project(":lib:core").projectDir = File(rootDir, "modules/core")`;
    assert.deepEqual(parseGradleSettings(kts), [
      { project: ':app', dir: 'app' },
      { project: ':lib:core', dir: 'modules/core' },
    ]);
  });

  it('pnpm flow-style list', () => {
    assert.deepEqual(parsePnpmPackages("packages: ['apps/*', \"libs/**\"]  # all\n"), ['apps/*', 'libs/**']);
  });

  it('go.work single and block use, go.mod module line', () => {
    assert.deepEqual(parseGoWork('go 1.22\nuse ./a\nuse (\n  ./b\n  "./c"\n)\n'), ['./b', './c', './a']);
    assert.equal(readGoModulePath('// comment\nmodule example.com/m/v2 // v2\n\ngo 1.21'), 'example.com/m/v2');
  });

  it('swift: plugin and macro default folders', () => {
    const text = 'targets: [.plugin(name: "Lint", capability: .buildTool()), .macro(name: "Macros")]';
    assert.deepEqual(parseSwiftTargets(text), [
      { name: 'Lint', path: 'Plugins/Lint' },
      { name: 'Macros', path: 'Sources/Macros' },
    ]);
  });

  it('toml: tables, dotted keys, quoted keys, comments in arrays, non-string values skipped', () => {
    const toml = readToml(`name = "top"
[workspace]
members = ["a", # first
  'b/*']
package.description = "dotted"
[tool."poetry"]
name = "p"
version.workspace = true
inline = { a = "x" }`);
    assert.equal(tomlString(toml, '', 'name'), 'top');
    assert.deepEqual(tomlStrings(toml, 'workspace', 'members'), ['a', 'b/*']);
    assert.equal(tomlString(toml, 'workspace.package', 'description'), 'dotted');
    assert.equal(tomlString(toml, 'tool.poetry', 'name'), 'p');
    assert.equal(tomlString(toml, 'tool.poetry.version', 'workspace'), undefined);
    assert.equal(tomlString(toml, 'tool.poetry', 'inline'), undefined);
  });

  it('normalizeModulePath', () => {
    assert.deepEqual(
      ['./a/b/', 'a//b', '.', '', 'a\\b', '/abs', 'a/../b', 'C:/x'].map(normalizeModulePath),
      ['a/b', 'a/b', '', '', 'a/b', undefined, undefined, undefined],
    );
  });
});
