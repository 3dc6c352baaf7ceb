import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { listedEdges } from '../helpers/listedEdges.ts';
import { runIndex } from '../helpers/runIndex.ts';
import { makeGitRepo, tempDir, useFixture } from '../helpers/gitFixture.ts';
import { createImportResolver } from '../../src/graph/createImportResolver.ts';
import { collectPackageNames } from '../../src/graph/collectPackageNames.ts';
import { createModuleResolver } from '../../src/graph/discovery/createModuleResolver.ts';
import type { ModuleId } from '../../src/graph/types.ts';

/** The fixture indexed afresh, its edges as `from -> to` (with ` weight` when asked). */
const edgesOf = async (fixture: string, withWeights = false): Promise<string[]> => {
  const repo = useFixture(fixture);
  const db = join(tempDir(), 'index.db');
  await runIndex({ repo, db });
  const index = await openIndex({ repo, db });
  try {
    return index.graph().edges.map((e) => `${e.from} -> ${e.to}${withWeights ? ` ${e.weight}` : ''}`);
  } finally {
    index.close();
  }
};


describe('dependency edges across modules, one import style per language', () => {
  it('resolves Go paths, Java/Kotlin packages, C includes, Python, Rust crates, npm names, C# and PHP namespaces (each language its own)', async () => {
    assert.deepEqual(await edgesOf('polyglot-imports'), [
      'c/app -> c/net', // #include "net/net.h" by path suffix; <stdlib.h> is a system header
      'cs/Api -> cs/Domain', // using Shop.Domain; System is external
      'go/cart -> go/pricing', // import path under go/go.mod's module path, though go/ is no module (pricing_test.go's import of cart is a test's)
      'java/orders -> java/payments', // import com.shop.payments.PaymentGateway; org.w3c.dom is not java/matchers' `package org;`
      'kt/app -> java/payments', // Kotlin importing a Java package
      'php/Client -> php/Runtime', // use Shop\Domain\Order: PHP's namespace, though C# declares Shop.Domain too
      'py/billing -> py/ledger', // from ledger.book import post, with py/ as source root
      'rs/cli -> rs/core', // use shop_core::Engine, crate name from Cargo.toml
      'ts/web -> ts/ui', // import '@shop/ui' from package.json names; 'react' is external
    ]);
  });
});

describe('Python from-imports of submodules', () => {
  it('`from pkg import sub` goes to the submodule where there is one, else to the package', async () => {
    // celery's review: `from celery import concurrency` in worker/worker.py gave no worker → concurrency edge.
    assert.deepEqual(await edgesOf('python-single-package', true), [
      'shopkit -> shopkit/contrib/cart 1', // from shopkit.contrib import cart as shopping_cart
      'shopkit -> shopkit/db 2', // from shopkit import db; from shopkit.db.models import Order
    ]);
  });
});

describe('a JavaScript file beside its declarations', () => {
  it("a JavaScript importer's relative import is the .js, not the .d.ts beside it; a TypeScript importer's the .d.ts", async () => {
    // Fastify: `require('../fastify')` from its tests had gone to fastify.d.ts, another module of its finer list.
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'package.json': '{ "name": "fw", "version": "1.0.0" }',
      'fastify.js': 'module.exports = function fastify() { return {}; };\n',
      'types/fastify.d.ts': 'export declare function fastify(): object;\n',
      'fastify.d.ts': 'export { fastify } from "./types/fastify";\n',
      'lib/route.js': "const fastify = require('../fastify');\nmodule.exports = function route() { return fastify(); };\n",
      'lib/typed.ts': "import type { fastify } from '../fastify';\nexport type F = typeof fastify;\n",
      'modules.json': JSON.stringify([{ id: 'fastify.js', path: 'fastify.js' }, { id: 'decl', path: 'fastify.d.ts' }, { id: 'lib', path: 'lib' }, { id: 'types', path: 'types' }]),
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['decl -> types', 'lib -> decl', 'lib -> fastify.js']);
  });
});

