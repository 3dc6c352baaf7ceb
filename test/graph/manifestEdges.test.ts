import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, it } from 'node:test';
import { manifestDependencies } from '../../src/graph/manifestDependencies.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { listedEdges } from '../helpers/listedEdges.ts';

const cliCargo = (withCore: boolean) => `[package]\nname = "shop_cli"\n\n[dependencies]\n${withCore ? 'shop_core = { path = "../core", version = "1" }\n' : ''}serde = "1"\n\n[dev-dependencies]\nshop_testkit = { path = "../testkit" }\n`;

// Projects whose code never names each other in a way the import resolver reads (a macro's path, a namespace
// both projects share, no import at all), but whose manifests say that one depends on the other.
const files = (withCore: boolean): Record<string, string> => ({
  'modules.json': JSON.stringify(['crates/core', 'crates/cli', 'crates/testkit', 'dotnet/Api', 'dotnet/Domain', 'js/web', 'js/ui', 'js/lint', 'dart/app', 'dart/api'].map((path) => ({ id: path, path }))),
  'crates/core/Cargo.toml': '[package]\nname = "shop_core"\n',
  'crates/core/src/lib.rs': '#[macro_export]\nmacro_rules! price { () => { 1 } }\n',
  'crates/cli/Cargo.toml': cliCargo(withCore),
  'crates/cli/src/main.rs': 'fn main() { println!("{}", shop_core::price!()); }\n',
  'crates/testkit/Cargo.toml': '[package]\nname = "shop_testkit"\n',
  'crates/testkit/src/lib.rs': 'pub fn fake() {}\n',
  'dotnet/Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <ProjectReference Include="..\\Domain\\Domain.csproj" />\n  </ItemGroup>\n</Project>\n',
  'dotnet/Api/Startup.cs': 'namespace Shop { public class Startup { public void Run() { Order.Place(); } } }\n',
  'dotnet/Domain/Domain.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
  'dotnet/Domain/Order.cs': 'namespace Shop { public static class Order { public static void Place() {} } }\n',
  'js/web/package.json': JSON.stringify({ name: '@shop/web', dependencies: { '@shop/ui': 'workspace:*', react: '^18' }, devDependencies: { '@shop/lint': '*' } }),
  'js/web/index.js': 'export const start = () => 1;\n',
  'js/ui/package.json': JSON.stringify({ name: '@shop/ui' }),
  'js/ui/index.js': 'export const button = () => 1;\n',
  'js/lint/package.json': JSON.stringify({ name: '@shop/lint' }),
  'js/lint/index.js': 'export const rules = [];\n',
  'dart/app/pubspec.yaml': 'name: shop_app\ndependencies:\n  flutter:\n    sdk: flutter\n  shop_api:\n    path: ../api\ndev_dependencies:\n  test: any\n',
  'dart/app/lib/main.dart': 'void main() {}\n',
  'dart/api/pubspec.yaml': 'name: shop_api\n',
  'dart/api/lib/api.dart': 'class Api {}\n',
});

describe("a manifest's dependencies on the repository's own projects are edges", () => {
  it('from Cargo path dependencies, .NET project references, npm and pub dependencies; not from development-only ones', async () => {
    const repo = tempDir();
    writeFiles(repo, files(true));
    const db = join(tempDir(), 'index.db');
    assert.deepEqual((await listedEdges(repo, db)).sort(), ['crates/cli -> crates/core', 'dart/app -> dart/api', 'dotnet/Api -> dotnet/Domain', 'js/web -> js/ui']);
    // a dependency taken out of a manifest takes its edge with it on the next run of the same index
    writeFiles(repo, { 'crates/cli/Cargo.toml': cliCargo(false) });
    assert.deepEqual((await listedEdges(repo, db)).sort(), ['dart/app -> dart/api', 'dotnet/Api -> dotnet/Domain', 'js/web -> js/ui']);
    writeFiles(repo, { 'crates/cli/Cargo.toml': cliCargo(true) });
    assert.ok((await listedEdges(repo, db)).includes('crates/cli -> crates/core'));
    // a file added elsewhere re-resolves every code import, and leaves the manifests' rows as they were
    const rows = (): string => {
      const raw = new Database(db, { readonly: true });
      try {
        return JSON.stringify(raw.prepare(`SELECT rowid, file, target FROM imports WHERE kind = 'manifest' ORDER BY rowid`).all());
      } finally {
        raw.close();
      }
    };
    const before = rows();
    writeFiles(repo, { 'js/ui/extra.js': "import { button } from './index.js';\n" });
    assert.ok((await listedEdges(repo, db)).includes('js/web -> js/ui'));
    assert.equal(rows(), before);
  });
});

