import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { discoverModules } from '../../../src/graph/discovery/discoverModules.ts';
import { evaluateGradleDir } from '../../../src/graph/discovery/manifests/evaluateGradleDir.ts';
import { parseGradleSettings, parseIncludedBuilds } from '../../../src/graph/discovery/manifests/parseGradleSettings.ts';
import { tempDir, writeFiles } from '../../helpers/gitFixture.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

describe('gradle settings: helpers, projectDir forms, unnamed build folders', () => {
  it('a helper function registering projects by folder, a projectDir = new File(settingsDir, …), and a loop covered by build files (with a warning)', async () => {
    const result = await discoverModules(fixture('gradle-helper-settings'));
    assert.equal(result.source, 'gradle');
    const m = 'settings.gradle';
    assert.deepEqual(result.modules.map((x) => ({ ...x })), [
      { id: 'app', path: 'app', name: ':app', description: 'The command-line app', manifest: m },
      { id: 'buildSrc', path: 'buildSrc', name: 'buildSrc', manifest: m },
      { id: 'libs/core-lib', path: 'libs/core-lib', name: ':core-lib', description: 'Greeting core', manifest: m },
      { id: 'old/legacy', path: 'old/legacy', name: ':legacy', manifest: m },
      // app/src/test/resources/sample-build holds a build.gradle too, but inside a project's source set.
      { id: 'tools/gen', path: 'tools/gen', name: ':tools:gen', description: 'Code generator', manifest: m },
    ]);
    assert.deepEqual(result.warnings, [
      'settings.gradle: names 3 projects, but 1 more folder of its build holds a build.gradle(.kts) (tools/gen); taking it as a project too (settings can add projects through a loop or a helper this reader does not follow)',
    ]);
  });

  it("a nested build inside a test suite's folder is a sample the tests build, not a module; the suite's own project is", async () => {
    // JUnit 5: platform-tooling-support-tests/projects/gradle-starter and four more had become modules
    const dir = tempDir();
    writeFiles(dir, {
      'settings.gradle.kts': 'rootProject.name = "junit5"\ninclude("junit-jupiter-api")\ninclude("platform-tooling-support-tests")\n',
      'junit-jupiter-api/build.gradle.kts': 'plugins { `java-library` }\n',
      'junit-jupiter-api/src/main/java/org/junit/jupiter/api/Test.java': 'package org.junit.jupiter.api;\npublic @interface Test {}\n',
      'platform-tooling-support-tests/build.gradle.kts': 'plugins { java }\n',
      'platform-tooling-support-tests/src/test/java/platform/tooling/support/tests/GradleStarterTests.java': 'package platform.tooling.support.tests;\nclass GradleStarterTests {}\n',
      'platform-tooling-support-tests/projects/gradle-starter/settings.gradle.kts': 'rootProject.name = "gradle-starter"\n',
      'platform-tooling-support-tests/projects/gradle-starter/build.gradle.kts': 'plugins { java }\n',
      'platform-tooling-support-tests/projects/gradle-starter/src/test/java/com/example/project/CalculatorTests.java': 'package com.example.project;\nclass CalculatorTests {}\n',
    });
    const result = await discoverModules(dir);
    assert.equal(result.source, 'gradle');
    assert.deepEqual(result.modules.map((m) => m.id).sort(), ['junit-jupiter-api', 'platform-tooling-support-tests']);
  });

  it('Kotlin DSL helper with name and folder parameters, a closure helper, findProject(…)?.projectDir, rootDir.resolve and "$rootDir/…"', () => {
    const kts = `
fun includeAt(name: String, dir: String) {
    include(name)
    project(name).projectDir = file(dir)
}
val lib = { path: String -> include(":lib:$path") }
includeAt(":api", "services/api-impl")
lib("json")
include(":web", ":docs")
findProject(":web")?.projectDir = rootDir.resolve("frontend/web")
project(":docs").projectDir = file("$rootDir/site/docs")
include(":gen")
project(":gen").projectDir = file(computeDir())
includeBuild("../shared-build")
`;
    assert.deepEqual(parseGradleSettings(kts), [
      { project: ':web', dir: 'frontend/web' },
      { project: ':docs', dir: 'site/docs' },
      { project: ':gen', dir: 'gen' }, // a computed projectDir is ignored
      { project: ':api', dir: 'services/api-impl' },
      { project: ':lib:json', dir: 'lib/json' },
    ]);
    assert.deepEqual(parseIncludedBuilds(kts), ['../shared-build']);
  });

  it('a helper\'s argument is put in once: a value that contains a parameter\'s name is not substituted again', () => {
    const groovy = `def module(String name) {\n  include(":$name")\n  project(":$name").projectDir = file(name)\n}\nmodule('name-service')\n`;
    assert.deepEqual(parseGradleSettings(groovy), [{ project: ':name-service', dir: 'name-service' }]);
    const kts = `fun module(path: String, dir: String) {\n  include(path)\n  project(path).projectDir = file(dir)\n}\nmodule(":dir-tools", "tools/path-utils")\n`;
    assert.deepEqual(parseGradleSettings(kts), [{ project: ':dir-tools', dir: 'tools/path-utils' }]);
  });

  it('only whole literal arguments are project names; templates and computed names are not', () => {
    const groovy = `include(it.replace('/', ':'))\ninclude ":$name", ':real'\nmodules.each { include "\${it}" }`;
    assert.deepEqual(parseGradleSettings(groovy), [{ project: ':real', dir: 'real' }]);
  });

  it('projectDir expressions: literal forms resolve, computed ones do not', () => {
    assert.equal(evaluateGradleDir("new File(settingsDir, 'a/b')"), 'a/b');
    assert.equal(evaluateGradleDir('File(rootProject.projectDir, "x")'), 'x');
    assert.equal(evaluateGradleDir("new File(settingsDir.parentFile, 'sibling')"), '../sibling');
    assert.equal(evaluateGradleDir('file("${settingsDir}/lib")'), 'lib');
    assert.equal(evaluateGradleDir("file('lib');"), 'lib');
    assert.equal(evaluateGradleDir('file("$base/lib")'), undefined);
    assert.equal(evaluateGradleDir('new File(someDir, "lib")'), undefined);
  });

  it('a nested build keeps its own folders; a root settings without includes still takes the folders holding a build file', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      // A project placed in node_modules is a dependency, not a module; an included build is one, unwarned.
      'settings.gradle': "rootProject.name = 'root'\nincludeBuild('tools/plugin')\ninclude ':rn'\nproject(':rn').projectDir = new File(rootDir, 'node_modules/rn-lib/android')\n",
      'node_modules/rn-lib/android/build.gradle': "apply plugin: 'com.android.library'\n",
      'tools/plugin/build.gradle.kts': 'plugins { `kotlin-dsl` }\n',
      'tools/plugin/src/main/kotlin/Plugin.kt': 'class Plugin\n',
      'lib/build.gradle': "apply plugin: 'java'\n",
      'lib/src/main/java/Lib.java': 'public class Lib {}\n',
      'samples/demo/settings.gradle': "rootProject.name = 'demo'\n",
      'samples/demo/build.gradle': "apply plugin: 'java'\n",
      'samples/demo/sub/build.gradle': "apply plugin: 'java'\n",
      'samples/demo/sub/Sub.java': 'public class Sub {}\n',
    });
    const result = await discoverModules(dir);
    assert.deepEqual(result.modules.map((m) => [m.id, m.name]), [
      ['lib', ':lib'],
      ['samples/demo', 'demo'],
      ['samples/demo/sub', 'demo:sub'],
      ['tools/plugin', 'plugin'],
    ]);
    assert.deepEqual(result.warnings.map((w) => w.slice(0, w.indexOf(';'))), [
      'settings.gradle: names 0 projects, but 1 more folder of its build holds a build.gradle(.kts) (lib)',
      'samples/demo/settings.gradle: names 0 projects, but 1 more folder of its build holds a build.gradle(.kts) (samples/demo/sub)',
    ]);
  });
});