describe('an explicit module list that leaves the root out', () => {
  it('still reads the root go.mod, so Go import paths resolve into the listed packages', async () => {
    // hugo's review: 121 listed packages, no root module, and 0 edges.
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'go.mod': 'module example.com/site\n\ngo 1.20\n',
      'main.go': 'package main\n\nfunc main() {}\n',
      'cache/filecache/filecache.go': 'package filecache\n\nimport "example.com/site/config"\n\n// Cache keeps files.\nfunc New() { config.Load() }\n',
      'config/config.go': 'package config\n\n// Load reads the site config.\nfunc Load() {}\n',
      'modules.json': JSON.stringify([{ id: 'cache/filecache', path: 'cache/filecache' }, { id: 'config', path: 'config' }]),
    } }]);
    assert.deepEqual(await listedEdges(repo), ['cache/filecache -> config']);
  });

  it('load a package, or a folder holding a package.json, by its main file', async () => {
    // koa's tests `require('../..')` (its main is lib/application.js) had no edge at all
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'package.json': JSON.stringify({ name: 'webkit', main: 'lib/application.js' }),
      'lib/application.js': "const context = require('./context');\nmodule.exports = class Application { ctx() { return context; } };\n",
      'lib/context.js': 'module.exports = { inspect() {} };\n',
      'index.js': "module.exports = 'not the main';\n",
      'tests/app.test.js': "const App = require('..');\nnew App();\n",
      'examples/hello.js': "const App = require('webkit');\nnew App();\n",
      'modules.json': JSON.stringify([{ id: 'root', path: '.' }, { id: 'application', path: 'lib/application.js' }, { id: 'context', path: 'lib/context.js' }, { id: 'tests', path: 'tests' }, { id: 'examples', path: 'examples' }]),
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['application -> context', 'examples -> application', 'tests -> application']);
  });

  it("load a package whose main the build writes by its source: the same path under src/, else src/index (dayjs)", async () => {
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'package.json': JSON.stringify({ name: 'timekit', main: 'timekit.min.js' }),
      'build/index.js': "const fs = require('fs');\n",
      'src/index.js': 'export default function timekit() {}\n',
      'src/locale/ja.js': "import timekit from 'timekit';\nexport default { name: 'ja' };\n",
      'packages/ui/package.json': JSON.stringify({ name: 'timekit-ui', main: 'dist/widget.js' }),
      'packages/ui/src/widget.js': 'export const widget = 1;\n',
      'packages/ui/src/index.js': 'export const other = 1;\n',
      'examples/app.js': "import timekit from 'timekit';\nimport { widget } from 'timekit-ui';\n",
      'modules.json': JSON.stringify([{ id: 'root', path: '.' }, { id: 'src', path: 'src' }, { id: 'locale', path: 'src/locale' }, { id: 'widget', path: 'packages/ui/src/widget.js' }, { id: 'ui', path: 'packages/ui' }, { id: 'examples', path: 'examples' }]),
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['examples -> src', 'examples -> widget', 'locale -> src']);
  });

  it('load a file before a folder of its name, the root\'s index file, a main ending in a slash and a nameless package\'s main', async () => {
    // Node's order; the root's `require('..')` with no main is its index.js
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'index.js': "module.exports = require('./lib');\n",
      'pkg.js': 'module.exports = 1;\n',
      'pkg/package.json': JSON.stringify({ main: './src/' }),
      'pkg/src/index.js': 'module.exports = 2;\n',
      'app/package.json': JSON.stringify({ private: true, main: 'server.js' }),
      'app/server.js': 'module.exports = 3;\n',
      'app/index.js': 'module.exports = 4;\n',
      'lib/index.js': "module.exports = require('../pkg');\n",
      'tests/a.test.js': "require('..');\n",
      'tests/b.test.js': "require('../pkg/');\n",
      'tests/c.test.js': "require('../app');\n",
      'modules.json': JSON.stringify([{ id: 'root', path: 'index.js' }, { id: 'pkg-file', path: 'pkg.js' }, { id: 'pkg', path: 'pkg' }, { id: 'app-server', path: 'app/server.js' }, { id: 'app', path: 'app' }, { id: 'lib', path: 'lib' }, { id: 'tests', path: 'tests' }]),
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['lib -> pkg-file', 'root -> lib', 'tests -> app-server', 'tests -> pkg', 'tests -> root']);
  });

  it('send a Go package import to the module of most of its folder\'s code files, not the folder\'s own module', async () => {
    // viper's finer list, one module per root file: `import "github.com/spf13/viper"` had gone to the root, its docs and
    // tests; of a tie, the module of the file named after the package
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'go.mod': 'module example.com/conf\n\ngo 1.20\n',
      'conf.go': 'package conf\n\n// Get reads a key.\nfunc Get(k string) string { return k }\n',
      'conf_helpers.go': 'package conf\n\nfunc helper() {}\n',
      'conf_test.go': 'package conf\n\nimport "testing"\n\nfunc TestGet(t *testing.T) {}\n',
      'flags.go': 'package conf\n\nfunc Flags() {}\n',
      'README.md': '# conf\n\nReads configuration.\n',
      'remote/remote.go': 'package remote\n\nimport "example.com/conf"\n\nfunc Watch() { conf.Get("x") }\n',
      'modules.json': JSON.stringify([{ id: 'root', path: '.' }, { id: 'the-package', path: 'conf.go' }, { id: 'helpers', path: 'conf_helpers.go' }, { id: 'a-flags', path: 'flags.go' }, { id: 'remote', path: 'remote' }]),
    } }]);
    assert.deepEqual((await listedEdges(repo)).filter((e) => e.startsWith('remote')), ['remote -> the-package']);
  });

  it('name a Go package by its folder though the folder reads like a version, not by a module path\'s major version', async () => {
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'go.mod': 'module example.com/api/v2\n\ngo 1.20\n',
      'api.go': 'package api\n\nfunc A() {}\n',
      'b.go': 'package api\n\nfunc B() {}\n',
      'core/v1/a.go': 'package v1\n\nfunc X() {}\n',
      'core/v1/v1.go': 'package v1\n\nfunc Y() {}\n',
      'cmd/main.go': 'package main\n\nimport (\n\t"example.com/api/v2"\n\t"example.com/api/v2/core/v1"\n)\n\nfunc main() { api.A(); v1.X() }\n',
      'modules.json': JSON.stringify([{ id: 'b-file', path: 'b.go' }, { id: 'api-file', path: 'api.go' }, { id: 'a-file', path: 'core/v1/a.go' }, { id: 'v1-file', path: 'core/v1/v1.go' }, { id: 'cmd', path: 'cmd' }]),
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['cmd -> api-file', 'cmd -> v1-file']);
  });
});

describe('Java and Kotlin types of the file\'s own package', () => {
  it('link source sets that share a package, though no file imports the other', async () => {
    assert.deepEqual(await edgesOf('kotlin-source-sets'), [
      'android/src/fabric -> android/src/main', // ScreenShadowNode(screen: Screen): com.acme.screens.Screen; View is imported, android's
      'android/src/paper -> android/src/main', // Java: new Screen(title)
    ]);
  });
});

