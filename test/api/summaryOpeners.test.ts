import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

test("a card opens with a main file's doc, a few files' doc or one about the module, never whatever file sorted first", async () => {
  // redis's `src` read "function_lua.c unit provides the Lua engine functionality." (its first file with a doc).
  const repo = tempDir();
  const cFiles = Object.fromEntries(
    ['acl', 'blocked', 'cluster', 'db', 'function_lua'].map((name) => [`engine/${name}.c`, `/* ${name}.c unit provides the ${name} functionality. */\nint ${name}_init(void) { return 0; }\n`]),
  );
  writeFiles(repo, {
    ...cFiles,
    // Go: the package doc may sit in any file of the package.
    'config/a.go': '// Load parses the YAML input into a Config.\npackage config\n\nfunc Load() {}\n',
    'config/b.go': '// Package config loads the YAML configuration.\npackage config\n\nfunc Save() {}\n',
    'config/c.go': 'package config\n\nfunc Check() {}\n',
    'config/d.go': 'package config\n\nfunc Dump() {}\n',
    // a crate's src/lib.rs speaks for it; two files are few enough for either's doc
    'term/Cargo.toml': '[package]\nname = "term"\nversion = "0.1.0"\n',
    'term/src/lib.rs': '//! The terminal state machine.\npub mod grid;\npub mod ansi;\npub mod tty;\npub mod selection;\n',
    ...Object.fromEntries(['grid', 'ansi', 'tty', 'selection'].map((n) => [`term/src/${n}.rs`, `//! Helpers for ${n}.\npub fn ${n}() {}\n`])),
    'small/util.py': '"""String helpers for the report."""\ndef pad(s):\n    return s\n',
    // a file without a doc of its own: its first function's doc describes that function (pytest's fixtures.py),
    // while a class named like the module speaks for it
    'fixtures.py': 'def get_marker(obj):\n    """Return fixturemarker or None if it doesn\'t exist."""\n    return None\n',
    'router/router.py': 'class Router:\n    """Matches request paths to handlers."""\n\ndef helper():\n    pass\n',
    // httr2's req-retries.R: a module of one file, named by its stem, whose namesake is in the singular
    'req/retries.py': 'def retry(req):\n    """Automatically retry a request on failure."""\n    return req\n\ndef _backoff():\n    pass\n',
    // jinja's nativetypes.py: no module doc, a function's doc first, and the class with most members says what it is for
    'native/nativetypes.py': 'def native_concat(values):\n    """Return a native Python type from the list of compiled nodes."""\n    return values\n\nclass NativeCodeGenerator:\n    """A code generator which renders Python types."""\n    def a(self):\n        pass\n\nclass NativeEnvironment:\n    """An environment that renders templates to native Python types."""\n    def b(self):\n        pass\n    def c(self):\n        pass\n',
    // restic: a Go package named in two letters documents itself in doc.go; a program's package exports nothing
    ...Object.fromEntries(['file', 'path', 'stat', 'walk'].map((n) => [`fs/${n}.go`, `package fs\n\nfunc ${n}() {}\n`])),
    'fs/doc.go': '// Package fs implements an OS independent abstraction of a file system.\npackage fs\n',
    'helpers/main.go': 'package main\n\nfunc runRelease() {}\n\nfunc main() { runRelease() }\n',
    'helpers/main_test.go': 'package main\n\nimport "testing"\n\nfunc TestRunRelease(t *testing.T) {}\n',
    // fzf: the package comment sits in core.go of a package named fzf in `src/`
    ...Object.fromEntries(['algo', 'ansi', 'cache', 'chunklist'].map((n) => [`src/${n}.go`, `package fzf\n\nfunc ${n}() {}\n`])),
    'src/core.go': '// Package fzf implements fzf, a command-line fuzzy finder.\npackage fzf\n\nfunc Run() {}\n',
    // gh: a folder of command packages, one of which documents itself: its doc is not the folder's
    ...Object.fromEntries(['list', 'view', 'close', 'edit'].map((n) => [`cmds/issue/${n}/${n}.go`, `package ${n}\n\nfunc New${n}() {}\n`])),
    'cmds/issue/lock/lock.go': '// Package lock locks and unlocks conversations on issues.\npackage lock\n\nfunc NewCmdLock() {}\n',
    'cmds/factory.go': 'package cmds\n\nfunc New() {}\n',
    // jekyll: every file reopens `module Jekyll`, and the doc above it is its own class's
    ...Object.fromEntries(['cache', 'cleaner', 'command', 'document'].map((n) => [`gem/lib/jekyll/${n}.rb`, `module Jekyll\n  class ${n[0]?.toUpperCase()}${n.slice(1)}\n  end\nend\n`])),
    // moshi's codegen: its code has no doc, a test fixture's Javadoc describes the test that uses it
    'codegen/src/main/java/x/Generator.java': 'package x;\npublic class Generator {}\n',
    'codegen/src/test/java/x/JavaSuperclass.java': 'package x;\n/** For GeneratorTest#extendJavaType. */\npublic class JavaSuperclass {}\n',
    // …while a module of tests only is described by them
    'suite/test_rendering.py': '""' + '"Rendering of templates with autoescaping.""' + '"\ndef test_escape():\n    pass\n',
    'gem/lib/jekyll/convertible.rb': '# Convertible provides methods for converting a pagelike item\n# from a certain type of markup into actual content\nmodule Jekyll\n  module Convertible\n  end\nend\n',
  });
  const modules = [
    { id: 'engine', path: 'engine' },
    { id: 'config', path: 'config' },
    { id: 'term', path: 'term' },
    { id: 'small', path: 'small' },
    { id: 'fs', path: 'fs' },
    { id: 'helpers', path: 'helpers' },
    { id: 'jekyll', path: 'gem/lib/jekyll' },
    { id: 'fixtures.py', path: 'fixtures.py' },
    { id: 'router', path: 'router' },
    { id: 'retries', path: 'req/retries.py' },
    { id: 'native', path: 'native/nativetypes.py' },
    { id: 'src', path: 'src' },
    { id: 'cmds', path: 'cmds' },
    { id: 'codegen', path: 'codegen' },
    { id: 'suite', path: 'suite' },
  ];
  writeFiles(repo, { 'modules.json': JSON.stringify(modules) });
  await runIndex({ repo, modulesFile: `${repo}/modules.json` });
  const index = await openIndex({ repo });
  try {
    assert.match(index.show('engine').summary, /^engine\. 5 files/);
    assert.match(index.show('config').summary, /^config: Package config loads the YAML configuration\./);
    assert.match(index.show('term').summary, /^term: The terminal state machine\./);
    assert.match(index.show('small').summary, /^small: String helpers for the report\./);
    assert.match(index.show('fs').summary, /^fs: Package fs implements an OS independent abstraction of a file system\./);
    assert.deepEqual(index.show('helpers').keySymbols, ['runRelease', 'main']);
    assert.match(index.show('jekyll').summary, /^jekyll\. 5 files/);
    assert.doesNotMatch(index.show('fixtures.py').summary, /fixturemarker/);
    assert.match(index.show('router').summary, /^router: Matches request paths to handlers\./);
    assert.match(index.show('retries').summary, /^retries: Automatically retry a request on failure\./);
    assert.match(index.show('native').summary, /^native: An environment that renders templates to native Python types\./);
    assert.match(index.show('src').summary, /^src: Package fzf implements fzf, a command-line fuzzy finder\./);
    assert.match(index.show('cmds').summary, /^cmds\. 6 files/);
    assert.match(index.show('codegen').summary, /^codegen\. 2 files/);
    assert.match(index.show('suite').summary, /^suite: Rendering of templates with autoescaping\./);
  } finally {
    index.close();
  }
});

