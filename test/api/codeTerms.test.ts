import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openIndex } from '../../src/api/openIndex.ts';
import { openSession } from '../../src/api/openSession.ts';
import { decodeTermBag, encodeTermBag, MAX_BAG_TOKENS, wantsTermBag } from '../../src/graph/codeTermBag.ts';
import { stylesheetWords } from '../../src/graph/stylesheetWords.ts';
import { isSourceFile } from '../../src/graph/discovery/isSourceFile.ts';
import { isSupportFile } from '../../src/graph/isSupportFile.ts';
import { committedFixture } from '../helpers/committedFixture.ts';
import { makeGitRepo, tempDir } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

const REQUEST = 'payment gateway timed out after retries';

const bagRows = (db: string): Map<string, Map<string, number>> => {
  const raw = new Database(db, { readonly: true });
  try {
    const rows = raw.prepare('SELECT path, terms FROM file_terms ORDER BY path').all() as { path: string; terms: Buffer }[];
    return new Map(rows.map((r) => [r.path, new Map(decodeTermBag(r.terms))]));
  } finally {
    raw.close();
  }
};

const ask = async (repo: string, db: string, query: string) => {
  const session = await openSession({ repo, db });
  try {
    return await session.ask(query, { backend: 'lexical', top: 5 });
  } finally {
    await session.dispose();
  }
};