describe('packages test files declare', () => {
  it('are no target of code\'s imports; a package code shares with tests is the code\'s; tests still reach their own', async () => {
    // Scala 2.11: a test fixture declares `package java.lang`, and split packages went to the test folder holding more of their files
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['compiler', 'reflect', 'symtab', 'test/files', 'test/junit'].map((p) => ({ id: p, path: p }))),
      'compiler/Global.java': 'package acme.compiler;\n\nimport java.lang.reflect.Method;\nimport acme.symtab.Flags;\nimport acme.reflect.Mirror;\n\npublic class Global { Method m; Flags f; Mirror r; }\n',
      'reflect/Mirror.java': 'package acme.reflect;\n\npublic class Mirror {}\n',
      'symtab/Flags.java': 'package acme.symtab;\n\npublic class Flags {}\n',
      'test/files/pos/Fixture.java': 'package java.lang;\n\npublic class Fixture {}\n',
      'test/junit/acme/symtab/FlagsTest.java': 'package acme.symtab;\n\nimport acme.testkit.Helper;\n\npublic class FlagsTest { Flags f; Helper h; }\n',
      'test/junit/acme/symtab/SymbolTableTest.java': 'package acme.symtab;\n\npublic class SymbolTableTest {}\n',
      'test/files/acme/testkit/Helper.java': 'package acme.testkit;\n\npublic class Helper {}\n',
    } }]);
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db, modulesFile: join(repo, 'modules.json') });
    const index = await openIndex({ repo, db });
    try {
      assert.deepEqual(index.graph().edges.map((e) => `${e.from} -> ${e.to}`).sort(), ['compiler -> reflect', 'compiler -> symtab', 'test/junit -> symtab', 'test/junit -> test/files']);
    } finally {
      index.close();
    }
  });
});

describe('a namespace two modules declare', () => {
  it("is the importer's own where its module declares it too, else the one declaring it most", async () => {
    // RestSharp: the core's Serializers/Xml folder and the add-on project both declare RestSharp.Serializers.Xml
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['src/Core', 'src/Core.Xml', 'src/App'].map((p) => ({ id: p, path: p }))),
      'src/Core/Client.cs': 'using Acme.Xml;\nnamespace Acme;\npublic class Client { XmlReader r; }\n',
      'src/Core/Xml/XmlReader.cs': 'namespace Acme.Xml;\npublic class XmlReader {}\n',
      'src/Core.Xml/XmlWriter.cs': 'namespace Acme.Xml;\npublic class XmlWriter {}\n',
      'src/Core.Xml/XmlSettings.cs': 'namespace Acme.Xml;\npublic class XmlSettings {}\n',
      'src/App/Program.cs': 'using Acme.Xml;\nnamespace Acme.App;\npublic class Program {}\n',
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['src/App -> src/Core.Xml']);
  });
});

describe('PHP classes of the file\'s own namespace', () => {
  it('link a file to the classes it names without a `use`, not to ones it imports, declares or takes from PHP', async () => {
    // Guzzle: Client.php calls HandlerStack::create() and RequestOptions::… of its own namespace with no `use`
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['src/Client', 'src/Stack', 'src/Options', 'src/Pool', 'src/Other', 'src/Traits'].map((p) => ({ id: p, path: p }))),
      'src/Client/Client.php': "<?php\nnamespace Acme;\nuse Acme\\Extra\\Helper;\nclass Client extends Base implements \\Countable {\n  use MessageTrait;\n  public function send(Options $o): void { $s = HandlerStack::create(); $p = new Pool(); if ($e instanceof Helper) {} throw new \\RuntimeException(); }\n}\n",
      // psr7: Request and Response `use MessageTrait;` in their bodies
      'src/Traits/MessageTrait.php': '<?php\nnamespace Acme;\ntrait MessageTrait {}\n',
      'src/Stack/HandlerStack.php': '<?php\nnamespace Acme;\nclass HandlerStack { public static function create() {} }\n',
      'src/Options/Options.php': '<?php\nnamespace Acme;\nfinal class Options {}\n',
      'src/Pool/Pool.php': '<?php\nnamespace Acme;\nclass Pool {}\n',
      'src/Other/Helper.php': '<?php\nnamespace Acme;\nclass Helper {}\n',
    } }]);
    // Helper is `use`d from Acme\Extra (not this Acme\Helper), Base exists nowhere, RuntimeException is PHP's
    assert.deepEqual((await listedEdges(repo)).sort(), ['src/Client -> src/Options', 'src/Client -> src/Pool', 'src/Client -> src/Stack', 'src/Client -> src/Traits']);
  });
});

describe('an include found by its name', () => {
  it("is never a test's file from code; a path relative to the file still is, and a test reaches its own", async () => {
    // Composer 2.10: `include $vendorDir.'/composer/autoload_psr4.php'` had found tests/…/Fixtures/autoload_psr4.php
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['src/Autoload', 'src/Util', 'tests'].map((p) => ({ id: p, path: p }))),
      'src/Autoload/Generator.php': "<?php\nnamespace Acme\\Autoload;\nclass Generator { function load() { return include 'autoload_psr4.php'; } function util() { return include __DIR__ . '/../Util/helpers.php'; } }\n",
      'src/Util/helpers.php': '<?php\nfunction helper() {}\n',
      'tests/Fixtures/autoload_psr4.php': "<?php\nreturn array();\n",
      'tests/GeneratorTest.php': "<?php\nclass GeneratorTest { function t() { return include 'autoload_psr4.php'; } }\n",
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['src/Autoload -> src/Util']);
  });
});

describe('a C# using inside a namespace', () => {
  it('names a namespace below the enclosing one (`using Validators;` in namespace FluentValidation); written outside, only the name as written', async () => {
    // FluentValidation 12.1: `namespace FluentValidation { using Validators; … }` drew no edge between its folders
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['src/Lib', 'src/Lib/Validators', 'src/Lib/Results', 'src/Other'].map((p) => ({ id: p, path: p }))),
      'src/Lib/Extensions.cs': 'namespace Lib {\n  using System;\n  using Validators;\n  public static class Extensions { }\n}\n',
      'src/Lib/Validators/NotNull.cs': 'namespace Lib.Validators {\n  public class NotNullValidator { }\n}\n',
      'src/Lib/Results/Result.cs': 'namespace Lib.Results {\n  public class ValidationResult { }\n}\n',
      // at the top of the file, `using Results;` is the namespace Results, which no one declares
      'src/Other/Use.cs': 'using Results;\nnamespace Other {\n  public class Use { }\n}\n',
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['src/Lib -> src/Lib/Validators']);
  });
});