describe('Gradle build scripts', () => {
  it('draw edges for project dependencies, typesafe accessors included; not for tests, nor for a project with no folder here', async () => {
    // Now in Android: `implementation(projects.core.datastoreProto)` in every module, no Kotlin import between some of them
    const repo = tempDir();
    writeFiles(repo, {
      'modules.json': JSON.stringify(['app', 'core/ui', 'core/datastore-proto', 'core/testing'].map((path) => ({ id: path, path }))),
      'settings.gradle.kts': 'rootProject.name = "shop"\ninclude(":app")\ninclude(":core:ui")\ninclude(":core:datastore-proto")\ninclude(":core:testing")\n',
      'app/build.gradle.kts': 'dependencies {\n    implementation(projects.core.ui)\n    implementation(projects.core.datastoreProto) // and project(":core:gone")\n    testImplementation(projects.core.testing)\n    implementation(project(":core:gone"))\n}\n',
      'app/src/main/kotlin/shop/app/Main.kt': 'package shop.app\nclass Main\n',
      'core/ui/build.gradle.kts': 'dependencies {\n    api project(\':core:datastore-proto\')\n}\n',
      'core/ui/src/main/kotlin/shop/ui/Button.kt': 'package shop.ui\nclass Button\n',
      'core/datastore-proto/build.gradle.kts': 'plugins { id("com.google.protobuf") }\n',
      'core/datastore-proto/src/main/kotlin/shop/proto/Prefs.kt': 'package shop.proto\nclass Prefs\n',
      'core/testing/build.gradle.kts': 'dependencies {}\n',
      'core/testing/src/main/kotlin/shop/testing/Rule.kt': 'package shop.testing\nclass Rule\n',
    });
    assert.deepEqual((await listedEdges(repo, join(tempDir(), 'index.db'))).sort(), ['app -> core/datastore-proto', 'app -> core/ui', 'core/ui -> core/datastore-proto']);
  });
});