describe('term bags: the words of code bodies, comments and strings', () => {
  it('encodes counts, caps distinct tokens by frequency, and reads a damaged blob as empty', () => {
    const bag = new Map(decodeTermBag(encodeTermBag('fooBar fooBar baz_qux 42 fooBar — überGröße')!));
    assert.deepEqual([...bag], [['fooBar', 3], ['baz_qux', 1], ['42', 1], ['überGröße', 1]]);
    assert.equal(encodeTermBag('  ;; {} () '), undefined);
    const many = Array.from({ length: MAX_BAG_TOKENS + 50 }, (_, i) => `tok${i}`).join(' ');
    const capped = decodeTermBag(encodeTermBag(`${many} hot hot hot`)!);
    assert.equal(capped.length, MAX_BAG_TOKENS);
    assert.deepEqual(capped[0], ['hot', 3]);
    assert.deepEqual(decodeTermBag(Buffer.from('not deflate data')), []);
    assert.equal(wantsTermBag('src/a.ts', true), true);
    assert.equal(wantsTermBag('ggml-vulkan/shaders/mul_mat.comp', false), true);
    assert.equal(wantsTermBag('ui/src/Chat.svelte', false), true);
    // languages no extractor reads are still searched by their words (kemal's Crystal had no bag at all), views too
    assert.equal(wantsTermBag('src/kemal/router.cr', false), true);
    assert.equal(wantsTermBag('src/kemal/views/404.ecr', false), true);
    assert.equal(wantsTermBag('src/app.coffee', false), true);
    assert.equal(wantsTermBag('gson/src/main/resources/META-INF/proguard/gson.pro', false), true, 'R8 keep rules');
    assert.equal(wantsTermBag('spec/router_spec.cr', false), false, 'a test');
    // a translation catalogue written as code is no code of a feature: it holds every feature's words (BookStack's `lang`)
    const catalogue = "<?php\n\nreturn [\n    'my_account' => 'My Account',\n    'shortcuts' => 'Shortcuts',\n    'notifications' => 'Notification Preferences',\n    'notifications_desc' => 'Control the email notifications you receive.',\n    'notifications_save' => 'Save Preferences',\n];\n";
    assert.equal(wantsTermBag('lang/en/preferences.php', false, catalogue), false);
    assert.equal(wantsTermBag('app/i18n/en/conf.php', false, catalogue.replace('[', 'array(').replace('];', ');')), false);
    assert.equal(wantsTermBag('pkg/i18n/english.go', true, 'package i18n\n\nfunc englishSet() TranslationSet {\n\treturn TranslationSet{\n\t\tNotEnoughSpace: "Not enough space",\n\t\tDiffTitle: "Diff",\n\t\tFilesTitle: "Files",\n\t\tBranchesTitle: "Branches",\n\t\tCommitsTitle: "Commits",\n\t\tStashTitle: "Stash",\n\t}\n}\n'), false);
    // the code that loads the strings is code, and so is a table outside a locale folder
    assert.equal(wantsTermBag('app/Translation/FileLoader.php', false, '<?php\nclass FileLoader {\n    public function load(string $locale): array\n    {\n        return require $this->path . "/$locale.php";\n    }\n}\n'), true);
    assert.equal(wantsTermBag('app/Config/app.php', false, catalogue), true);
    // stylesheets: their selectors, custom properties and media queries, not their standard declarations
    assert.equal(wantsTermBag('internal/ui/static/css/dark.css', false), true);
    assert.equal(wantsTermBag('resources/sass/_print.scss', false), true);
    const words = stylesheetWords(':root { --entry-content-code-color: #ccc; }\n.entry-content pre code, a:hover { color: var(--x); background-color: #333 }\n@media print { .sidebar { display: none; } }\n');
    for (const kept of ['--entry-content-code-color', '.entry-content pre code, a:hover', '@media print', '.sidebar']) assert.ok(words.includes(kept), kept);
    for (const dropped of ['background-color', 'display', 'none', 'var(']) assert.ok(!words.includes(dropped), dropped);
    // A script without an extension is code by its shebang (awesome's utils/awesome-client); a README is not.
    assert.equal(wantsTermBag('utils/awesome-client', false, '#!/usr/bin/env bash\necho "$@" | dbus-send\n'), true);
    assert.equal(wantsTermBag('utils/README', false, 'Tools for awesome.\n'), false);
    // a Swift DocC catalog's tutorial snapshots are documentation (TCA's 475 rebuilt its example apps inside the library)
    assert.equal(wantsTermBag('Sources/ComposableArchitecture/Documentation.docc/Tutorials/SyncUps/ListsOfSyncUps-02-code-0009.swift', true), false);
    assert.equal(isSupportFile('Documentation.docc/Tutorials/SyncUps/ListsOfSyncUps-02-code-0009.swift'), true);
    assert.equal(isSupportFile('Internal/Box.swift'), false);
    // a benchmark folder by its short name, and a folder named for a kind of examples (attrs' typing-examples/)
    for (const support of ['bench/test_benchmarks.py', 'typing-examples/baseline.py', 'examples-app/main.go']) assert.equal(isSupportFile(support), true, support);
    for (const code of ['src/benchmark_utils.py', 'src/examples.py', 'workbench/app.ts', 'counterexamples.py']) assert.equal(isSupportFile(code), false, code);
    // a JVM package's namespace folders name no kind of code (Now in Android's com/google/samples/apps/…, an app's com/example/…);
    // a package of its own named so still does (jsoup's org/jsoup/examples)
    for (const code of ['src/main/kotlin/com/google/samples/apps/nowinandroid/core/data/Repo.kt', 'app/src/main/java/com/example/myapp/ui/Main.kt']) assert.equal(isSupportFile(code), false, code);
    for (const support of ['src/main/java/org/jsoup/examples/ListLinks.java', 'examples/coffee/src/main/kotlin/org/koin/Coffee.kt']) assert.equal(isSupportFile(support), true, support);
    // schema migrations, numbered or dated (Rails, Django, goose, Prisma's folders); a migration tool's code is code (svelte's migrate/)
    for (const migration of ['migrate/20180411131217_tag_moderation_log.rb', 'db/migrations/20200130083147_create_schema.go', 'shop/migrations/0001_initial.py', 'prisma/migrations/01_init/migration.sql', 'old_migrations/2012_x.rb', 'versions/2022-02-21-19.56.24_6b0f5f32d602_initial_tables.py', 'alembic/versions/6b0f5f32d602_initial_tables.py', 'Data/Migrations/20221017131711_IncludeUnknowns.cs', 'src/Ombi.Store/Migrations/OmbiMySql/20210921200723_UserRequestLimits.cs', 'migrations/sqlite/2024-09-04-091351_use_device_type_for_mails/up.sql', 'src/NzbDrone.Core/Datastore/Migration/001_initial_setup.cs']) assert.equal(isSupportFile(migration), true, migration);
    for (const code of ['migrate/index.js', 'migrations/runner.go', 'src/migrate/v5.ts', 'versions/v2/api.py', 'docs/versions/2.0.md', 'Datastore/Migration/MigrationController.cs', 'migrations/utils/2fa.py']) assert.equal(isSupportFile(code), false, code);
    // neovim's runtime: Vim script has no grammar here, yet clipboard.vim is the only place that says wl-copy
    for (const code of ['runtime/autoload/provider/clipboard.vim', 'lapack/SRC/dgesv.f', 'src/solver.f90']) assert.equal(wantsTermBag(code, false), true, code);
    // Qt's QML: KDE Connect's plasmoid and plugin settings pages had no words
    assert.equal(wantsTermBag('plasmoid/package/contents/ui/DeviceDelegate.qml', false), true);
    assert.equal(isSourceFile('DeviceDelegate.qml'), true);
    // grammars and interface definitions: react-native-svg's transform parser is transform.peg (its generated .js is skipped)
    for (const grammar of ['packages/prisma/schema.prisma', 'src/lib/extract/transform.peg', 'src/filter-image/extract/grammar.pegjs', 'src/parser.y', 'grammar/Java.g4', 'windows/RNSVG/Views.idl']) assert.equal(wantsTermBag(grammar, false), true, grammar);
    // nor is build machinery: CMake modules too (pybind11's tools/*.cmake had won four of its requests with bags)
    assert.equal(wantsTermBag('tools/pybind11NewTools.cmake', false), false);
    assert.equal(wantsTermBag('CMakeLists.txt', false), false);
    // a web framework's views hold the text users read (devise's "Didn't receive unlock instructions?"); generic templates are data
    for (const view of ['app/views/devise/shared/_links.html.erb', 'lib/phx_web/components/layouts/root.html.heex', 'Dashboard/Pages/HomePage.cshtml', 'templates/base.html.twig', 'lib/Mojolicious/resources/templates/mojo/exception.html.ep', 'root/templates/page.tt2']) assert.equal(wantsTermBag(view, false), true, view);
    for (const data of ['models/templates/llama-3.jinja', 'docs/_layouts/page.html', 'templates/x.mustache', 'src/Humanizer/FluentDate/On.Days.tt']) assert.equal(wantsTermBag(data, false), false, data);
    // ... but an editor's syntax definitions are keyword lists (nginx's contrib/vim/syntax/nginx.vim names every directive)
    for (const list of ['contrib/vim/syntax/nginx.vim', 'runtime/syntax/cobol.vim', 'runtime/indent/lua.vim']) assert.equal(wantsTermBag(list, false), false, list);
    for (const prose of ['docs/build.md', 'CMakeLists.txt', 'src/locale/en.json', '.github/workflows/ci.yml', 'tests/x.gguf.out']) {
      assert.equal(wantsTermBag(prose, false), false, prose);
    }
    // Tests exercise every module in its own words: no bag, whatever the language.
    for (const test of ['test/graph/kotlin.test.ts', 'src/__tests__/a.ts', 'pkg/foo_test.go', 'lib/test_json.py', 'app/src/test/java/FooTest.java', 'tests/fixtures/x.c', 'src/ui/Button.spec.tsx']) {
      assert.equal(wantsTermBag(test, true), false, test);
    }
    for (const code of ['src/testing.ts', 'src/contest/score.ts', 'lib/attestation.py', 'src/test-utils-free.ts']) assert.equal(wantsTermBag(code, true), true, code);
    // The code that writes completions is code (cobra's bash_completions.go, completions.go)
    for (const code of ['bash_completions.go', 'completions.go', 'src/completion/mod.rs', 'cli/completion.py']) assert.equal(wantsTermBag(code, true), true, code);
    // Shell completions list every command with its description (Leiningen's root ranked second for 13 of 20 requests)
    for (const list of ['zsh_completion.zsh', 'bash_completion.bash', 'pcmpl-lein.el', 'completions/_tool', 'priv/shell-completion/fish/rebar3.fish', 'contrib/completion/git-completion.bash']) {
      assert.equal(wantsTermBag(list, false, '#!/bin/bash\n'), false, list);
    }
    for (const script of ['bin/lein.bat', 'bin/lein.cmd', 'tools/setup.fish', 'src/completer.ts']) assert.equal(wantsTermBag(script, script.endsWith('.ts')), true, script);
  });

  it('index stores a bag per code file (not data or prose), and lexical finds a module by its code body alone', async () => {
    const repo = committedFixture('code-body-terms');
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db });
    const bags = bagRows(db);
    assert.equal(bags.get('src/billing/invoice.ts')?.get('gateway'), 1);
    assert.equal(bags.get('src/billing/invoice.ts')?.get('attempt'), 6);
    assert.equal(bags.has('src/billing/rates.json'), false, 'data files have no bag');
    assert.equal(bags.has('src/shipping/notes.md'), false, 'prose has no bag');
    assert.ok(bags.has('src/shipping/label.ts'));

    const found = await ask(repo, db, REQUEST);
    assert.equal(found.modules[0]?.id, 'src/billing');
    assert.match(found.modules[0]?.reason ?? '', /code: /);
    // rates.json says "parcel" and "courier", but a data file's words are not the module's.
    assert.deepEqual((await ask(repo, db, 'courier parcel')).modules, []);

    // The same request with the code field switched off: nothing else in the graph says "gateway".
    writeFileSync(join(repo, 'modroute.config.json'), JSON.stringify({ lexical: { fields: { code: { weight: 0 } } } }));
    await runIndex({ repo, db });
    assert.notEqual((await ask(repo, db, REQUEST)).modules[0]?.id, 'src/billing');
  });

  it('a re-index replaces the bag of an edited file and drops the bag of a deleted one', async () => {
    const repo = committedFixture('code-body-terms');
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db });
    writeFileSync(join(repo, 'src/shipping/label.ts'), 'export function printLabel(id: string) {\n  return customsDeclaration(id);\n}\nconst customsDeclaration = (id: string) => `CN22 ${id}`;\n');
    rmSync(join(repo, 'src/billing/invoice.ts'));
    await runIndex({ repo, db });
    const bags = bagRows(db);
    assert.equal(bags.has('src/billing/invoice.ts'), false);
    assert.equal(bags.get('src/shipping/label.ts')?.get('customsDeclaration'), 2);
    assert.equal(bags.get('src/shipping/label.ts')?.has('LABEL'), false);
    assert.equal((await ask(repo, db, 'customs declaration')).modules[0]?.id, 'src/shipping');
  });

  it('a store from before term bags gains the table on the next index, and is read without it until then', async () => {
    const repo = committedFixture('code-body-terms');
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db });
    const raw = new Database(db);
    raw.exec(`DROP TABLE file_terms; UPDATE meta SET value = '3' WHERE key = 'extraction_version'`);
    raw.close();

    const old = await openIndex({ repo, db });
    try {
      assert.equal(old.graph().termBag, undefined);
    } finally {
      old.close();
    }
    assert.notEqual((await ask(repo, db, REQUEST)).modules[0]?.id, 'src/billing');

    const { stats } = await runIndex({ repo, db });
    assert.equal(stats.parsed, stats.files);
    assert.equal(bagRows(db).get('src/billing/invoice.ts')?.get('gateway'), 1);
    assert.equal((await ask(repo, db, REQUEST)).modules[0]?.id, 'src/billing');
  });
});