describe('a Perl module', () => {
  it("is loaded from a library folder: Perl's own `Config` is no plugin of that name deep in lib/", async () => {
    // Mojolicious 9.48: `use Config;` in lib/Mojo/IOLoop.pm had found lib/Mojolicious/Plugin/Config.pm
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['lib/Mojo', 'lib/Mojolicious', 't', 'perl/Git/SVN.pm', 'perl/Git/LoadCPAN.pm'].map((p) => ({ id: p, path: p }))),
      'lib/Mojo/IOLoop.pm': 'package Mojo::IOLoop;\nuse Config;\n1;\n',
      'lib/Mojo/Server.pm': 'package Mojo::Server;\nuse Mojo::IOLoop;\n1;\n',
      'lib/Mojolicious/Routes.pm': 'package Mojolicious::Routes;\nuse Mojolicious::Plugin::Config;\n1;\n',
      'lib/Mojolicious/Plugin/Config.pm': 'package Mojolicious::Plugin::Config;\nuse Mojo::IOLoop;\n1;\n',
      't/lib/Helper.pm': 'package Helper;\n1;\n',
      // a name of two parts is found below any library root (git's perl/Git/LoadCPAN.pm)
      'perl/Git/SVN.pm': 'package Git::SVN;\nuse Git::LoadCPAN;\n1;\n',
      'perl/Git/LoadCPAN.pm': 'package Git::LoadCPAN;\n1;\n',
      't/app.t': 'use lib "t/lib";\nuse Helper;\nuse Mojo::IOLoop;\n',
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['lib/Mojolicious -> lib/Mojo', 'perl/Git/SVN.pm -> perl/Git/LoadCPAN.pm']);
  });
});

describe('a Python import found by a path suffix', () => {
  it("is never a test's file from code: a third-party package named like a fixture's module stays outside", async () => {
    // poetry 2.2: `from build import ProjectBuilder` (pypa's build) had found tests/fixtures/extended_project/build.py
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['src/poetry/utils', 'src/poetry/core', 'tests', 'examples'].map((p) => ({ id: p, path: p }))),
      'src/poetry/__init__.py': '',
      'src/poetry/utils/__init__.py': '',
      'src/poetry/utils/isolated_build.py': 'from build import ProjectBuilder\nfrom poetry.core.factory import Factory\n',
      'src/poetry/core/__init__.py': '',
      'src/poetry/core/factory.py': 'class Factory:\n    pass\n',
      'tests/fixtures/extended_project/build.py': 'def build(setup_kwargs):\n    pass\n',
      'tests/test_build.py': 'from build import build\n',
      // celery 5.5: `from pydantic import BaseModel` had found examples/pydantic/; the example's own import still does
      'src/poetry/core/schema.py': 'from pydantic import BaseModel\n',
      'examples/pydantic/__init__.py': '',
      'examples/pydantic/tasks.py': 'from pydantic import BaseModel\n',
      'examples/pydantic/run.py': 'import pydantic.tasks\n',
      // nor a flat example named like a package; a library's own examples subpackage is the library's
      'examples/redis.py': 'import os\n',
      'src/poetry/utils/cache.py': 'import redis\nfrom poetry.core.examples.widgets import gallery\n',
      'src/poetry/core/examples/__init__.py': '',
      'src/poetry/core/examples/widgets.py': 'gallery = 1\n',
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['src/poetry/utils -> src/poetry/core']);
  });
});

describe('a Python package beside a module of its name', () => {
  it('is what an import of that name finds, at the root and deeper (calibre-web: cps/ beside the launcher cps.py)', async () => {
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify([['cps'], ['cps/tasks'], ['launcher', 'cps.py'], ['app/core'], ['app/legacy', 'app/core.py'], ['app/run']].map(([id, path]) => ({ id, path: path ?? id }))),
      'cps.py': 'from cps.main import main\nmain()\n',
      'cps/__init__.py': 'config = 1\n',
      'cps/main.py': 'def main():\n    pass\n',
      'cps/tasks/__init__.py': '',
      'cps/tasks/convert.py': 'from cps import config\n',
      // below a source root that is no package: the same, the nearer root first
      'app/core.py': 'def run():\n    pass\n',
      'app/core/__init__.py': 'settings = 1\n',
      'app/run/go.py': 'from core import settings\n',
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['app/run -> app/core', 'cps/tasks -> cps', 'launcher -> cps']);
  });
});

describe("an example's own packages", () => {
  it('resolve by the names their manifests declare, with a module list too; an example named like the library or like another example never does', async () => {
    // bloc's examples/flutter_todos/packages/todos_repository: `package:todos_repository/…` drew no edge with --modules
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['packages/bloc', 'examples/todos', 'examples/todos/packages/repo', 'examples/counter', 'examples/timer', 'examples/stopwatch'].map((p) => ({ id: p, path: p }))),
      'packages/bloc/pubspec.yaml': 'name: bloc\n',
      'packages/bloc/lib/bloc.dart': 'class Bloc {}\n',
      'examples/todos/pubspec.yaml': 'name: flutter_todos\n',
      'examples/todos/lib/main.dart': "import 'package:todos_repository/todos_repository.dart';\nimport 'package:bloc/bloc.dart';\n",
      'examples/todos/packages/repo/pubspec.yaml': 'name: todos_repository\n',
      'examples/todos/packages/repo/lib/todos_repository.dart': 'class TodosRepository {}\n',
      // an example that calls itself after the library, and two examples of one name
      'examples/counter/pubspec.yaml': 'name: bloc\n',
      'examples/counter/lib/main.dart': "import 'package:app/app.dart';\n",
      'examples/stopwatch/pubspec.yaml': 'name: app\n',
      'examples/stopwatch/lib/app.dart': 'class App {}\n',
      'examples/timer/pubspec.yaml': 'name: app\n',
      'examples/timer/lib/app.dart': "import 'package:bloc/bloc.dart';\n",
      'examples/todos/packages/repo/example/pubspec.yaml': 'name: app\n',
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), [
      'examples/timer -> packages/bloc',
      'examples/todos -> examples/todos/packages/repo',
      'examples/todos -> packages/bloc',
    ]);
    const names = collectPackageNames(repo, ['packages/bloc/pubspec.yaml', 'examples/counter/pubspec.yaml', 'examples/timer/pubspec.yaml', 'examples/todos/packages/repo/pubspec.yaml', 'examples/todos/packages/repo/example/pubspec.yaml']);
    assert.deepEqual(names.map((n) => `${n.name} ${n.dir}`), ['bloc packages/bloc', 'todos_repository examples/todos/packages/repo']);
  });
});

