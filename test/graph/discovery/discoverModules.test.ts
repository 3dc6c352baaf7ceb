import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { createModuleResolver } from '../../../src/graph/discovery/createModuleResolver.ts';
import { discoverModules } from '../../../src/graph/discovery/discoverModules.ts';
import type { ModuleDef } from '../../../src/graph/types.ts';
import { tempDir, writeFiles } from '../../helpers/gitFixture.ts';
import { ConfigError } from '../../../src/errors.ts';
import type { Config } from '../../../src/config/configSchema.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

/** Plain objects, so deepEqual compares them with literal expectations (ModuleId is a branded string). */
const plain = (modules: ModuleDef[]): Record<string, string>[] => modules.map((m) => ({ ...m }));

describe('discoverModules: manifests', () => {
  it('npm workspaces: globs, negation, only dirs with package.json; root owns scripts/ and the excluded package', async () => {
    const result = await discoverModules(fixture('npm-workspaces'));
    assert.equal(result.source, 'npm-workspaces');
    assert.deepEqual(plain(result.modules), [
      { id: '.', path: '' },
      { id: 'apps/web', path: 'apps/web', name: 'web', description: 'The web app', manifest: 'apps/web/package.json' },
      { id: 'packages/core', path: 'packages/core', name: '@acme/core', description: 'Core utilities', manifest: 'packages/core/package.json' },
      { id: 'packages/ui', path: 'packages/ui', name: '@acme/ui', manifest: 'packages/ui/package.json' },
    ]);
    assert.deepEqual(result.warnings, []);
  });

  it("a package of another kind beside declared modules in a top-level folder is a module, not the root's (bloc's extensions/vscode)", async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'packages/bloc/pubspec.yaml': 'name: bloc\n', 'packages/bloc/lib/bloc.dart': 'class Bloc {}\n',
      'extensions/dart_tools/pubspec.yaml': 'name: dart_tools\n', 'extensions/dart_tools/lib/tools.dart': 'void run() {}\n',
      'extensions/vscode/package.json': '{"name": "bloc-vscode", "description": "Support for the bloc library in VS Code"}\n',
      'extensions/vscode/src/extension.ts': 'export function activate() {}\n',
      // another Dart package no pubspec names as such stays where the Dart manifests left it
      'extensions/snippets/lib/snippets.dart': 'void snippet() {}\n',
      'main.dart': 'void main() {}\n',
    });
    const result = await discoverModules(dir);
    assert.equal(result.source, 'pub');
    assert.deepEqual(result.modules.map((m) => m.id), ['.', 'extensions/dart_tools', 'extensions/vscode', 'packages/bloc']);
    assert.equal(result.modules.find((m) => m.id === 'extensions/vscode')?.description, 'Support for the bloc library in VS Code');
  });

  it("a documentation site or a folder of examples beside declared modules is a module, not the root's (FastAPI's docs/, TanStack Query's)", async () => {
    const dir = tempDir();
    const pages = (folder: string, n: number): Record<string, string> =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`${folder}/page${i}.md`, `# Page ${i}\n`]));
    writeFiles(dir, {
      'package.json': '{"name": "root", "private": true, "workspaces": ["packages/*"]}\n',
      'packages/core/package.json': '{"name": "core"}\n', 'packages/core/index.ts': 'export const core = 1;\n',
      ...pages('docs/en/guides', 3), ...pages('docs/de/guides', 3),
      'examples/react/app.tsx': 'export const App = () => null;\n', ...pages('examples/react', 4),
      // tests and scripts serve the root's own build; a docs folder of one page says nothing apart
      'scripts/release.ts': 'export const release = () => {};\n', ...pages('scripts', 5),
      'website/README.md': '# Site\n',
    });
    const result = await discoverModules(dir);
    assert.equal(result.source, 'npm-workspaces');
    assert.deepEqual(result.modules.map((m) => m.id), ['.', 'docs', 'examples', 'packages/core']);
    // a docs site built into a git-ignored folder holds nothing the index reads
    writeFiles(dir, { '.gitignore': 'node_modules\n/docs\n' });
    assert.deepEqual((await discoverModules(dir)).modules.map((m) => m.id), ['.', 'examples', 'packages/core']);
    // Elixir's guides/ and manual pages' man/ are documentation too (absinthe's 41 guides had been the root's)
    writeFiles(dir, { ...pages('guides/introduction', 5), 'man/core.1': '.TH CORE 1\n', 'man/core-init.1': '.TH CORE-INIT 1\n', ...pages('man', 3) });
    assert.deepEqual((await discoverModules(dir)).modules.map((m) => m.id), ['.', 'examples', 'guides', 'man', 'packages/core']);
  });

  it('pnpm-workspace.yaml: quoted items, comments, negation, stops at the next key', async () => {
    const result = await discoverModules(fixture('pnpm-workspace'));
    assert.equal(result.source, 'pnpm-workspace');
    assert.deepEqual(plain(result.modules), [
      { id: '.', path: '' }, // packages/internal-x is excluded but holds index.ts
      { id: 'packages/a', path: 'packages/a', name: 'a', description: 'Package A', manifest: 'packages/a/package.json' },
      { id: 'packages/b', path: 'packages/b', name: 'b', manifest: 'packages/b/package.json' },
      { id: 'tools/cli', path: 'tools/cli', name: 'cli', manifest: 'tools/cli/package.json' },
    ]);
  });

  it('gradle: include forms, continuation lines, comments, simple projectDir override, build.gradle description, gradle.properties POM_DESCRIPTION, no templated task description', async () => {
    const result = await discoverModules(fixture('gradle-multi-project'));
    assert.equal(result.source, 'gradle');
    const m = 'settings.gradle';
    assert.deepEqual(plain(result.modules), [
      { id: 'app', path: 'app', name: ':app', description: 'The Android app', manifest: m },
      { id: 'core/data', path: 'core/data', name: ':core:data', manifest: m },
      { id: 'core/model', path: 'core/model', name: ':core:model', description: 'Domain model', manifest: m },
      { id: 'feature/profile', path: 'feature/profile', name: ':feature:profile', description: 'Profile screens and editing.', manifest: m },
      // Its build.gradle describes a test task per JDK ("… on JDK $majorVersion"), not the project (retrofit's java-test).
      { id: 'feature/search', path: 'feature/search', name: ':feature:search', manifest: m },
      { id: 'old/legacy-lib', path: 'old/legacy-lib', name: ':legacy', manifest: m },
    ]);
    assert.deepEqual(result.warnings, []);
  });

  it('gradle: nested builds beside another build system, projects named after their root project; a build without includes is one module', async () => {
    const result = await discoverModules(fixture('gradle-nested-build'));
    assert.equal(result.source, 'gradle'); // three Gradle modules against one CMake module
    const android = 'platform/android/settings.gradle.kts';
    assert.deepEqual(plain(result.modules), [
      { id: 'core', path: 'core', manifest: 'core/CMakeLists.txt' },
      { id: 'platform/android/app', path: 'platform/android/app', name: 'EngineDemo:app', manifest: android },
      {
        id: 'platform/android/lib',
        path: 'platform/android/lib',
        name: 'EngineDemo:lib',
        description: 'Kotlin bindings for the engine',
        manifest: android,
      },
      { id: 'plugins/idea', path: 'plugins/idea', name: 'engine-idea-plugin', manifest: 'plugins/idea/settings.gradle' },
    ]);
    assert.deepEqual(result.warnings, []);
  });

  it('maven: recursive <modules>, own artifactId (not parent/dependency), description, commented modules ignored', async () => {
    const result = await discoverModules(fixture('maven-multi-module'));
    assert.equal(result.source, 'maven');
    assert.deepEqual(plain(result.modules), [
      { id: 'core', path: 'core', name: 'acme-core', description: 'Core domain & model', manifest: 'core/pom.xml' },
      { id: 'services', path: 'services', name: 'acme-services', manifest: 'services/pom.xml' },
      { id: 'services/api', path: 'services/api', name: 'acme-api', description: 'Service API', manifest: 'services/api/pom.xml' },
      { id: 'services/impl', path: 'services/impl', name: 'acme-impl', manifest: 'services/impl/pom.xml' },
    ]);
  });

  it('cargo: member globs minus exclude, crate name and description; root owns the excluded crate', async () => {
    const result = await discoverModules(fixture('cargo-workspace'));
    assert.equal(result.source, 'cargo');
    assert.deepEqual(plain(result.modules), [
      { id: '.', path: '' },
      { id: 'crates/cli', path: 'crates/cli', name: 'acme-cli', description: 'Command line for acme', manifest: 'crates/cli/Cargo.toml' },
      { id: 'crates/engine', path: 'crates/engine', name: 'acme-engine', description: 'The # engine', manifest: 'crates/engine/Cargo.toml' },
      { id: 'tools/xtask', path: 'tools/xtask', name: 'xtask', manifest: 'tools/xtask/Cargo.toml' },
    ]);
  });

  it("cargo: a path dependency inside the workspace is a member, as Cargo has it (nushell's nu-path), transitively; one outside or excluded is not", async () => {
    const dir = tempDir();
    const crate = (name: string, deps = '') => `[package]\nname = "${name}"\nversion = "0.1.0"\n\n${deps}`;
    writeFiles(dir, {
      'Cargo.toml': '[workspace]\nmembers = ["crates/nu-command"]\nexclude = ["crates/old"]\n\n[workspace.dependencies]\nnu-path = { path = "crates/nu-path", version = "0.1" } # paths\nnu-old = { path = "crates/old" }\nserde = "1"\n',
      'crates/nu-command/Cargo.toml': crate('nu-command', '[dependencies]\nnu-path = { workspace = true }\n\n[dev-dependencies.nu-test-support]\npath = "../nu-test-support"\n\n[target.\'cfg(unix)\'.dependencies]\nouter = { path = "../../../elsewhere" }\n'),
      'crates/nu-command/src/lib.rs': 'pub fn run() {}\n',
      'crates/nu-path/Cargo.toml': crate('nu-path', '[dependencies]\nnu-glob = { path = "../nu-glob" }\n'),
      'crates/nu-path/src/lib.rs': 'pub fn expand() {}\n',
      'crates/nu-glob/Cargo.toml': crate('nu-glob'),
      'crates/nu-glob/src/lib.rs': 'pub fn glob() {}\n',
      'crates/nu-test-support/Cargo.toml': crate('nu-test-support'),
      'crates/nu-test-support/src/lib.rs': 'pub fn harness() {}\n',
      'crates/old/Cargo.toml': crate('nu-old'),
      'crates/old/src/lib.rs': 'pub fn old() {}\n',
    });
    const result = await discoverModules(dir);
    assert.equal(result.source, 'cargo');
    assert.deepEqual(result.modules.map((m) => m.id), ['.', 'crates/nu-command', 'crates/nu-glob', 'crates/nu-path', 'crates/nu-test-support']);
    assert.equal(result.modules.find((m) => m.id === 'crates/nu-path')?.name, 'nu-path');
  });

  it('with no root module, a top-level folder of data no module holds is a module, a folder of a file or two is not', async () => {
    // helix 25.07: runtime/ (tree-sitter queries, themes) beside a virtual Cargo workspace was indexed by nobody
    const repo = tempDir();
    writeFiles(repo, {
      'Cargo.toml': '[workspace]\nmembers = ["helix-core", "helix-term"]\n',
      'helix-core/Cargo.toml': '[package]\nname = "helix-core"\n',
      'helix-core/src/lib.rs': 'pub fn core() {}\n',
      'helix-term/Cargo.toml': '[package]\nname = "helix-term"\n',
      'helix-term/src/main.rs': 'fn main() {}\n',
      ...Object.fromEntries(['rust', 'python', 'go'].flatMap((l) => [[`runtime/queries/${l}/highlights.scm`, '(identifier) @variable\n'], [`runtime/queries/${l}/indents.scm`, '(block) @indent\n']])),
      'runtime/themes/onedark.toml': '"ui.text" = "white"\n',
      'assets/logo.txt': 'helix\n',
      // screenshots, and a folder the repository ignores, are no modules
      ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`screenshots/s${i}.png`, 'png'])),
      ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`site/page${i}.html`, '<p>built</p>'])),
      '.gitignore': 'site/\n',
    });
    const result = await discoverModules(repo);
    assert.deepEqual(result.modules.map((m) => m.path), ['helix-core', 'helix-term', 'runtime']);
  });

  it('manifests of one language leave the others\' top-level directories as modules, not in the root', async () => {
    const result = await discoverModules(fixture('polyglot-manifests'));
    assert.equal(result.source, 'go');
    // web/ (a package.json without workspaces), ml/ (Python without a root pyproject) and migrator/ (a crate
    // outside any Cargo workspace) have no manifest a discoverer reads; tests/ is a supporting folder
    // and stays with the root.
    assert.deepEqual(result.modules.map((m) => m.id), ['.', 'migrator', 'ml', 'services/auth', 'services/billing', 'web']);
    // web/ says what it is in its package.json: the module carries it (the summary starts with it).
    const web = result.modules.find((m) => m.id === 'web');
    assert.equal(web?.name, 'web');
    assert.equal(web?.description, 'Customer dashboard');
    // and so does migrator/ in its Cargo.toml.
    const migrator = result.modules.find((m) => m.id === 'migrator');
    assert.deepEqual([migrator?.name, migrator?.description], ['shop-migrate', 'Moves orders between database schemas']);
  });

  it('ruby: every gemspec below the root is a gem module (name, summary); the root gemspec beside them makes the root one; fixtures ignored', async () => {
    const result = await discoverModules(fixture('ruby-gems'));
    assert.equal(result.source, 'rubygems');
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.modules.map((m) => [m.id, m.name, m.description, m.manifest]), [
      ['.', 'trainset', 'The whole train.', 'ruby-gems.gemspec'],
      ['caboose', 'caboose', 'Signals and lanterns for the last car', 'caboose/caboose.gemspec'],
      ['railcar', 'railcar', 'Rolling stock: engines, wheels and couplings.', 'railcar/railcar.gemspec'],
    ]);
  });

  it("a root gem's lib/ beside gems below it is the root's code, not a gap (sinatra beside rack-protection)", async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'sinatra.gemspec': 'Gem::Specification.new do |s|\n  s.name = "sinatra"\n  s.summary = "Classy web-development dressed in a DSL"\nend\n',
      'lib/sinatra/base.rb': 'module Sinatra\n  class Base\n  end\nend\n',
      'rack-protection/rack-protection.gemspec': 'Gem::Specification.new do |s|\n  s.name = "rack-protection"\nend\n',
      'rack-protection/lib/rack/protection.rb': 'module Rack\n  module Protection\n  end\nend\n',
      'sinatra-contrib/sinatra-contrib.gemspec': 'Gem::Specification.new do |s|\n  s.name = "sinatra-contrib"\nend\n',
      'sinatra-contrib/lib/sinatra/json.rb': 'module Sinatra\n  module JSON\n  end\nend\n',
      'test/base_test.rb': 'class BaseTest\nend\n',
      // a folder of another language beside them is still a gap of its own
      'web/src/app.ts': 'export const app = 1;\n',
    });
    const result = await discoverModules(dir);
    assert.deepEqual(result.modules.map((m) => [m.id, m.name ?? null]), [['.', 'sinatra'], ['rack-protection', 'rack-protection'], ['sinatra-contrib', 'sinatra-contrib'], ['web', null]]);
  });

  it('a Rails application (Gemfile beside app/) is split by kind: app/models, app/controllers …', async () => {
    const result = await discoverModules(fixture('rails-app'));
    assert.equal(result.source, 'directories');
    assert.deepEqual(result.modules.map((m) => m.id), ['app/controllers', 'app/jobs', 'app/models', 'app/policies', 'config']);
  });

  it("a Rails application's folders of no source under app/ (views, assets) are modules too, a folder of a few files not", async () => {
    const dir = tempDir();
    const views = Object.fromEntries(['index', 'show', 'edit', 'new', '_form'].map((v) => [`app/views/stories/${v}.html.erb`, `<h1>${v} story</h1>\n`]));
    writeFiles(dir, {
      Gemfile: "source 'https://rubygems.org'\ngem 'rails'\n",
      'app/models/story.rb': 'class Story < ApplicationRecord\nend\n',
      'app/controllers/stories_controller.rb': 'class StoriesController < ApplicationController\nend\n',
      ...views,
      'app/assets/stylesheets/application.css': 'body { color: black }\n',
      'app/assets/stylesheets/dark.css': 'body { color: white }\n',
      'app/assets/stylesheets/print.css': 'body { color: gray }\n',
      'app/assets/stylesheets/mobile.css': 'body { margin: 0 }\n',
      'app/assets/stylesheets/admin.css': 'body { margin: 1px }\n',
      // a folder of one file, and one of images only, stay out
      'app/channels/story_channel.json': '{}\n',
      'app/images/logo.png': 'png',
      'config/routes.rb': 'Rails.application.routes.draw do\nend\n',
    });
    const result = await discoverModules(dir);
    assert.deepEqual(result.modules.map((m) => m.id), ['app/assets', 'app/controllers', 'app/models', 'app/views', 'config']);
  });

  it('a top-level folder of code of its own that also holds declared modules is a module for its own files (navidrome plugins/)', async () => {
    const dir = tempDir();
    const goFile = (pkg: string) => `package ${pkg}\n\nfunc Run() {}\n`;
    writeFiles(dir, {
      'go.mod': 'module example.com/music\n\ngo 1.22\n',
      'main.go': goFile('main'),
      'server/server.go': goFile('server'),
      'plugins/manager.go': goFile('plugins'),
      'plugins/watcher.go': goFile('plugins'),
      'plugins/host_cache.go': goFile('plugins'),
      'plugins/manager_test.go': goFile('plugins'),
      'plugins/examples/minimal/go.mod': 'module example.com/minimal\n\ngo 1.22\n',
      'plugins/examples/minimal/main.go': goFile('main'),
      // release scripts and a build file beside a declared module make no module (koin's projects/)
      'tools/release.sh': '#!/bin/sh\necho release\n',
      'tools/build.gradle.kts': 'plugins { }\n',
      'tools/gen/go.mod': 'module example.com/gen\n\ngo 1.22\n',
      'tools/gen/main.go': goFile('main'),
    });
    const result = await discoverModules(dir);
    assert.deepEqual(result.modules.map((m) => m.id), ['.', 'plugins', 'plugins/examples/minimal', 'server', 'tools/gen']);
  });

  it("a root package keeping most of the code beside small packages is split where its lib/ branches (livebook); a smaller one stays whole", async () => {
    const app = (root: string, kept: number) => {
      const dir = tempDir();
      const files: Record<string, string> = {
        'mix.exs': 'defmodule Livebook.MixProject do\n  use Mix.Project\nend\n',
        'lib/livebook.ex': 'defmodule Livebook do\nend\n',
        'lib/livebook_web.ex': 'defmodule LivebookWeb do\nend\n',
        'elixirkit/mix.exs': 'defmodule ElixirKit.MixProject do\n  use Mix.Project\nend\n',
        'elixirkit/lib/elixir_kit.ex': 'defmodule ElixirKit do\nend\n',
        'iframe/mix.exs': 'defmodule Iframe.MixProject do\n  use Mix.Project\nend\n',
        'iframe/lib/iframe.ex': 'defmodule Iframe do\nend\n',
      };
      for (let i = 0; i < kept; i++) {
        files[`lib/${root}/notebook_${i}.ex`] = `defmodule Livebook.Notebook${i} do\nend\n`;
        files[`lib/${root}_web/live_${i}.ex`] = `defmodule LivebookWeb.Live${i} do\nend\n`;
      }
      writeFiles(dir, files);
      return dir;
    };
    const big = await discoverModules(app('livebook', 40));
    assert.deepEqual(big.modules.map((m) => m.id), ['.', 'elixirkit', 'iframe', 'lib/livebook', 'lib/livebook_web']);
    const small = await discoverModules(app('livebook', 20));
    assert.deepEqual(small.modules.map((m) => m.id), ['.', 'elixirkit', 'iframe']);
  });

  it('dart: every pubspec.yaml below the root is a package module (name; description, folded block too)', async () => {
    const result = await discoverModules(fixture('dart-packages'));
    assert.equal(result.source, 'pub');
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.modules.map((m) => [m.id, m.name, m.description]), [
      ['.', 'shop_workspace', undefined],
      ['apps/shop_app', 'shop_app', 'The shop app.'],
      ['packages/shop_core', 'shop_core', 'Carts, prices and orders.'],
    ]);
  });

  it('.NET: every project below the root is a module, named by AssemblyName or its file, described by <Description>', async () => {
    const result = await discoverModules(fixture('dotnet-solution'));
    assert.equal(result.source, 'dotnet');
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.modules.map((m) => [m.id, m.name, m.description, m.manifest]), [
      ['src/Shop.Api', 'Shop.Api', 'Web API & webhooks for orders', 'src/Shop.Api/Shop.Api.csproj'],
      ['src/Shop.Domain', 'Acme.Shop.Domain', undefined, 'src/Shop.Domain/Shop.Domain.csproj'],
      ['src/Shop.Domain.Pricing', 'Shop.Domain.Pricing', undefined, 'src/Shop.Domain.Pricing/Shop.Domain.Pricing.csproj'],
      ['tests/Shop.Domain.Tests', 'Shop.Domain.Tests', undefined, 'tests/Shop.Domain.Tests/Shop.Domain.Tests.csproj'],
    ]);
  });

  it('lerna: lerna.json packages globs (folders with a package.json), for monorepos without npm workspaces', async () => {
    const result = await discoverModules(fixture('lerna-monorepo'));
    assert.equal(result.source, 'lerna');
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.modules.map((m) => [m.id, m.name, m.description]), [
      ['modules/cli', '@acme/cli', undefined],
      ['modules/core', '@acme/core', 'Parses and formats invoices.'],
    ]);
  });

  it('nx: every project.json below the root is a project module, named by it', async () => {
    const result = await discoverModules(fixture('nx-workspace'));
    assert.equal(result.source, 'nx');
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.modules.map((m) => [m.id, m.name]), [['apps/shop', 'shop'], ['libs/cart', 'cart']]);
  });

  it("a package among the examples or tests names no layout: the library is split by its folders (ecto's example app)", async () => {
    // ecto 3.14: examples/friends/mix.exs had made Mix the layout, the example five modules and the library one root
    const dir = tempDir();
    const files: Record<string, string> = {
      'mix.exs': 'defmodule Ecto.MixProject do\n  use Mix.Project\n  def project, do: [app: :ecto]\nend\n',
      'examples/friends/mix.exs': 'defmodule Friends.MixProject do\n  use Mix.Project\n  def project, do: [app: :friends]\nend\n',
      'examples/friends/lib/friends.ex': 'defmodule Friends do\nend\n', 'examples/friends/config/config.exs': 'import Config\n',
      'lib/ecto.ex': 'defmodule Ecto do\nend\n', 'lib/ecto/multi.ex': 'defmodule Ecto.Multi do\nend\n', 'test/ecto_test.exs': 'defmodule EctoTest do\nend\n',
    };
    for (const area of ['query', 'changeset', 'repo']) for (let i = 0; i < 3; i++) files[`lib/ecto/${area}/f${i}.ex`] = `defmodule Ecto.F${i} do\nend\n`;
    writeFiles(dir, files);
    const result = await discoverModules(dir);
    assert.equal(result.source, 'directories');
    assert.deepEqual(result.modules.map((m) => m.id), ['.', 'examples', 'lib/ecto', 'lib/ecto/changeset', 'lib/ecto/query', 'lib/ecto/repo', 'test']);
  });

  it('elixir: every mix.exs below the root (an umbrella\'s apps) is a module, named by app:, with the root beside them', async () => {
    const result = await discoverModules(fixture('elixir-umbrella'));
    assert.equal(result.source, 'mix');
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.modules.map((m) => [m.id, m.name, m.description]), [
      ['.', undefined, undefined],
      ['apps/shop', 'shop', 'Accounts, carts and orders.'],
      ['apps/shop_web', 'shop_web', undefined],
    ]);
  });

  it('sbt: the root build.sbt\'s projects, in file("dir") or named like their val; commented-out ones ignored', async () => {
    const result = await discoverModules(fixture('sbt-multi-project'));
    assert.equal(result.source, 'sbt');
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.modules.map((m) => [m.id, m.name]), [['.', 'root'], ['core', 'core'], ['modules/api', 'api']]);
  });

  it("sbt: a crossProject's directory from its settings chain, or its val's name (cats' tests had stayed in the root)", async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'build.sbt': [
        'lazy val commonJvmSettings = Seq(fork := true)',
        'lazy val kernel = crossProject(JSPlatform, JVMPlatform)',
        '  .crossType(CrossType.Pure)',
        '  .in(file("kernel"))',
        '  .settings(moduleName := "cats-kernel")',
        'lazy val kernelLaws = crossProject(JSPlatform, JVMPlatform)',
        '  .in(file("kernel-laws"))',
        '  .dependsOn(kernel)',
        'lazy val tests = crossProject(JSPlatform, JVMPlatform)',
        '  .dependsOn(kernelLaws % Test)',
        'lazy val bench = project.dependsOn(kernel.jvm)',
        'lazy val docs = project.in(file("site"))',
        '',
      ].join('\n'),
      'kernel/src/main/scala/cats/kernel/Eq.scala': 'package cats.kernel\ntrait Eq[A]\n',
      'kernel-laws/src/main/scala/cats/kernel/laws/EqLaws.scala': 'package cats.kernel.laws\ntrait EqLaws[A]\n',
      'tests/shared/src/test/scala/cats/tests/EqSuite.scala': 'package cats.tests\nclass EqSuite\n',
      'bench/src/main/scala/cats/bench/EqBench.scala': 'package cats.bench\nclass EqBench\n',
    });
    const result = await discoverModules(dir);
    assert.equal(result.source, 'sbt');
    assert.deepEqual(result.modules.map((m) => m.id).sort(), ['bench', 'kernel', 'kernel-laws', 'tests']);
    assert.deepEqual(result.warnings, ['build.sbt: declared module directory "site" does not exist; skipped']);
  });

  it('php: every composer.json below the root is a package module; a broken one is reported and its folder stays with the root', async () => {
    const result = await discoverModules(fixture('php-packages'));
    assert.equal(result.source, 'composer');
    assert.deepEqual(result.modules.map((m) => [m.id, m.name, m.description]), [
      ['.', 'tramway/framework', 'The Tramway framework.'],
      ['src/Tramway/Collections', 'tramway/collections', 'Collections of stops.'],
      ['src/Tramway/Routing', 'tramway/routing', 'Routes requests to stops.'],
      ['src/Tramway/Support', 'tramway/support', undefined],
    ]);
    assert.equal(result.warnings.length, 1);
    assert.match(result.warnings[0] ?? '', /^src\/Tramway\/Ticket\/composer\.json: not valid JSON \(.+\); skipped$/);
  });

  it("php: a lone package's src/ takes the repository's description; composer-bin-plugin's vendor-bin/ pins are no modules", async () => {
    // guzzle: composer.json at the root, its code in src/ split by folder, three tool pins in vendor-bin/
    const dir = tempDir();
    writeFiles(dir, {
      'composer.json': JSON.stringify({ name: 'guzzlehttp/guzzle', description: 'Guzzle is a PHP HTTP client library' }),
      // a package.json for the docs' tooling says nothing of the package
      'package.json': JSON.stringify({ private: true }),
      'src/Client.php': '<?php\nnamespace GuzzleHttp;\nclass Client {}\n',
      'src/Handler/CurlHandler.php': '<?php\nnamespace GuzzleHttp\\Handler;\nclass CurlHandler {}\n',
      'src/Cookie/CookieJar.php': '<?php\nnamespace GuzzleHttp\\Cookie;\nclass CookieJar {}\n',
      'vendor-bin/phpstan/composer.json': JSON.stringify({ require: { 'phpstan/phpstan': '1.10' } }),
      'vendor-bin/psalm/composer.json': JSON.stringify({ require: { 'vimeo/psalm': '5.0' } }),
    });
    const result = await discoverModules(dir);
    assert.deepEqual(result.modules.map((m) => [m.id, m.description]), [['src', 'Guzzle is a PHP HTTP client library'], ['src/Cookie', undefined], ['src/Handler', undefined]]);
    // a module list naming src/ takes it the same (got's listed source/ had lost its package's description) …
    writeFiles(dir, { 'modules.json': JSON.stringify([{ id: 'client', path: 'src' }, { id: 'handler', path: 'src/Handler' }]) });
    const listed = await discoverModules(dir, { modulesFile: `${dir}/modules.json` });
    assert.deepEqual(listed.modules.map((m) => [m.id, m.description]), [['client', 'Guzzle is a PHP HTTP client library'], ['handler', undefined]]);
    // … but not beside a listed root, which the root's manifest describes
    writeFiles(dir, { 'modules.json': JSON.stringify([{ id: 'guzzle', path: '' }, { id: 'client', path: 'src' }]) });
    const withRoot = await discoverModules(dir, { modulesFile: `${dir}/modules.json` });
    assert.deepEqual(withRoot.modules.map((m) => [m.id, m.description]), [['client', undefined], ['guzzle', 'Guzzle is a PHP HTTP client library']]);
  });

  it("an application's lib/ of a few tasks beside its app/ takes no package's description (maybe's Rails app)", async () => {
    const dir = tempDir();
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: 'maybe', description: 'The OS for your personal finances' }),
      'lib/tasks/demo.rake': 'task :demo do\nend\n', 'lib/money.rb': 'class Money\nend\n',
    };
    for (let i = 0; i < 6; i++) files[`app/models/account_${i}.rb`] = `class Account${i}\nend\n`;
    for (let i = 0; i < 3; i++) files[`app/controllers/accounts_${i}_controller.rb`] = `class Accounts${i}Controller\nend\n`;
    writeFiles(dir, files);
    const result = await discoverModules(dir);
    assert.deepEqual(result.modules.map((m) => [m.id, m.description]), [['app/controllers', undefined], ['app/models', undefined], ['lib', undefined]]);
  });

  it("the module named like the package takes the package's description; a gem's summary describes its lib/", async () => {
    // black: pyproject.toml at the root beside CI files and a Vim plugin, three packages under src/
    const py = tempDir();
    writeFiles(py, {
      'pyproject.toml': '[project]\nname = "black"\ndescription = "The uncompromising code formatter."\n',
      'plugin/black.vim': '" vim plugin\n', 'noxfile.py': 'def tests(session):\n    pass\n',
      'src/black/__init__.py': 'def format_str(s):\n    return s\n', 'src/black/mode.py': 'class Mode:\n    pass\n',
      'src/blackd/__init__.py': 'def serve():\n    pass\n', 'src/blib2to3/__init__.py': 'def parse():\n    pass\n',
    });
    const described = (await discoverModules(py)).modules.filter((m) => m.description !== undefined).map((m) => [m.id, m.description]);
    assert.deepEqual(described.filter(([id]) => id !== '.'), [['src/black', 'The uncompromising code formatter.']]);
    // puma: a gemspec at the root, no root module, its code in lib/
    const gem = tempDir();
    writeFiles(gem, {
      'puma.gemspec': 'Gem::Specification.new do |s|\n  s.name = "puma"\n  s.summary = "A Ruby/Rack web server built for parallelism."\nend\n',
      'lib/puma.rb': 'module Puma; end\n', 'lib/puma/server.rb': 'module Puma\n  class Server; end\nend\n', 'lib/rack/handler/puma.rb': 'module Rack; end\n',
      'test/test_server.rb': 'class TestServer; end\n', 'ext/puma_http11/http11_parser.c': 'int parse(void) { return 0; }\n',
    });
    const lib = (await discoverModules(gem)).modules.find((m) => m.path === 'lib');
    assert.equal(lib?.description, 'A Ruby/Rack web server built for parallelism.');
  });

  it('directories: a folder holding four in five of the code is followed down as a lone src/ is, beside a config folder', async () => {
    // Composer 2.5: `phpstan/` (one .neon.php file) had kept src/Composer's 278 files one module.
    const result = await discoverModules(fixture('dominant-code-folder'));
    assert.equal(result.source, 'directories');
    assert.deepEqual(result.modules.map((m) => m.id), ['phpstan', 'src/Acme/Cli', 'src/Acme/Db', 'src/Acme/Http', 'tests']);
  });

  it("directories: a folder's few loose files beside the folder of the code are a module, and the descent goes on", async () => {
    // Composer 2.10: src/bootstrap.php beside src/Composer had stopped it there, 308 of 310 code files one module.
    const dir = tempDir();
    const files: Record<string, string> = { 'composer.json': JSON.stringify({ name: 'acme/tool' }), 'src/bootstrap.php': '<?php\nrequire "x";\n', 'src/Acme/Factory.php': '<?php\nclass Factory {}\n' };
    for (const area of ['Cli', 'Db', 'Http']) for (let i = 0; i < 4; i++) files[`src/Acme/${area}/C${i}.php`] = `<?php\nclass C${i} {}\n`;
    writeFiles(dir, files);
    assert.deepEqual((await discoverModules(dir)).modules.map((m) => m.id), ['src', 'src/Acme', 'src/Acme/Cli', 'src/Acme/Db', 'src/Acme/Http']);
    // four loose files, or a folder of fewer than ten times their number, stop it as before
    writeFiles(dir, { 'src/a.php': '<?php\n', 'src/b.php': '<?php\n', 'src/c.php': '<?php\n' });
    assert.deepEqual((await discoverModules(dir)).modules.map((m) => m.id), ['src', 'src/Acme']);
  });

  it("python: a package holding four in five of the code packages' files is split the same, beside a helper package", async () => {
    // Sphinx 5.3: a root `utils/` of release scripts beside `sphinx/` had kept all 174 of its files one module.
    const result = await discoverModules(fixture('python-dominant-package'));
    assert.deepEqual(result.modules.map((m) => m.id), ['.', 'docgen', 'docgen/builders', 'docgen/domains', 'docgen/util', 'utils']);
  });

  it('python: a library of one package is its subpackages (one level more where a subpackage holds 4 or more)', async () => {
    const result = await discoverModules(fixture('python-single-package'));
    assert.equal(result.source, 'python');
    assert.deepEqual(result.modules.map((m) => [m.id, m.name]), [
      ['.', undefined], // pyproject.toml and tests/ stay with the root
      ['shopkit', 'shopkit'],
      ['shopkit/contrib', 'shopkit.contrib'],
      ['shopkit/contrib/auth', 'shopkit.contrib.auth'],
      ['shopkit/contrib/cart', 'shopkit.contrib.cart'],
      ['shopkit/contrib/mail', 'shopkit.contrib.mail'],
      ['shopkit/contrib/search', 'shopkit.contrib.search'],
      ['shopkit/db', 'shopkit.db'],
    ]);
    // the project's description is its library's (httpx's package card had none)
    assert.deepEqual(result.modules.filter((m) => m.description !== undefined).map((m) => [m.id, m.description]), [['shopkit', 'A shop toolkit']]);
  });

  it("python: a folder of modules without __init__.py beside subpackages is a namespace package, a module too (Dispatch's ai/)", async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'pyproject.toml': '[project]\nname = "dispatch"\n',
      'src/dispatch/__init__.py': '',
      'src/dispatch/incident/__init__.py': '', 'src/dispatch/incident/service.py': 'def create():\n    pass\n',
      'src/dispatch/signal/__init__.py': '', 'src/dispatch/signal/service.py': 'def dedupe():\n    pass\n',
      // PEP 420: no __init__.py, imported as dispatch.ai.service
      'src/dispatch/ai/service.py': 'def summarize():\n    pass\n', 'src/dispatch/ai/models.py': 'class Prompt:\n    pass\n',
      // one file, tests and a folder of no Python stay with the package
      'src/dispatch/monitor/service.py': 'def watch():\n    pass\n',
      'src/dispatch/tests/test_ai.py': 'def test_ai():\n    pass\n', 'src/dispatch/tests/test_signal.py': 'def test_signal():\n    pass\n',
      'src/dispatch/static/app.js': 'export const app = 1;\n', 'src/dispatch/static/main.js': 'export const main = 1;\n',
    });
    const result = await discoverModules(dir);
    assert.deepEqual(result.modules.map((m) => m.id), ['src/dispatch', 'src/dispatch/ai', 'src/dispatch/incident', 'src/dispatch/signal']);
    // a package of no subpackages stays whole, namespace folders and all
    const flat = tempDir();
    writeFiles(flat, {
      'pyproject.toml': '[project]\nname = "tool"\n', 'tool/__init__.py': '', 'tool/cli.py': 'def main():\n    pass\n',
      'tool/ai/service.py': 'def summarize():\n    pass\n', 'tool/ai/models.py': 'class Prompt:\n    pass\n',
    });
    assert.deepEqual((await discoverModules(flat)).modules.map((m) => m.id), ['tool']);
  });

  it('python: a package under lib/ (package_dir = lib, as ansible-core has it) is found and split too', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'setup.cfg': '[options]\npackage_dir =\n  = lib\n',
      'lib/deploy/__init__.py': '',
      'lib/deploy/cli/__init__.py': '',
      'lib/deploy/cli/main.py': 'def main():\n    pass\n',
      'lib/deploy/executor/__init__.py': '',
      'lib/deploy/executor/runner.py': 'class Runner:\n    pass\n',
      'test/units/test_runner.py': 'def test_run():\n    pass\n',
    });
    const result = await discoverModules(dir);
    assert.equal(result.source, 'python');
    assert.deepEqual(result.modules.map((m) => [m.id, m.name]), [
      ['.', undefined],
      ['lib/deploy', 'deploy'],
      ['lib/deploy/cli', 'deploy.cli'],
      ['lib/deploy/executor', 'deploy.executor'],
    ]);
    // An app beside a lib/ of vendored copies: lib/ is not looked in, the app is split.
    const app = tempDir();
    writeFiles(app, {
      'setup.py': 'from setuptools import setup\nsetup()\n',
      'myapp/__init__.py': '', 'myapp/core/__init__.py': '', 'myapp/api/__init__.py': '',
      'lib/requests/__init__.py': '', 'lib/six/__init__.py': '',
    });
    assert.deepEqual((await discoverModules(app)).modules.map((m) => m.id).filter((id) => id !== '.'), ['lib', 'myapp', 'myapp/api', 'myapp/core']);
  });

  it('go: go.work use (block and single) plus nested go.mod, testdata ignored, name = module path', async () => {
    const result = await discoverModules(fixture('go-multi-module'));
    assert.equal(result.source, 'go');
    assert.deepEqual(plain(result.modules), [
      { id: 'api', path: 'api', name: 'github.com/acme/api', manifest: 'api/go.mod' },
      { id: 'libs/util', path: 'libs/util', name: 'github.com/acme/util', manifest: 'libs/util/go.mod' },
      { id: 'services/billing', path: 'services/billing', name: 'github.com/acme/billing', manifest: 'services/billing/go.mod' },
      { id: 'tools', path: 'tools', name: 'github.com/acme/tools', manifest: 'tools/go.mod' },
    ]);
  });

  it('swift: targets with default and explicit paths; dependency .target(name:) is not a declaration', async () => {
    const result = await discoverModules(fixture('swift-package'));
    assert.equal(result.source, 'swift');
    const m = 'Package.swift';
    assert.deepEqual(plain(result.modules), [
      { id: 'Sources/AcmeKit', path: 'Sources/AcmeKit', name: 'AcmeKit', manifest: m },
      { id: 'Sources/Net', path: 'Sources/Net', name: 'Networking', manifest: m },
      { id: 'Sources/acme-cli', path: 'Sources/acme-cli', name: 'acme-cli', manifest: m },
      { id: 'Tests/AcmeKitTests', path: 'Tests/AcmeKitTests', name: 'AcmeKitTests', manifest: m },
    ]);
    assert.deepEqual(result.warnings, []);
  });

  it('swift: local packages and Xcode projects below the root are modules; Pods/ (vendored) is not', async () => {
    const result = await discoverModules(fixture('apple-nested-projects'));
    assert.equal(result.source, 'swift');
    const pkg = 'Packages/ChatUI/Package.swift';
    assert.deepEqual(plain(result.modules), [
      { id: 'Packages/ChatUI/Sources/ChatTheme', path: 'Packages/ChatUI/Sources/ChatTheme', name: 'ChatTheme', manifest: pkg },
      { id: 'Packages/ChatUI/Sources/ChatUI', path: 'Packages/ChatUI/Sources/ChatUI', name: 'ChatUI', manifest: pkg },
      { id: 'apps/ChatApp', path: 'apps/ChatApp', name: 'ChatApp', manifest: 'apps/ChatApp/ChatApp.xcodeproj' },
      { id: 'core', path: 'core', manifest: 'core/CMakeLists.txt' },
    ]);
    assert.deepEqual(result.warnings, []);
  });

  it('cmake: add_subdirectory recursively, project() name, unresolvable variables warned; disabled/ (no target) is a module of its own', async () => {
    const result = await discoverModules(fixture('cmake-subdirs'));
    assert.equal(result.source, 'cmake');
    assert.deepEqual(plain(result.modules), [
      { id: 'app', path: 'app', manifest: 'app/CMakeLists.txt' },
      { id: 'disabled', path: 'disabled' },
      { id: 'libs', path: 'libs', manifest: 'libs/CMakeLists.txt' },
      { id: 'libs/core', path: 'libs/core', name: 'AcmeCore', manifest: 'libs/core/CMakeLists.txt' },
      { id: 'libs/net', path: 'libs/net', manifest: 'libs/net/CMakeLists.txt' },
      { id: 'tools', path: 'tools', manifest: 'tools/CMakeLists.txt' },
    ]);
    assert.deepEqual(result.warnings, ['CMakeLists.txt: cannot resolve add_subdirectory(${EXTERNAL_DIR}/json); skipped']);
  });

  it('cmake: add_subdirectory(${var}) takes the children with a CMakeLists.txt; vendored targets and FetchContent dirs are left out', async () => {
    const result = await discoverModules(fixture('cmake-variable-subdirs'));
    assert.equal(result.source, 'cmake');
    assert.deepEqual(plain(result.modules), [
      { id: 'engine', path: 'engine', manifest: 'engine/CMakeLists.txt' },
      { id: 'engine/backend-cpu', path: 'engine/backend-cpu', manifest: 'engine/backend-cpu/CMakeLists.txt' },
      { id: 'engine/backend-gpu', path: 'engine/backend-gpu', manifest: 'engine/backend-gpu/CMakeLists.txt' },
    ]);
    assert.deepEqual(result.warnings, [
      'CMakeLists.txt: cannot resolve add_subdirectory(${FetchedLib_SOURCE_DIR}); skipped',
      'engine/CMakeLists.txt: cannot resolve add_subdirectory(${backend_dir}); taking the 2 sub-directories with a CMakeLists.txt it may name',
    ]);
  });

  it('python: packages with __init__.py under src/, sub-project pyproject (poetry); root owns tests/, non-packages, sample configs and test projects', async () => {
    const result = await discoverModules(fixture('python-packages'));
    assert.equal(result.source, 'python');
    assert.deepEqual(plain(result.modules), [
      { id: '.', path: '' },
      // a setup.cfg with [metadata] or a setup.py beside a pyproject.toml of tool settings: a package of the older
      // kind (a setup.cfg of [isort] settings beside docs/compatible_configs/isort's makes none)
      { id: 'libs/cfgonly', path: 'libs/cfgonly', manifest: 'libs/cfgonly/pyproject.toml' },
      { id: 'libs/legacy', path: 'libs/legacy', manifest: 'libs/legacy/pyproject.toml' },
      {
        id: 'plugins/acme-plugin-s3',
        path: 'plugins/acme-plugin-s3',
        name: 'acme-plugin-s3',
        description: 'S3 storage plugin',
        manifest: 'plugins/acme-plugin-s3/pyproject.toml',
      },
      // the package's namesake takes its description (black's src/black)
      { id: 'src/acme', path: 'src/acme', name: 'acme', description: 'Acme toolkit', manifest: 'pyproject.toml' },
      { id: 'src/acme_cli', path: 'src/acme_cli', name: 'acme_cli', manifest: 'pyproject.toml' },
    ]);
  });
});