describe('documentation pages', () => {
  it("give a module of docs the words of its pages, and a module of code none of the pages it holds", async () => {
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify([{ id: 'src', path: 'src' }, { id: 'docs', path: 'docs' }, { id: 'app', path: 'app' }]),
      'src/client.py': 'def send(request, trust_env=True):\n    """Send a request, reading proxy settings from the environment."""\n    return request\n',
      'docs/advanced.md': '# Advanced\n\nCertificates are read from SSL_CERT_FILE when trust_env is on. Proxies come from HTTPS_PROXY.\n',
      'app/main.py': 'def run():\n    return 1\n',
      'app/docs/overview.md': 'Certificates and SSL_CERT_FILE are explained in the overview of the application.\n',
    } }]);
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db, modulesFile: join(repo, 'modules.json') });
    const bags = bagRows(db);
    assert.equal(bags.get('docs/advanced.md')?.get('SSL_CERT_FILE'), 1);
    // a request about the docs finds the docs module by what its pages say
    const found = await ask(repo, db, 'The documentation never says which variable holds the certificates file');
    assert.equal(found.modules[0]?.id, 'docs');
    // the code module `app` holds a docs page too: its words are no evidence for code
    const app = (await ask(repo, db, 'SSL_CERT_FILE certificates explained')).modules.find((m) => m.id === 'app');
    assert.doesNotMatch(app?.reason ?? '', /certificates|ssl/iu);
  });

  it("manual pages are documentation pages: scdoc's and roff's in a man/ folder (alacritty's extra/man)", async () => {
    const repo = makeGitRepo([{ message: 'init', date: '2024-01-01T00:00:00Z', files: {
      'modules.json': JSON.stringify([{ id: 'src', path: 'src' }, { id: 'extra/man', path: 'extra/man' }]),
      'src/hint.rs': 'pub fn persist_hint(h: &Hint) -> bool {\n    h.enabled\n}\n',
      'extra/man/alacritty.5.scd': 'ALACRITTY(5)\n\n# HINTS\n\n*persist* = _true_ | _false_\n\n\tWhether the hints stay visible after a selection.\n',
      'extra/man/alacritty-msg.1': '.TH ALACRITTY-MSG 1\n.SH DESCRIPTION\nSends messages to a running instance through its socket.\n',
    } }]);
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db, modulesFile: join(repo, 'modules.json') });
    const bags = bagRows(db);
    assert.equal(bags.get('extra/man/alacritty.5.scd')?.get('selection'), 1);
    assert.equal(bags.get('extra/man/alacritty-msg.1')?.get('socket'), 1);
    const found = await ask(repo, db, 'The configuration manual does not say that hints stay visible after a selection');
    assert.equal(found.modules[0]?.id, 'extra/man');
  });
});