describe('a module made of tests', () => {
  it('keeps the edges of its imports though its build file, manifest and keystore outnumber its tests (Retrofit\'s android-test)', async () => {
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['core', 'android-test'].map((p) => ({ id: p, path: p }))),
      'core/src/main/java/acme/http/Get.java': 'package acme.http;\n\npublic @interface Get {}\n',
      'android-test/build.gradle': "apply plugin: 'com.android.library'\n",
      'android-test/src/main/AndroidManifest.xml': '<manifest package="acme.test"/>\n',
      'android-test/debug.keystore': 'not a real keystore\n',
      'android-test/proguard-rules.pro': '-keep class acme.** { *; }\n',
      'android-test/src/androidTest/java/acme/BasicCallTest.java': 'package acme;\n\nimport acme.http.Get;\n\npublic class BasicCallTest { Get g; }\n',
    } }]);
    assert.deepEqual(await listedEdges(repo), ['android-test -> core']);
  });

  it("is no crate with code in src/, however many UI tests it holds: their imports make no edge (axum-macros)", async () => {
    const uiTests: Record<string, string> = {};
    for (let i = 0; i < 12; i++) uiTests[`axum-macros/tests/debug_handler/pass/case${i}.rs`] = 'use axum::Router;\nfn main() { let _ = Router::new(); }\n';
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['axum', 'axum-macros'].map((p) => ({ id: p, path: p }))),
      'axum/Cargo.toml': '[package]\nname = "axum"\n',
      'axum/src/lib.rs': 'pub struct Router;\n',
      'axum-macros/Cargo.toml': '[package]\nname = "axum-macros"\n',
      'axum-macros/src/lib.rs': 'mod debug_handler;\npub fn debug_handler() {}\n',
      'axum-macros/src/debug_handler.rs': 'pub fn expand() {}\n',
      ...uiTests,
    } }]);
    assert.deepEqual(await listedEdges(repo), []);
  });
});

describe('Swift types of the same target', () => {
  it('link the folders of an app target, where no file imports another: to the file named after the type, or declaring it', async () => {
    assert.deepEqual(await edgesOf('swift-target-types'), [
      'ios/Extensions -> ios/Utils', // extension DataRequest: Requests.swift declares it beside DownloadRequest (Alamofire's Request.swift)
      'ios/Hybrid Objects -> ios/Utils', // CameraQueues.videoQueue, OrientationManager(level:); AVCaptureDevice is the SDK's (only an extension file names it)
    ]);
  });
});

describe('Apple framework headers', () => {
  it('resolve `<Framework/Header.h>` to the repository\'s header of that name; Apple\'s SDK frameworks never', async () => {
    assert.deepEqual(await edgesOf('apple-framework-headers'), [
      'ios/Core -> ios/JSI', // <ExpoModulesCore/EXJavaScriptObject.h>: no ExpoModulesCore/ folder, the header by its name
    ]);
  });
});

describe('Lua require', () => {
  it('finds a.b as a/b.lua or a/b/init.lua under a lua/ root, as package.path does', async () => {
    assert.deepEqual(await edgesOf('lua-plugin'), [
      'lua/shop -> lua/shop/util', // cart.lua: require "shop.util" → lua/shop/util/init.lua
      'plugin -> lua/shop', // require('shop') → lua/shop/init.lua
      // lua/shop/init.lua's require('shop') is itself, not plugin/shop.lua; util's requires of shop.cart are
      // in its comments, and its require('oil') is oil.nvim (lua/shop/extensions/oil.lua is not on a root): no edge
    ]);
  });
});

describe('Rust paths in a single-crate repository', () => {
  it('go into the crate\'s src/ modules, never to the root that holds Cargo.toml and build.rs', async () => {
    assert.deepEqual(await edgesOf('rust-single-crate'), [
      'src -> src/fs', // pub mod fs; in lib.rs
      'src -> src/net',
      'src/fs -> src/net', // use crate::net::tcp::TcpStream from src/fs/file.rs (no leading dir before src/)
      'tests -> src/fs', // use tidewater::fs::File: the crate's name, then its path under src/
      'tests -> src/net', // use tidewater::net
    ]);
  });

  it("resolve a binary's own crate, its child modules in scope and the library's root re-exports (bat's layout)", async () => {
    assert.deepEqual(await edgesOf('rust-binary-crate', true), [
      'examples -> src 1', // use pager::PrettyPrinter: re-exported at lib.rs, so src (there is no root module to own Cargo.toml)
      // src/bin/pager/main.rs: `use crate::config` is its own config.rs and `use assets::…` its child module (no edge);
      // only `use pager::PrettyPrinter` reaches the library
      'src/bin -> src 1',
    ]);
  });
});