describe('manifestDependencies', () => {
  it("reads a Gradle script's project paths and accessors in each spelling, not in comments or test configurations", () => {
    const kts = 'dependencies {\n  api(projects.core.common)\n  implementation(projects.core.datastoreProto) // project(":nope")\n  /* api(project(":old")) */\n  testImplementation(projects.core.testing)\n  implementation(project(path = ":feature:foryou"))\n  implementation(libs.kotlinx.datetime)\n}\n';
    assert.deepEqual(manifestDependencies('app/build.gradle.kts', kts), [
      { dirs: ['core/common'] },
      { dirs: ['core/datastore-proto', 'core/datastore_proto', 'core/datastoreProto'] },
      { dirs: ['feature/foryou'] },
    ]);
    assert.deepEqual(manifestDependencies('app/build.gradle', "dependencies {\n  implementation project(':lib-core')\n  androidTestImplementation project(':testing')\n}\n"), [{ dirs: ['lib-core'] }]);
  });

  it("reads Cargo's dependency tables, renamed packages and target-specific dependencies", () => {
    const cargo = [
      '[package]', 'name = "a"', '', '[dependencies]', 'b = { path = "../b" } # local', 'c = "1"', 'd2 = { package = "d", version = "1" }', '',
      '[dependencies.e]', 'path = "vendor/e"', '', "[target.'cfg(unix)'.dependencies]", 'f = { path = "../f" }', '', '[dev-dependencies]', 'g = { path = "../g" }', '',
      '[build-dependencies]', 'h = "1"',
    ].join('\n');
    assert.deepEqual(manifestDependencies('crates/a/Cargo.toml', cargo), [
      { dir: 'crates/b' }, { name: 'c' }, { name: 'd' }, { dir: 'crates/a/vendor/e' }, { dir: 'crates/f' }, { name: 'h' },
    ]);
  });

  it("reads Cargo's dotted keys and leaves [[bin]] tables and folders outside the repository out", () => {
    const cargo = ['[dependencies]', 'core.workspace = true', 'b.version = "1"', 'b.path = "../b"', 'far = { path = "../../../elsewhere" }', '', '[[bin]]', 'name = "tool"', 'path = "src/bin/tool.rs"', '', '[dependencies.c]', 'path = "../c"', '', '[[example]]', 'path = "examples/x.rs"'].join('\r\n');
    assert.deepEqual(manifestDependencies('crates/a/Cargo.toml', cargo), [{ name: 'core' }, { dir: 'crates/b' }, { dir: 'crates/c' }]);
  });

  it("reads a project reference's Include in any attribute order and quote, not in a comment or outside the repository", () => {
    const csproj = [
      '<ItemGroup>',
      '  <ProjectReference Condition="\'$(TargetFramework)\' == \'net8.0\'" Include=\'..\\Core\\Core.csproj\' />',
      '  <ProjectReference Include="$(MSBuildThisFileDirectory)..\\Storage\\Storage.csproj" />',
      '  <!-- <ProjectReference Include="..\\Old\\Old.csproj" /> -->',
      '  <ProjectReference Include="..\\..\\..\\other\\X.csproj" />',
      '</ItemGroup>',
    ].join('\n');
    assert.deepEqual(manifestDependencies('src/Api/Api.csproj', csproj), [{ dir: 'src/Core' }, { dir: 'src/Storage' }]);
    // a property naming the repository's root (RestSharp's tests); another property says nothing known
    const rooted = '<ProjectReference Include="$(RepoRoot)\\src\\Core\\Core.csproj" /><ProjectReference Include="$(SolutionDir)src/Storage/Storage.csproj" /><ProjectReference Include="$(ArtifactsPath)\\gen\\Gen.csproj" />';
    assert.deepEqual(manifestDependencies('test/Api.Tests/Api.Tests.csproj', rooted), [{ dir: 'src/Core' }, { dir: 'src/Storage' }]);
    assert.deepEqual(manifestDependencies('Api.csproj', rooted), [{ dir: 'src/Core' }, { dir: 'src/Storage' }]);
    // `$(SrcRoot)` is often src/ itself, arcade's `$(RepositoryEngineeringDir)` eng/, and a property may name a whole project: none read
    const others = '<ProjectReference Include="$(SrcRoot)Abstractions/Abstractions.csproj" /><ProjectReference Include="$(RepositoryEngineeringDir)x/X.csproj" /><ProjectReference Include="$(RepoRoot)" />';
    assert.deepEqual(manifestDependencies('test/Api.Tests/Api.Tests.csproj', others), []);
  });

  it('reads a pubspec with Windows line ends and comments at the margin; a git dependency\'s path is not a folder here', () => {
    const pubspec = 'name: app\r\ndependencies:\r\n  a: ^1.0.0\r\n# local ones\r\n  b:\r\n    path: ../b\r\n  c:\r\n    git:\r\n      url: https://example.com/c.git\r\n      path: packages/c\r\n';
    assert.deepEqual(manifestDependencies('apps/app/pubspec.yaml', pubspec), [{ name: 'a' }, { dir: 'apps/b' }, { name: 'c' }]);
  });

  it('reads a project reference with backslashes, at the root or below it; a pubspec by path or by name; bad JSON as none', () => {
    assert.deepEqual(manifestDependencies('src/Api/Api.csproj', '<ProjectReference Include="..\\Core\\Core.csproj" /><ProjectReference Include="..\\..\\Tool.csproj"/>'), [{ dir: 'src/Core' }, { dir: '' }]);
    assert.deepEqual(manifestDependencies('pubspec.yaml', 'name: x\ndependencies:\n  a: ^1.0.0\n  b:\n    path: "packages/b"\n  c: # comment\n    git: https://example.com/c\n'), [{ name: 'a' }, { dir: 'packages/b' }, { name: 'c' }]);
    assert.deepEqual(manifestDependencies('package.json', '{ "dependencies": '), []);
    assert.deepEqual(manifestDependencies('package.json', JSON.stringify({ peerDependencies: { p: '*' }, optionalDependencies: { o: '*' }, devDependencies: { d: '*' } })), [{ name: 'p' }, { name: 'o' }]);
  });
});