test("a name qualified by the module's does not speak for it, nor does every file of a module of tests", async () => {
  const repo = tempDir();
  writeFiles(repo, {
    // devise: `lib/devise/test/integration_helpers.rb` opened the library's card
    'lib/devise/test/integration_helpers.rb': '# Devise::Test::IntegrationHelpers is a helper module for facilitating authentication on integration tests.\nmodule Devise\n  module Test\n    module IntegrationHelpers\n    end\n  end\nend\n',
    ...Object.fromEntries(['mapping', 'failure_app', 'delegator', 'token_generator'].map((n) => [`lib/devise/${n}.rb`, `module Devise\n  class ${n.replace(/(^|_)(\w)/gu, (_, _s, c: string) => c.toUpperCase())}\n  end\nend\n`])),
    // reqwest: a test module's helper is no description of the tests
    'tests/support/delay_layer.rs': '//! This tower layer injects an arbitrary delay before calling downstream layers.\npub struct DelayLayer;\n',
    ...Object.fromEntries(['client', 'redirect', 'proxy', 'timeouts'].map((n) => [`tests/${n}.rs`, `#[test]\nfn ${n}_works() {}\n`])),
    'modules.json': JSON.stringify([{ id: 'lib/devise', path: 'lib/devise' }, { id: 'tests', path: 'tests' }]),
  });
  const db = `${tempDir()}/index.db`;
  await runIndex({ repo, db, modulesFile: `${repo}/modules.json` });
  const index = await openIndex({ repo, db });
  try {
    const summary = (id: string): string => index.show(id).summary;
    assert.match(summary('lib/devise'), /^lib\/devise\. /u);
    assert.match(summary('tests'), /^tests\. /u);
  } finally {
    index.close();
  }
});

test("an exception type's doc speaks for a module of exceptions only (doctrine's Tools had read \"Tools related Exceptions.\")", async () => {
  const repo = tempDir();
  const php = (name: string, doc: string, extra = ''): string => `<?php\n\nnamespace Doctrine\\ORM\\Tools;\n\n/**\n * ${doc}\n */\nclass ${name}${extra}\n{\n}\n`;
  writeFiles(repo, {
    'src/Tools/ToolsException.php': php('ToolsException', 'Tools related Exceptions.', ' extends \\RuntimeException'),
    'src/Tools/SchemaTool.php': php('SchemaTool', 'The SchemaTool creates, updates and drops database schemas from class metadata.'),
    'src/Tools/Debug.php': php('Debug', 'Static class containing most used debug methods.'),
    'src/Tools/ToolEvents.php': php('ToolEvents', 'Events the tools dispatch.'),
    // a module of exceptions alone is still described by one
    'src/Exception/ORMException.php': php('ORMException', 'Base exception of the ORM.', ' extends \\Exception'),
    'src/Exception/MissingMappingDriverImplementation.php': '<?php\n\nclass MissingMappingDriverImplementation extends ORMException {}\n',
    'modules.json': JSON.stringify([{ id: 'tools', path: 'src/Tools' }, { id: 'exception', path: 'src/Exception' }]),
  });
  const db = `${tempDir()}/index.db`;
  await runIndex({ repo, db, modulesFile: `${repo}/modules.json` });
  const index = await openIndex({ repo, db });
  try {
    // no description rather than a wrong one
    assert.match(index.show('tools').summary, /^tools\. 4 files/u);
    assert.match(index.show('exception').summary, /^exception: Base exception of the ORM\./u);
  } finally {
    index.close();
  }
});