describe('a Rust child module named like a crate of the workspace', () => {
  it('is the child module in scope, not the other crate', async () => {
    // mdBook 0.5: crates/mdbook-driver declares `mod mdbook;` and `pub use mdbook::MDBook`, which had named the root crate
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'Cargo.toml': '[package]\nname = "mdbook"\n\n[workspace]\nmembers = ["crates/driver", "crates/core"]\n',
      'src/main.rs': 'use mdbook_driver::MDBook;\nfn main() {}\n',
      'crates/driver/Cargo.toml': '[package]\nname = "mdbook-driver"\n',
      'crates/driver/src/lib.rs': 'mod mdbook;\npub use mdbook::MDBook;\nuse mdbook_core::Config;\n',
      'crates/driver/src/mdbook.rs': 'pub struct MDBook;\n',
      'crates/core/Cargo.toml': '[package]\nname = "mdbook-core"\n',
      'crates/core/src/lib.rs': 'pub struct Config;\n',
    } }]);
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db });
    const index = await openIndex({ repo, db });
    try {
      assert.deepEqual(index.graph().edges.map((e) => `${e.from} -> ${e.to}`).sort(), ['. -> crates/driver', 'crates/driver -> crates/core']);
    } finally {
      index.close();
    }
  });
});

describe('a type only an example declares', () => {
  it('is no type of the code outside the examples; the example still uses the library', async () => {
    // TCA 1.25: the library's generic parameters State and Action had found the case studies' nested types
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['Sources/Lib', 'Examples/CaseStudies'].map((p) => ({ id: p, path: p }))),
      'Sources/Lib/Store.swift': 'public final class Store<State, Action> {\n  var state: State\n  func send(_ action: Action) {}\n}\n',
      'Sources/Lib/Reducer.swift': 'public protocol Reducer {\n  associatedtype State\n  func reduce(into state: inout State) -> Store<State, Int>\n}\n',
      'Sources/Lib/Scope.swift': 'extension Store {\n  public func scope(_ state: State, _ action: Action) -> State { state }\n}\n',
      'Examples/CaseStudies/Counter.swift': 'struct State { var count = 0 }\nenum Action { case tap }\nlet store = Store<State, Action>()\n',
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['Examples/CaseStudies -> Sources/Lib']);
  });

  it("nor does a DocC catalog's tutorial code make its module depend on anything", async () => {
    // TCA 1.25: 73 snapshots' `@testable import SyncUps` had made the library depend on the SyncUps app
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['Sources/Lib', 'Apps/SyncUps'].map((p) => ({ id: p, path: p }))),
      'Sources/Lib/Store.swift': 'public final class Store {}\n',
      'Sources/Lib/Lib.docc/Tutorials/Meeting-code-0001.swift': 'let meeting = Meeting()\n',
      'Apps/SyncUps/Meeting.swift': 'struct Meeting {}\nlet store = Store()\n',
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['Apps/SyncUps -> Sources/Lib']);
  });

  it("nor do a crate's examples make it depend on the crate that uses it; a samples module keeps its edges", async () => {
    // actix-web 4.15: actix-http's examples/actix-web.rs had drawn actix-http -> actix-web beside actix-web -> actix-http
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['http', 'web', 'samples'].map((p) => ({ id: p, path: p }))),
      'Cargo.toml': '[workspace]\nmembers = ["http", "web", "samples"]\n',
      'http/Cargo.toml': '[package]\nname = "http-core"\n\n[dev-dependencies]\nweb-app = { path = "../web" }\n',
      'http/src/lib.rs': 'pub struct Request;\n',
      'http/examples/server.rs': 'use web_app::App;\nfn main() { let _ = App; }\n',
      'web/Cargo.toml': '[package]\nname = "web-app"\n\n[dependencies]\nhttp-core = { path = "../http" }\n',
      'web/src/lib.rs': 'use http_core::Request;\npub struct App;\n',
      'samples/Cargo.toml': '[package]\nname = "samples"\n\n[dependencies]\nweb-app = { path = "../web" }\n',
      'samples/src/main.rs': 'use web_app::App;\nfn main() { let _ = App; }\n',
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['samples -> web', 'web -> http']);
  });
});

describe('Ruby requires and autoloads', () => {
  it('search the gems\' lib/ folders; a one-word require found outside a load path is the standard library', async () => {
    // railcar/lib/railcar.rb's require "caboose/signal" is caboose/lib/caboose/signal.rb. There is no caboose -> railcar:
    // caboose/lib/caboose.rb's `require "json"` is not railcar/lib/railcar/json.rb, which sits below a lib/ folder, not on it.
    assert.deepEqual(await edgesOf('ruby-gems'), ['railcar -> caboose']);
  });
});

describe('Ruby constants in an application that never requires its own files', () => {
  it('link to the file the constant underscores to on an autoload path, the innermost namespace first', async () => {
    // users_controller names User, Policy (inside `module Admin`: Admin::Policy, in app/models/admin, before the
    // top-level Policy of app/policies) and Admin::Policy; cleanup_job names User and the top-level Policy.
    // ActiveRecord::Base and ApplicationJob have no file here; a constant in a comment or a declaration's own name counts for nothing.
    assert.deepEqual(await edgesOf('rails-app', true), ['app/controllers -> app/models 3', 'app/jobs -> app/models 1', 'app/jobs -> app/policies 1']);
  });
});

describe('Ruby constants whose file is not where the name underscores to', () => {
  it("follow a brand name's inflection (AcmeLint in acmelint/) and collapsed folders (cop/mixin/), the innermost namespace first", async () => {
    // rubocop's review: RuboCop::Cop::Alignment underscores to rubo_cop/cop/alignment.rb but lives in
    // lib/rubocop/cop/mixin/alignment.rb; 102 of its 4,615 constant references had resolved.
    const repo = useFixture('ruby-collapsed-namespaces');
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db, modulesFile: join(repo, 'modules.json') });
    const index = await openIndex({ repo, db });
    try {
      // IndentationWidth < Base is Cop::Base (cop/base.rb), its Alignment the mixin; Parser::Source::Range is no file
      // here; the formatter's AcmeLint::Version is acmelint/version.rb (acme_lint/version.rb as underscored).
      assert.deepEqual(index.graph().edges.map((e) => `${e.from} -> ${e.to}`), ['formatter -> core', 'layout -> cop', 'layout -> mixin']);
    } finally {
      index.close();
    }
  });
});