describe('discoverModules: directory fallback', () => {
  it("a root found for its loose source files takes the root manifest's description (fastify.js beside lib/)", async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'package.json': JSON.stringify({ name: 'fastify', description: 'Fast and low overhead web framework, for Node.js' }),
      'README.md': '# Fastify\n\nAn efficient server implies a lower cost of the infrastructure.\n',
      'fastify.js': 'module.exports = function fastify() {};\n',
      ...Object.fromEntries(['reply', 'request', 'route', 'server'].map((n) => [`lib/${n}.js`, `module.exports = function ${n}() {};\n`])),
      ...Object.fromEntries(['reply', 'request', 'route'].map((n) => [`test/${n}.test.js`, `require('../lib/${n}');\n`])),
    });
    const result = await discoverModules(dir);
    assert.equal(result.modules.find((m) => m.id === '.')?.description, 'Fast and low overhead web framework, for Node.js');
    assert.equal(result.modules.find((m) => m.id === 'lib')?.description, undefined);
  });

  it('a lone src/ is expanded into its source children, plus src itself for its direct files', async () => {
    const result = await discoverModules(fixture('plain-directories'));
    assert.equal(result.source, 'directories');
    assert.deepEqual(plain(result.modules), [
      { id: 'src', path: 'src' },
      { id: 'src/parser', path: 'src/parser' },
      { id: 'src/render', path: 'src/render' },
      { id: 'test', path: 'test' },
    ]);
  });

  it('several top-level source dirs stay top-level; vendor/ skipped; root files give a root module', async () => {
    const result = await discoverModules(fixture('flat-directories'));
    assert.equal(result.source, 'directories');
    assert.deepEqual(plain(result.modules), [
      { id: '.', path: '' },
      { id: 'cmd', path: 'cmd' },
      { id: 'internal', path: 'internal' },
      { id: 'pkg', path: 'pkg' },
    ]);
  });
  it('a build/ folder inside src/ is code (LuaRocks\' build backends), one at the top is output', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'src/core/cfg.lua': 'local M = {}\nreturn M\n',
      'src/build/cmake.lua': 'local M = {}\nfunction M.run() end\nreturn M\n',
      'src/fetch/git.lua': 'local M = {}\nreturn M\n',
      'build/out.lua': 'return 1\n',
    });
    const result = await discoverModules(dir);
    assert.deepEqual(plain(result.modules).map((m) => m.id), ['src/build', 'src/core', 'src/fetch']);
  });

  it('go.mod / pyproject.toml inside test fixtures are not modules; bin/ does not stop src expansion', async () => {
    const result = await discoverModules(fixture('nested-fixture-manifests'));
    assert.equal(result.source, 'directories');
    assert.deepEqual(plain(result.modules), [
      { id: 'bin', path: 'bin' },
      { id: 'lib', path: 'lib' },
      { id: 'lib/b', path: 'lib/b' },
      { id: 'test', path: 'test' },
    ]);
  });
  it('a single-module Maven/Gradle project: src/main/java/com/acme/… is followed to its packages; src/test stays beside', async () => {
    const dir = tempDir();
    const java = (pkg: string, cls: string) => `package com.acme.shop.${pkg};\n\npublic class ${cls} {}\n`;
    writeFiles(dir, {
      'pom.xml': '<project><modelVersion>4.0.0</modelVersion><artifactId>shop</artifactId></project>\n',
      'src/main/java/com/acme/shop/cart/Cart.java': java('cart', 'Cart'),
      'src/main/java/com/acme/shop/billing/Invoice.java': java('billing', 'Invoice'),
      'src/test/java/com/acme/shop/cart/CartTest.java': java('cart', 'CartTest'),
    });
    // (It used to stop at src/main and src/test: two modules for a whole application.)
    assert.deepEqual((await discoverModules(dir)).modules.map((m) => m.id), ['src/main/java/com/acme/shop/billing', 'src/main/java/com/acme/shop/cart', 'src/test']);
  });
  it('a source set holding four in five of the code is followed down beside a small one (jsoup\'s src/main/java beside src/main/java11)', async () => {
    const dir = tempDir();
    const java = (pkg: string, cls: string) => `package org.jsoup.${pkg};\n\npublic class ${cls} {}\n`;
    const files: Record<string, string> = {
      'pom.xml': '<project><modelVersion>4.0.0</modelVersion><artifactId>jsoup</artifactId></project>\n',
      'src/main/java/org/jsoup/Jsoup.java': 'package org.jsoup;\n\npublic class Jsoup {}\n',
      'src/main/java11/org/jsoup/helper/HttpClientExecutor.java': java('helper', 'HttpClientExecutor'),
      'src/test/java/org/jsoup/nodes/NodeTest.java': java('nodes', 'NodeTest'),
    };
    for (const pkg of ['nodes', 'parser', 'select']) for (const cls of ['A', 'B', 'C']) files[`src/main/java/org/jsoup/${pkg}/${cls}.java`] = java(pkg, cls);
    writeFiles(dir, files);
    assert.deepEqual((await discoverModules(dir)).modules.map((m) => m.id), [
      'src/main/java/org/jsoup', 'src/main/java/org/jsoup/nodes', 'src/main/java/org/jsoup/parser', 'src/main/java/org/jsoup/select', 'src/main/java11', 'src/test',
    ]);
    // two source sets of like size are two modules, as before
    const even = tempDir();
    writeFiles(even, { 'src/main/java/a/A.java': 'class A {}\n', 'src/main/java11/a/B.java': 'class B {}\n', 'src/main/java/a/C.java': 'class C {}\n' });
    assert.deepEqual((await discoverModules(even)).modules.map((m) => m.id), ['src/main/java', 'src/main/java11']);
  });

  it('found by folders, a top-level docs site of no code is a module of its own, not skipped (cowboy\'s doc/ of AsciiDoc pages)', async () => {
    const dir = tempDir();
    const pages: Record<string, string> = { 'src/cowboy_req.erl': '-module(cowboy_req).\n', 'src/cowboy_rest.erl': '-module(cowboy_rest).\n', 'test/req_SUITE.erl': '-module(req_SUITE).\n' };
    for (const p of ['getting_started', 'routing', 'websocket', 'cookies', 'streams']) pages[`doc/src/guide/${p}.asciidoc`] = `= ${p}\n\nHow ${p} works.\n`;
    writeFiles(dir, pages);
    assert.deepEqual((await discoverModules(dir)).modules.map((m) => m.id), ['doc', 'src', 'test']);
    // a docs folder of a page or two is not worth a module
    const small = tempDir();
    writeFiles(small, { 'src/a.erl': '-module(a).\n', 'doc/index.md': '# Docs\n' });
    assert.deepEqual((await discoverModules(small)).modules.map((m) => m.id), ['src']);
  });

  it('a Leiningen sub-project is named and described by its project.clj (ring\'s ring-devel)', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'ring-core/project.clj': '(defproject ring/ring-core "1.15.4"\n  :description "Ring core libraries."\n  :dependencies [])\n',
      'ring-core/src/ring/core.clj': '(ns ring.core)\n',
      'ring-devel/project.clj': '(defproject ring/ring-devel "1.15.4"\n  :description "Ring development and \\"debugging\\"\n    libraries."\n  :url "https://x")\n',
      'ring-devel/src/ring/devel.clj': '(ns ring.devel)\n',
    });
    assert.deepEqual(plain((await discoverModules(dir)).modules), [
      { id: 'ring-core', path: 'ring-core', name: 'ring-core', description: 'Ring core libraries.' },
      { id: 'ring-devel', path: 'ring-devel', name: 'ring-devel', description: 'Ring development and "debugging" libraries.' },
    ]);
  });

  it('a workspace package in a hidden folder below the top is no module: the walk reads nothing there (tRPC\'s examples/.test/*)', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*', 'examples/*', 'examples/.test/*'] }),
      'packages/server/package.json': '{"name": "@trpc/server"}', 'packages/server/src/index.ts': 'export const a = 1;\n',
      'examples/minimal/package.json': '{"name": "minimal"}', 'examples/minimal/index.ts': 'export const b = 1;\n',
      'examples/.test/ssg/package.json': '{"name": "ssg", "description": "This example shows how you can prefetch queries"}', 'examples/.test/ssg/index.ts': 'export const c = 1;\n',
    });
    assert.deepEqual((await discoverModules(dir)).modules.map((m) => m.id), ['examples/minimal', 'packages/server']);
  });

  it('a lone declared module (Gradle :app) is split where its code branches, and keeps its name and its other files', async () => {
    const dir = tempDir();
    const kt = (pkg: string, cls: string) => `package com.acme.app.${pkg}\n\nclass ${cls}\n`;
    writeFiles(dir, {
      'settings.gradle': "rootProject.name = 'shop'\ninclude ':app'\n",
      'app/build.gradle': "plugins { id 'com.android.application' }\n",
      'app/src/main/java/com/acme/app/ui/CartScreen.kt': kt('ui', 'CartScreen'),
      'app/src/main/java/com/acme/app/data/CartRepository.kt': kt('data', 'CartRepository'),
      'app/src/androidTest/java/com/acme/app/CartScreenTest.kt': kt('ui', 'CartScreenTest'),
    });
    const result = await discoverModules(dir);
    assert.equal(result.source, 'gradle');
    assert.deepEqual(result.modules.map((m) => m.id), ['app', 'app/src/androidTest', 'app/src/main/java/com/acme/app/data', 'app/src/main/java/com/acme/app/ui']);
    assert.equal(result.modules.find((m) => m.id === 'app')?.manifest, 'settings.gradle');
  });
  it('a lone declared module beside a root package that holds more of the code is a helper of it, not split (vaultwarden\'s macros)', async () => {
    const dir = tempDir();
    const rs = (name: string) => `pub fn ${name}() {}\n`;
    writeFiles(dir, {
      'Cargo.toml': '[workspace]\nmembers = ["macros"]\n\n[package]\nname = "vault"\nversion = "1.0.0"\n',
      'src/main.rs': 'fn main() {}\n',
      'src/api/mod.rs': rs('api'),
      'src/api/admin.rs': rs('admin'),
      'src/db/mod.rs': rs('db'),
      'src/db/models.rs': rs('models'),
      'macros/Cargo.toml': '[package]\nname = "macros"\nversion = "0.1.0"\n\n[lib]\nproc-macro = true\n',
      'macros/src/lib.rs': rs('derive'),
      'macros/src/attr/mod.rs': rs('attr'),
    });
    const ids = (await discoverModules(dir)).modules.map((m) => m.id);
    assert.ok((ids as string[]).includes('macros') && !ids.some((id) => id.startsWith('macros/')), ids.join());
  });
  it('a lone declared module beside more code that no manifest declares is a helper too, not split (Uptime Kuma\'s C# installer)', async () => {
    const dir = tempDir();
    const js = (name: string) => `export function ${name}() {}\n`;
    writeFiles(dir, {
      'package.json': '{ "name": "kuma", "version": "1.0.0" }\n',
      'server/server.js': js('start'),
      'server/monitor.js': js('monitor'),
      'server/notification.js': js('notify'),
      'src/App.js': js('App'),
      'src/util.js': js('util'),
      ...Object.fromEntries(['Dashboard', 'Settings', 'Login', 'Status', 'Maintenance'].map((page) => [`src/pages/${page}.js`, js(page)])),
      'extra/exe-builder/Kuma.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
      'extra/exe-builder/Program.cs': 'class Program { static void Main() {} }\n',
      'extra/exe-builder/Properties/AssemblyInfo.cs': 'using System.Reflection;\n',
    });
    const ids = (await discoverModules(dir)).modules.map((m) => m.id) as string[];
    assert.ok(ids.includes('extra/exe-builder') && !ids.includes('extra/exe-builder/Properties'), ids.join());
    assert.ok(ids.includes('server') && ids.includes('src'), ids.join());
  });
  it('a lone declared backend beside a front end of its size is an application, split where it branches (Photoview\'s api/)', async () => {
    const dir = tempDir();
    const go = (pkg: string, name: string) => `package ${pkg}\n\nfunc ${name}() {}\n`;
    const tsx = (name: string) => `export function ${name}() { return null; }\n`;
    writeFiles(dir, {
      'api/go.mod': 'module github.com/acme/photos/api\n\ngo 1.22\n',
      'api/server.go': go('main', 'main'),
      'api/scanner/scan.go': go('scanner', 'Scan'),
      'api/scanner/exif.go': go('scanner', 'Exif'),
      'api/routes/photos.go': go('routes', 'Photos'),
      'api/routes/videos.go': go('routes', 'Videos'),
      'ui/package.json': '{ "name": "ui" }\n',
      'ui/src/App.tsx': tsx('App'),
      'ui/src/Pages/Albums.tsx': tsx('Albums'),
      'ui/src/Pages/People.tsx': tsx('People'),
      'ui/src/Pages/Settings.tsx': tsx('Settings'),
      'ui/src/api.ts': tsx('client'),
      'ui/src/Pages/Places.tsx': tsx('Places'),
      'ui/src/Pages/Login.tsx': tsx('Login'),
    });
    const ids = (await discoverModules(dir)).modules.map((m) => m.id) as string[];
    assert.ok(ids.includes('api/scanner') && ids.includes('api/routes') && ids.includes('ui'), ids.join());
  });
  it('a folder holding four in five of the code is counted without schema migrations beside it (hexpm\'s lib/ beside priv/)', async () => {
    const dir = tempDir();
    const files: Record<string, string> = {
      'mix.exs': 'defmodule Hexpm.MixProject do\nend\n',
      'config/config.exs': 'import Config\n',
      'assets/js/app.js': 'export const app = 1;\n',
    };
    for (let i = 0; i < 6; i++) files[`lib/hexpm/accounts/user${i}.ex`] = `defmodule Hexpm.Accounts.User${i} do\nend\n`;
    for (let i = 0; i < 5; i++) files[`lib/hexpm_web/controllers/page${i}_controller.ex`] = `defmodule HexpmWeb.Page${i}Controller do\nend\n`;
    // more dated migrations than a fifth of the code
    for (let i = 0; i < 8; i++) files[`priv/repo/migrations/2015010${i}000000_change_${i}.exs`] = `defmodule Hexpm.Repo.Migrations.Change${i} do\nend\n`;
    writeFiles(dir, files);
    const ids = (await discoverModules(dir)).modules.map((m) => m.id as string);
    assert.ok(ids.includes('lib/hexpm') && ids.includes('lib/hexpm_web') && !ids.includes('lib'), ids.join());
  });
  it('Go\'s `_examples/` and `testdata/` are supporting folders too: they do not stop src expansion', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'src/pack/decode.go': 'package pack\n',
      'src/transport/client.go': 'package transport\n',
      '_examples/clone/main.go': 'package main\n',
      'testdata/gen.go': 'package testdata\n',
    });
    assert.deepEqual((await discoverModules(dir)).modules.map((m) => m.id), ['_examples', 'src/pack', 'src/transport', 'testdata']);
  });
});

describe('discoverModules: supporting folders by name', () => {
  it('compound names (`runtime-tests`, `perf-measures`) and a `types/` of declarations do not stop a lone src/ from being split', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'package.json': '{"name": "web-framework"}\n',
      'src/router/trie.ts': 'export class TrieRouter {}\n',
      'src/middleware/cors.ts': 'export const cors = () => {};\n',
      'src/index.ts': "export * from './router/trie';\n",
      'runtime-tests/deno/app.test.ts': "import { cors } from '../../src/middleware/cors';\n",
      'perf-measures/bundle/check.ts': 'export const size = 1;\n',
      'types/index.d.ts': 'export declare const version: string;\n',
    });
    assert.deepEqual((await discoverModules(dir)).modules.map((m) => m.id), ['perf-measures', 'runtime-tests', 'src', 'src/middleware', 'src/router', 'types']);
  });
});

describe('discoverModules: entry files beside their folders', () => {
  it("a gem's lib/acme.rb beside lib/acme/ does not stop the descent: lib/acme's folders are the modules, and the entry file is lib/acme's", async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'acme.gemspec': "Gem::Specification.new { |s| s.name = 'acme' }\n",
      'lib/acme.rb': "require 'acme/client/http'\n",
      'lib/acme/version.rb': "module Acme\n  VERSION = '1.0'\nend\n",
      'lib/acme/client/http.rb': 'module Acme\n  class Http\n  end\nend\n',
      'lib/acme/models/user.rb': 'module Acme\n  class User\n  end\nend\n',
      'spec/acme_spec.rb': "require 'acme'\n",
      'sig/acme.rbs': 'module Acme\nend\n',
      'exe/acme': "#!/usr/bin/env ruby\nrequire 'acme'\n",
    });
    const modules = (await discoverModules(dir)).modules;
    assert.deepEqual(modules.map((m) => m.id), ['lib/acme', 'lib/acme/client', 'lib/acme/models', 'spec']);
    const owner = createModuleResolver(modules);
    assert.equal(owner('lib/acme.rb'), 'lib/acme');
  });
  it('a Perl distribution: lib/Mojo.pm and lib/Mojo/DOM.pm are entries, t/ is its tests', async () => {
    const dir = tempDir();
    const pm = (name: string) => `package ${name};\nuse Mojo::Base -base;\n1;\n`;
    writeFiles(dir, {
      'Makefile.PL': "use ExtUtils::MakeMaker;\nWriteMakefile(NAME => 'Mojolicious');\n",
      'lib/Mojo.pm': pm('Mojo'),
      'lib/Mojo/Base.pm': pm('Mojo::Base'),
      'lib/Mojo/DOM.pm': pm('Mojo::DOM'),
      'lib/Mojo/DOM/CSS.pm': pm('Mojo::DOM::CSS'),
      'lib/Mojo/IOLoop.pm': pm('Mojo::IOLoop'),
      'lib/Mojo/IOLoop/Client.pm': pm('Mojo::IOLoop::Client'),
      't/mojo/dom.t': "use Test::More;\ndone_testing();\n",
      't/mojo/lib/MyApp.pm': pm('MyApp'),
    });
    const modules = (await discoverModules(dir)).modules;
    assert.deepEqual(modules.map((m) => m.id), ['lib/Mojo', 'lib/Mojo/DOM', 'lib/Mojo/IOLoop', 't']);
    const owner = createModuleResolver(modules);
    assert.deepEqual(['lib/Mojo.pm', 'lib/Mojo/DOM.pm', 'lib/Mojo/Base.pm'].map(owner), ['lib/Mojo', 'lib/Mojo/DOM', 'lib/Mojo']);
  });
  it('a folder with code of its own besides an entry file stays a module (a Rust crate\'s src/lib.rs)', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'Cargo.toml': '[package]\nname = "acme"\n',
      'src/lib.rs': 'pub mod runtime;\n',
      'src/runtime.rs': 'pub mod task;\n',
      'src/runtime/task.rs': 'pub struct Task;\n',
    });
    assert.deepEqual((await discoverModules(dir)).modules.map((m) => m.id), ['src', 'src/runtime']);
  });
});

describe('discoverModules: precedence', () => {
  const listFile = fixture('explicit-module-list/modules.json');

  it('an explicit list beats config and manifests; missing paths are kept with a warning', async () => {
    const result = await discoverModules(fixture('explicit-module-list'), {
      modulesFile: listFile,
      config: { modules: ['lib/*'] },
    });
    assert.equal(result.source, 'list');
    assert.deepEqual(plain(result.modules), [
      { id: 'core', path: 'lib/core', name: 'core' }, // its package.json's name, where the list names none
      { id: 'lib/missing', path: 'lib/missing' },
      { id: 'lib/util', path: 'lib/util', name: 'Utilities' },
      { id: 'root', path: '', description: 'everything else' },
    ]);
    assert.deepEqual(result.warnings, [
      `${listFile}: modules[4] repeats modules[1] (id "lib/util"); ignored`,
      `modroute.config.json: "modules" is ignored: the module list ${listFile} names every module`,
      `${listFile}: module "lib/missing" has no directory or file "lib/missing" under ${fixture('explicit-module-list')}; it will own no files`,
    ]);
  });

  it('says nothing of tests no listed module covers: only code left out is worth a warning (cobra by file)', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'command.go': 'package cobra\n', 'args.go': 'package cobra\n', 'command_test.go': 'package cobra\n', 'args_test.go': 'package cobra\n',
      'modules.json': JSON.stringify([{ id: 'command', path: 'command.go' }, { id: 'args', path: 'args.go' }]),
    });
    const result = await discoverModules(dir, { modulesFile: `${dir}/modules.json` });
    assert.deepEqual(result.warnings, []);
    writeFiles(dir, { 'flags.go': 'package cobra\n' });
    const more = await discoverModules(dir, { modulesFile: `${dir}/modules.json` });
    assert.match(more.warnings.join('\n'), /no listed module covers the top level, which holds 1 source file: they are not indexed/u);
  });

  it('a listed path may name a single file: no warning, and that module owns the file', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'src/Writers/Docx.hs': 'module Writers.Docx where\n',
      'src/Writers/HTML.hs': 'module Writers.HTML where\n',
      'modules.json': JSON.stringify([{ id: 'docx', path: 'src/Writers/Docx.hs' }, { id: 'writers', path: 'src/Writers' }, { id: 'gone', path: 'src/Writers/Odt.hs' }]),
    });
    const result = await discoverModules(dir, { modulesFile: `${dir}/modules.json` });
    assert.deepEqual(result.warnings.filter((w) => w.includes('own no files')).map((w) => /module "(\w+)"/.exec(w)?.[1]), ['gone']);
    const owner = createModuleResolver(result.modules);
    assert.deepEqual(['src/Writers/Docx.hs', 'src/Writers/HTML.hs'].map(owner), ['docx', 'writers']);
  });

  it("a listed folder's own manifest names and describes it where the list does not: pubspec.yaml, Cargo.toml, composer.json, a Gradle build file", async () => {
    // bloc's packages and clap's crates by a finer list had lost their names and descriptions
    const dir = tempDir();
    writeFiles(dir, {
      'packages/form_inputs/pubspec.yaml': 'name: form_inputs\ndescription: Common form inputs for the login example\n',
      'packages/form_inputs/lib/password.dart': 'class Password {}\n',
      'clap_complete/Cargo.toml': '[package]\nname = "clap_complete"\ndescription = "Generate shell completion scripts for your clap::Command"\n',
      'clap_complete/src/lib.rs': 'pub fn generate() {}\n',
      'php/composer.json': '{"name": "acme/http", "description": "An HTTP client"}\n',
      'php/Client.php': '<?php class Client {}\n',
      // a generator's description says nothing (bloc's fifteen example apps)
      'examples/counter/pubspec.yaml': 'name: counter\ndescription: A new Flutter project.\n',
      'examples/counter/lib/main.dart': 'void main() {}\n',
      // Mockito's BOM by a finer list: its build file describes it
      'mockito-bom/build.gradle.kts': 'plugins { `java-platform` }\ndescription = "Mockito Bill of Materials (BOM)"\n',
      // a task's description inside a block is not the project's
      'lib/build.gradle.kts': 'tasks.register<Test>("integrationTest") {\n  description = "Runs the integration tests."\n}\n',
      'lib/src/main/java/A.java': 'class A {}\n',
      'modules.json': JSON.stringify([{ id: 'inputs', path: 'packages/form_inputs' }, { id: 'complete', path: 'clap_complete', description: 'as listed' }, { id: 'php', path: 'php' }, { id: 'counter', path: 'examples/counter' }, { id: 'bom', path: 'mockito-bom' }, { id: 'lib', path: 'lib' }]),
    });
    const result = await discoverModules(dir, { modulesFile: `${dir}/modules.json` });
    assert.deepEqual(plain(result.modules), [
      { id: 'bom', path: 'mockito-bom', description: 'Mockito Bill of Materials (BOM)' },
      { id: 'complete', path: 'clap_complete', description: 'as listed', name: 'clap_complete' },
      { id: 'counter', path: 'examples/counter', name: 'counter' },
      { id: 'inputs', path: 'packages/form_inputs', name: 'form_inputs', description: 'Common form inputs for the login example' },
      { id: 'lib', path: 'lib' },
      { id: 'php', path: 'php', name: 'acme/http', description: 'An HTTP client' },
    ]);
  });

  it("knows a generator's description from a project's own: a todo app is described, a TODO is not", async () => {
    const { isScaffoldDescription } = await import('../../../src/graph/discovery/isScaffoldDescription.ts');
    for (const text of ['A new Flutter project.', 'TODO: Put a short description of the package here.', 'A Very Good Project created by Very Good CLI.', 'TODO']) assert.equal(isScaffoldDescription(text), true, text);
    for (const text of ['Todo app built with bloc', 'TODO list example', 'A new approach to state management.']) assert.equal(isScaffoldDescription(text), false, text);
  });

  it('without a list the same repo is discovered from its npm workspaces', async () => {
    const result = await discoverModules(fixture('explicit-module-list'));
    assert.equal(result.source, 'npm-workspaces');
    assert.deepEqual(result.modules.map((m) => m.id), ['lib/core', 'lib/util']);
  });

  it('config globs beat manifests: negation, "**" includes the base dir, ids override', async () => {
    // Typed as the validated config slice, which is what callers pass.
    const config: Pick<Config, 'modules' | 'ids'> = {
      modules: ['services/*', '!services/legacy', 'shared/**'],
      ids: { 'shared/lib': 'lib' },
    };
    const result = await discoverModules(fixture('config-module-globs'), { config });
    assert.equal(result.source, 'config');
    assert.deepEqual(plain(result.modules), [
      { id: 'lib', path: 'shared/lib' },
      // A globbed directory with a package.json takes its name from it.
      { id: 'services/auth', path: 'services/auth', name: 'auth' },
      { id: 'services/billing', path: 'services/billing' },
      { id: 'shared', path: 'shared' },
    ]);
    assert.deepEqual(result.warnings, []);
  });

  it('without config globs the same repo is discovered from its workspaces, and shared/ (no workspace) fills the gap', async () => {
    const result = await discoverModules(fixture('config-module-globs'));
    assert.equal(result.source, 'npm-workspaces');
    // services/billing has no package.json: it is no workspace and stays with the root, as services/ holds a workspace.
    assert.deepEqual(result.modules.map((m) => m.id), ['.', 'services/auth', 'shared']);
  });

  it('config globs that match nothing are a ConfigError naming the field', async () => {
    await assert.rejects(
      discoverModules(fixture('config-module-globs'), { config: { modules: ['nope/*'] } }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.equal(error.file, 'modroute.config.json');
        assert.match(error.message, /modules: expected globs matching directories .* \["nope\/\*"\] match none/);
        return true;
      },
    );
  });

  it('ids overrides that collide are a ConfigError; unknown override paths are warned about', async () => {
    await assert.rejects(
      discoverModules(fixture('config-module-globs'), { config: { modules: ['services/*'], ids: { 'services/auth': 'services/billing' } } }),
      /ids: modules "services\/auth" and "services\/billing" would both have the id "services\/billing"/,
    );
    const result = await discoverModules(fixture('config-module-globs'), { config: { modules: ['shared'], ids: { gone: 'x' } } });
    assert.deepEqual(result.warnings, ['modroute.config.json ids: no discovered module has the path "gone"; ignored']);
  });
});

describe('discoverModules: reusing a previous result', () => {
  it('reuses it while its reads hold, but not one found under older rules', async () => {
    const root = fixture('cmake-variable-subdirs');
    const first = await discoverModules(root);
    assert.equal(await discoverModules(root, { previous: first }), first);
    const older = { ...first, key: first.key.replace(/^\[\d+,/, '[1,'), modules: [] };
    const again = await discoverModules(root, { previous: older });
    assert.deepEqual(plain(again.modules), plain(first.modules));
  });
});