describe('Vue and Svelte components', () => {
  it('link through their <script> imports, relative or by the @/ and ~/ source aliases', async () => {
    assert.deepEqual(await edgesOf('vue-app'), [
      'src/components -> src/stores', // import { useSession } from '@/stores/session' in a <script setup lang="ts">
      'src/components -> src/utils', // '@/utils/names'
      // a layout that imports nothing, as Nuxt allows: <BaseButton> is components/base/Button.vue, <user-card>
      // components/user-card.vue; <NuxtPage> is no file here, and the commented-out <OldHeader> counts for nothing
      'src/layouts -> src/components',
      'src/stores -> src/utils', // '~/utils/names' from a plain .ts file
      'src/views -> src/components', // a Svelte component importing a Vue one by path
      'src/views -> src/stores', // '../stores/cart.js' in Svelte's instance script
    ]);
  });
});

describe('tsconfig paths aliases', () => {
  it('resolve by the nearest tsconfig that declares paths (comments and trailing commas allowed, baseUrl honoured)', async () => {
    assert.deepEqual(await edgesOf('tsconfig-paths'), [
      // '@app/orders/table' through apps/web/tsconfig.json (baseUrl src). Its '@shop/ui' gives no edge: an
      // app's own paths replace those of the config it extends, as TypeScript has them.
      'apps/web/src/app/users -> apps/web/src/app/orders',
      // '@shop/ui' (exact) from the root's tsconfig.base.json; '@shop/core' ('@shop/*') stays inside packages/core
      'packages/core -> packages/ui',
    ]);
  });

  it('start non-relative imports at a baseUrl of their own (Vite\'s `src/core/api`, Create React App\'s `components/Button`)', async () => {
    // stash's UI: 1,675 imports of the form 'src/...' had made no edge; 'react' and 'lodash' are packages, no edge
    assert.deepEqual(await edgesOf('tsconfig-baseurl'), ['ui/src/components -> ui/src/core', 'web/src/pages -> web/src/components']);
  });
});

describe('Dart package imports', () => {
  it('go into the named package\'s lib/, by the name its pubspec.yaml declares', async () => {
    // apps/shop_app/lib/main.dart: package:shop_core/src/cart.dart; package:flutter is not in the repository;
    // packages/shop_core/test/cart_test.dart's import stays inside shop_core
    assert.deepEqual(await edgesOf('dart-packages'), ['apps/shop_app -> packages/shop_core']);
  });
});

describe('.NET projects', () => {
  it('link by the namespaces their files declare (file-scoped and block namespaces)', async () => {
    // Shop.Domain.Pricing names `Money` of its enclosing namespace Shop.Domain with no using.
    assert.deepEqual(await edgesOf('dotnet-solution'), ['src/Shop.Api -> src/Shop.Domain', 'src/Shop.Domain.Pricing -> src/Shop.Domain', 'tests/Shop.Domain.Tests -> src/Shop.Domain']);
  });

  it("see the namespaces of a project's `global using`s in every file below them", async () => {
    // Serilog's GlobalUsings.cs: its folders' files name `LogEvent` with no using of their own. The file itself
    // still depends on what it opens; a namespace outside the repository (System.Text) is nothing.
    const repo = useFixture('dotnet-global-usings');
    assert.deepEqual(await listedEdges(repo), ['Logs -> Logs/Core', 'Logs -> Logs/Events', 'Logs/Core -> Logs/Events', 'Logs/Formatting -> Logs/Events']);
    // A re-index after the global using is gone resolves the files that did not change again.
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db, modulesFile: join(repo, 'modules.json') });
    writeFileSync(join(repo, 'src/Logs/GlobalUsings.cs'), 'global using Logs.Core;\n');
    await runIndex({ repo, db, modulesFile: join(repo, 'modules.json') });
    const index = await openIndex({ repo, db });
    try {
      assert.deepEqual(index.graph().edges.map((e) => `${e.from} -> ${e.to}`), ['Logs -> Logs/Core']);
    } finally {
      index.close();
    }
  });
});

describe('Lerna packages', () => {
  it('link by package name', async () => {
    assert.deepEqual(await edgesOf('lerna-monorepo'), ['modules/cli -> modules/core']);
  });
});

describe('Nx projects', () => {
  it('link through tsconfig.base.json paths, as Nx libraries without package.json import each other', async () => {
    assert.deepEqual(await edgesOf('nx-workspace'), ['apps/shop -> libs/cart']);
  });
});

describe('Elixir aliases', () => {
  it('go to the file Mix keeps the module in (Shop.Accounts.User → lib/shop/accounts/user.ex)', async () => {
    // user_controller aliases Shop.Accounts.User; user.ex's Ecto.* are dependencies, Shop.Repo stays inside apps/shop
    assert.deepEqual(await edgesOf('elixir-umbrella'), ['apps/shop_web -> apps/shop']);
  });
});

describe('Scala imports', () => {
  it('resolve through the packages files declare, chained package clauses included', async () => {
    assert.deepEqual(await edgesOf('sbt-multi-project'), ['modules/api -> core']);
  });
});

describe('PHP namespaces and includes', () => {
  it('resolve `use` through the file that declares the class, else the namespace, and includes by path', async () => {
    assert.deepEqual(await edgesOf('php-packages'), [
      'src/Tramway/Routing -> .', // use Tramway\Ticket\Fare: Ticket's broken composer.json leaves it in the root
      // use Tramway\Support\Collection: the file that declares it is Collections/Collection.php, though the
      // Support namespace's other files are in Support/
      'src/Tramway/Routing -> src/Tramway/Collections',
      'src/Tramway/Routing -> src/Tramway/Support', // use Tramway\Support\Str, use function Tramway\Support\helper
      'src/Tramway/Support -> .', // include 'Tramway/Ticket/Fare.php', found by its path's tail
    ]);
  });
});

describe('C/C++ includes that several headers match', () => {
  it('go to the header nearest the including file, not the first by name, and to none when the nearest are tied', async () => {
    // lib/cpu/quants.c includes "quants.h": lib/quants.h (an ancestor's) rather than lib/openvino/quants.h,
    // which sorts first; lib/openvino/ov.cpp finds its own copy beside it.
    // lib/quants.c's "Platform.h" is in lib/darwin and lib/linux alike, equally near: the build picks one per
    // platform, so no edge (it had gone to lib/darwin, first by name)
    assert.deepEqual(await edgesOf('cmake-header-clash'), ['lib/cpu -> lib']);
  });
});

describe('Python imports by bare module name', () => {
  it('go to the nearest file of that name, as sys.path would find the script directory first', async () => {
    // beta/main.py's `import common` is beta/common.py, not alpha/common.py (first by name);
    // gamma/tool.py's `import text_util` has one match, in alpha. epsilon/report.py's `import json` is the
    // standard library's, not delta/serializers/json.py: a file inside a package is no top-level name.
    assert.deepEqual(await edgesOf('python-script-imports'), ['gamma -> alpha']);
  });

  it('leave a standard-library name to the standard library, whatever file of that name the repository has', async () => {
    // beets: every plugin's `import random` went to beetsplug/random.py, the core's `import types` to beetsplug/types.py
    // (here extras/, a folder of scripts without __init__.py, as a list of one-file modules leaves it).
    assert.deepEqual(await edgesOf('python-stdlib-names'), ['core -> plugins']);
  });
});

describe('an include matched by several equally near headers', () => {
  it('resolves to none when any of them lies in another module, whatever their names', () => {
    const resolveWith = (files: string[], modules: { id: string; path: string }[]) => {
      const defs = modules.map((m) => ({ id: m.id as ModuleId, path: m.path }));
      const moduleOf = createModuleResolver(defs);
      return createImportResolver({ files, modules: defs, moduleOf, packages: new Map() })('main.c', { spec: 'P.h', kind: 'include' });
    };
    const modules = [{ id: 'plat', path: 'plat' }, { id: 'zz', path: 'zz' }, { id: 'aa', path: 'aa' }];
    // two of plat's and one of zz's: the first two by name share a module, the third does not
    assert.equal(resolveWith(['main.c', 'plat/darwin/P.h', 'plat/linux/P.h', 'zz/win/P.h'], modules), undefined);
    assert.equal(resolveWith(['main.c', 'plat/darwin/P.h', 'plat/linux/P.h', 'aa/win/P.h'], modules), undefined);
    // all in one module: that module
    assert.equal(resolveWith(['main.c', 'plat/darwin/P.h', 'plat/linux/P.h'], modules), 'plat');
  });

  it("finds a framework's header by its name, not a lower-case library's (leveldb's <crc32c/crc32c.h> is no util/crc32c.h)", () => {
    const defs = [{ id: 'port' as ModuleId, path: 'port' }, { id: 'util' as ModuleId, path: 'util' }, { id: 'ios' as ModuleId, path: 'ios' }];
    const resolve = createImportResolver({ files: ['port/port_stdcxx.h', 'util/crc32c.h', 'ios/JSI/EXJavaScriptObject.h', 'ios/Core/EXModule.m'], modules: defs, moduleOf: createModuleResolver(defs), packages: new Map() });
    assert.equal(resolve('port/port_stdcxx.h', { spec: 'crc32c/crc32c.h', kind: 'include', system: true }), undefined);
    assert.equal(resolve('ios/Core/EXModule.m', { spec: 'ExpoModulesCore/EXJavaScriptObject.h', kind: 'include', system: true }), 'ios');
  });
});

describe('a Java or Kotlin import of a class no source file declares', () => {
  it("falls back to the class's own package, no further up (an Android library's generated R is no class of the app)", () => {
    const defs = [{ id: 'app' as ModuleId, path: 'app' }, { id: 'ui/preferences' as ModuleId, path: 'ui/preferences' }];
    const files = ['app/src/Main.java', 'ui/preferences/src/screen/AboutFragment.java'];
    // `de.acme.ui` is mostly app's; ui/preferences declares only its subpackage `de.acme.ui.preferences.screen`
    const packages = new Map([
      ['jvm:de.acme.ui', new Map([['app' as ModuleId, 12]])],
      ['jvm:de.acme.ui.preferences.screen', new Map([['ui/preferences' as ModuleId, 9]])],
    ]);
    const resolve = createImportResolver({ files, modules: defs, moduleOf: createModuleResolver(defs), packages });
    const from = 'ui/preferences/src/screen/AboutFragment.java';
    assert.equal(resolve(from, { spec: 'de.acme.ui.preferences.R', kind: 'qualified' }), undefined);
    assert.equal(resolve(from, { spec: 'de.acme.ui.preferences.BuildConfig', kind: 'qualified' }), undefined);
    // a class of a package some module declares is that module's, found or not
    assert.equal(resolve(from, { spec: 'de.acme.ui.Theme', kind: 'qualified' }), 'app');
    assert.equal(resolve('app/src/Main.java', { spec: 'de.acme.ui.preferences.screen.AboutFragment', kind: 'qualified' }), 'ui/preferences');
  });
});

describe('an Elixir call of an Erlang module', () => {
  it("links to the repository's Erlang file of that name; the standard library's modules link nowhere", async () => {
    // plug: Plug.Conn calls :plug_multipart.parse_headers/2 of src/plug_multipart.erl, which had been "used by" none
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify(['lib/plug', 'src'].map((p) => ({ id: p, path: p }))),
      'lib/plug/conn.ex': 'defmodule Plug.Conn do\n  def parse(x), do: :plug_multipart.parse_headers(x, []) && :ets.lookup(:t, x)\nend\n',
      'src/plug_multipart.erl': '-module(plug_multipart).\n-export([parse_headers/2]).\nparse_headers(X, _) -> X.\n',
    } }]);
    assert.deepEqual((await listedEdges(repo)).sort(), ['lib/plug -> src']);
  });
});
