import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../../src/api/openIndex.ts';
import { wantsTermBag } from '../../../src/graph/codeTermBag.ts';
import { erlangExtractor } from '../../../src/graph/extractors/erlang/erlangExtractor.ts';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { isTestFile } from '../../../src/graph/isTestFile.ts';
import { classifyText } from '../../../src/graph/parse/classifyContent.ts';
import { fixturesDir, tempDir, useFixture } from '../../helpers/gitFixture.ts';
import { runIndex } from '../../helpers/runIndex.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const fixture = (path: string): string => readFileSync(join(fixturesDir, 'erlang-app', path), 'utf8');

describe('erlang extractor', () => {
  it('reads a module: exported and private functions by name/arity, types, EDoc docs; remote calls name files', async () => {
    const facts = await extractText(erlangExtractor, 'src/shop.erl', fixture('src/shop.erl'));
    assert.equal(facts.language, 'erlang');
    assert.deepEqual(symbolList(facts), [
      'shop module exported',
      'shop.checkout/1 function exported', // two clauses, one symbol
      'shop.draft type',
      'shop.draft_lines/2 function', // after a `$%` character literal the lines are still read as code
      'shop.order type exported', // -export_type
      'shop.start/2 function exported',
      'shop.stop/1 function exported',
    ]);
    // shop_report:render( sits in a comment and a string only; logger.hrl is an include_lib.
    assert.deepEqual(importList(facts), [
      'include application.erl system',
      'include io.erl system',
      'include kernel/include/logger.hrl system',
      'include maps.erl system',
      'include shop_cart.erl system',
    ]);
    // The licence block above goes; the @doc before -module is the file's, markup read plain.
    assert.deepEqual(facts.docComments, ['Entry point of the shop application: starts the cart\nsupervisor and answers checkout requests.']);
    // Up to the next tag (@param), across the -spec line.
    assert.equal(docOf(facts, 'start/2'), 'Starts the application; called by the\napplication controller.');
    assert.equal(docOf(facts, 'checkout/1'), 'Checks a cart out and prints the receipt,\nsee shop_cart:total/1.');
    // A plain comment right above a function documents it; a section label (`%% Application callbacks`) does not.
    assert.equal(docOf(facts, 'draft_lines/2'), 'The lines of a draft order; $% marks a draft.');
    assert.equal(docOf(facts, 'stop/1'), undefined);
  });

  it('reads OTP 27 -moduledoc/-doc, -doc false, callbacks, records, a head over two lines, both includes', async () => {
    const facts = await extractText(erlangExtractor, 'src/cart/shop_cart.erl', fixture('src/cart/shop_cart.erl'));
    assert.deepEqual(symbolList(facts), [
      'shop_cart module exported',
      'shop_cart.handle_call/3 function exported',
      'shop_cart.handle_cast/2 function exported',
      'shop_cart.init/1 function exported',
      'shop_cart.price/1 method exported', // -callback: what the behaviour asks of its modules
      'shop_cart.start_link/0 function exported',
      'shop_cart.state struct',
      'shop_cart.total/1 function exported', // -doc false hides its doc, not its export
    ]);
    assert.deepEqual(importList(facts), [
      'include cart_internal.hrl',
      'include gen_server.erl system',
      'include lists.erl system',
      'include shop/include/shop_types.hrl system',
    ]);
    assert.deepEqual(facts.docComments, ['A cart holds the lines of an order\nuntil it is checked out.']);
    assert.equal(docOf(facts, 'start_link/0'), 'Starts the cart server.');
    assert.equal(docOf(facts, 'total/1'), undefined);
  });

  it('reads a header: its records, types and macros are public; its leading comment is the file doc', async () => {
    const facts = await extractText(erlangExtractor, 'include/shop_types.hrl', fixture('include/shop_types.hrl'));
    assert.deepEqual(symbolList(facts), ['MAX_LINES constant exported', 'line struct exported', 'sku type exported']);
    assert.deepEqual(facts.docComments, ["Types shared by the shop's modules."]);
  });

  it('takes .erl, .hrl, .escript and escript shebangs; main/1 is a script\'s entry point', async () => {
    for (const path of ['src/a.erl', 'include/a.hrl', 'bin/tool.escript']) assert.equal(extractorFor(path)?.language, 'erlang', path);
    const script = '#!/usr/bin/env escript\n%%! -smp enable\n%% Builds the release.\n\nmain(Args) ->\n    rebar3:main(Args).\n\nusage() -> ok.\n';
    assert.equal(extractorFor('bootstrap', script)?.language, 'erlang');
    const facts = await extractText(erlangExtractor, 'bootstrap', script);
    assert.deepEqual(symbolList(facts), ['main/1 function exported', 'usage/0 function']);
    assert.deepEqual(importList(facts), ['include rebar3.erl system']);
    assert.deepEqual(facts.docComments, ['Builds the release.']);
  });
});

const otp = (path: string): string => readFileSync(join(fixturesDir, 'erlang-otp-atoms', path), 'utf8');

describe('erlang extractor on OTP code (lager review)', () => {
  it('exports what -export lists whatever @private says; an EUnit block declares, exports and references nothing', async () => {
    const facts = await extractText(erlangExtractor, 'src/relay_watcher.erl', otp('src/relay_watcher.erl'));
    assert.deepEqual(symbolList(facts), [
      'relay_watcher module exported',
      'relay_watcher.handle_call/3 function exported', // @private
      'relay_watcher.handle_cast/2 function exported',
      'relay_watcher.handle_info/2 function exported',
      'relay_watcher.init/1 function exported', // @private, and its @doc kept
      'relay_watcher.sink_name/1 function', // -compile(export_all) sits in -ifdef(TEST), and reinstall_test/0 is no symbol
      'relay_watcher.start_link/4 function exported',
      'relay_watcher.state struct',
    ]);
    assert.equal(docOf(facts, 'init/1'), 'Installs the handler and watches it.');
    // relay_console by atom in gen_event:add_sup_handler; eunit.hrl, relay_format and relay_test_sink only in the EUnit blocks.
    assert.deepEqual(importList(facts), [
      'include gen_event.erl system',
      'include gen_event_EXIT.erl system',
      'include gen_server.erl system',
      'include relay_console.erl system',
    ]);
  });

  it('reads no commented-out code as a doc', async () => {
    const facts = await extractText(erlangExtractor, 'src/relay_watcher.erl', otp('src/relay_watcher.erl'));
    // Above it: the prose, then `%-spec …`, `%handle_info(reinstall, State) ->`, `%    {noreply, reinstall(State)};`.
    assert.equal(docOf(facts, 'handle_info/2'), 'Puts the handler back once its sink has restarted.');
    assert.equal(docOf(facts, 'handle_cast/2'), undefined); // only a `%-spec` line above it
  });

  it('takes the free comment block after -module as the file doc when no @doc says more, never a licence', async () => {
    const format = await extractText(erlangExtractor, 'src/relay_format.erl', otp('src/relay_format.erl'));
    assert.deepEqual(format.docComments, ['fork of io_lib_format that truncates large terms to a size budget']);
    // Right above -behaviour (an attribute that documents nothing).
    const sup = await extractText(erlangExtractor, 'src/relay_watcher_sup.erl', otp('src/relay_watcher_sup.erl'));
    assert.deepEqual(sup.docComments, ['A supervisor for relay_watcher processes, one per sink.']);
    // An @doc wins; the plain comment above add_sink/1 is that function's.
    const top = await extractText(erlangExtractor, 'src/relay_sup.erl', otp('src/relay_sup.erl'));
    assert.deepEqual(top.docComments, ["Relay's top level supervisor."]);
    // A comment among the exports or below the types annotates them, not the file (cowboy_http, cowboy_static).
    const among = await extractText(erlangExtractor, 'src/h1.erl', '-module(h1).\n-export([init/1]).\n\n%% Shared with other HTTP versions.\n-export([validate/1]).\n-type opts() :: map().\n\n%% Resolve the file that will be sent.\n\n-spec init(opts()) -> ok.\ninit(_) -> ok.\nvalidate(_) -> ok.\n');
    assert.deepEqual(among.docComments, []);
    // An @todo note runs to the next tag, over blank comment lines; the paragraph after the block is the file's.
    const note = await extractText(erlangExtractor, 'src/wt.erl', '%% @todo To enable it set:\n%%\n%% QUIC:\n%%  - max_frame_size > 0\n\n%% Supports drafts 07 through 13.\n\n-module(wt).\n');
    assert.deepEqual(note.docComments, ['Supports drafts 07 through 13.']);
  });

  it('reads -callback entries as public methods', async () => {
    const facts = await extractText(erlangExtractor, 'src/relay_backend.erl', otp('src/relay_backend.erl'));
    assert.deepEqual(symbolList(facts), ['relay_backend module exported', 'relay_backend.init/1 method exported', 'relay_backend.write/2 method exported']);
    assert.equal(docOf(facts, 'write/2'), 'Writes one formatted message.');
    assert.deepEqual(facts.docComments, ['What a relay backend implements: a gen_event handler that formats messages and writes them somewhere.']);
  });

  it('names modules by bare atoms with an underscore: child specs, start_child, a -define; not in comments, strings or record names', async () => {
    const facts = await extractText(erlangExtractor, 'src/relay_sup.erl', otp('src/relay_sup.erl'));
    assert.deepEqual(importList(facts), [
      'include one_for_one.erl system', // an atom like any other: resolution finds no such file
      'include relay_event.erl system',
      'include relay_format.erl system', // -define(FORMATTER, relay_format)
      'include relay_watcher_sup.erl system', // child spec and supervisor:start_child(relay_watcher_sup, …)
      'include start_link.erl system',
      'include supervisor.erl system',
      // relay_router: in a comment and a string only; relay_sup itself; start_link/0 and init/1 are function names
    ]);
  });
});

describe('erlang files in the index', () => {
  it('draws edges from atoms that name a file of the repository, and none (nor any warning) from the others', async () => {
    const repo = useFixture('erlang-otp-atoms');
    const db = join(tempDir(), 'index.db');
    // One module per file, as lager's review split it.
    const modulesFile = join(tempDir(), 'modules.json');
    const files = ['relay_sup', 'relay_watcher_sup', 'relay_watcher', 'relay_format', 'relay_backend', 'relay_console'].map((m) => `src/${m}.erl`);
    writeFileSync(modulesFile, JSON.stringify(files.map((path) => ({ id: path, path }))));
    const { stats, events } = await runIndex({ repo, db, modulesFile });
    // (The fixture is no git repository: that warning aside, none.)
    assert.deepEqual(events.filter((e) => e.kind === 'warning' && !e.message.startsWith('not a git repository')), []);
    const index = await openIndex({ repo, db });
    try {
      assert.deepEqual(
        index.graph().edges.map((e) => `${e.from} -> ${e.to}`).sort(),
        [
          'src/relay_console.erl -> src/relay_backend.erl', // -behaviour
          'src/relay_sup.erl -> src/relay_format.erl', // ?FORMATTER
          'src/relay_sup.erl -> src/relay_watcher_sup.erl', // child spec
          'src/relay_watcher.erl -> src/relay_console.erl', // gen_event:add_sup_handler(Sink, relay_console, …)
          'src/relay_watcher_sup.erl -> src/relay_watcher.erl', // child spec
          // no relay_watcher -> relay_format: only its EUnit block calls it
        ],
      );
    } finally {
      index.close();
    }
    assert.equal(stats.modules, 6);
  });

  it('links modules by remote calls and include_lib from the application root; vendored and generated files are skipped', async () => {
    const repo = useFixture('erlang-app');
    const db = join(tempDir(), 'index.db');
    const { stats } = await runIndex({ repo, db });
    // src/vendored/ is skipped as vendored; shop_pb.erl's gpb notice on line 3 makes it generated.
    assert.equal(stats.skipped.vendored, 1);
    assert.equal(stats.skipped.generated, 1);
    const index = await openIndex({ repo, db });
    try {
      assert.deepEqual(
        index.graph().edges.map((e) => `${e.from} -> ${e.to}`),
        [
          'src -> src/cart', // shop_cart:start_link() in shop.erl
          'src/cart -> include', // -include_lib("shop/include/…"): the app's root holds src/shop.app.src
          'test -> src', // shop:checkout( in shop_SUITE.erl
          // no src -> src/report: shop_report:render( is in a comment and a string, and the files that call it are skipped
        ],
      );
    } finally {
      index.close();
    }
  });

  it('walks a vendored folder that a module list names, and still skips a file that says it is vendored', async () => {
    const repo = useFixture('erlang-app');
    const modulesFile = join(tempDir(), 'modules.json');
    writeFileSync(modulesFile, JSON.stringify([{ id: 'src', path: 'src' }, { id: 'hex', path: 'src/vendored' }]));
    const { stats } = await runIndex({ repo, db: join(tempDir(), 'index.db'), modulesFile });
    assert.equal(stats.skipped.vendored, 0);
    assert.equal(stats.skipped.generated, 2);
  });
});

describe('erlang paths and notices', () => {
  it('knows generated and vendored notices in % comments, not a comment that merely mentions generation', () => {
    assert.equal(classifyText('src/a.erl', '%% Vendored from hex_core v0.7.1, do not edit manually\n\n-module(a).\n'), 'generated');
    const gpb = '%% a\n%% b\n%% c\n%% d\n%% e\n%% Generated by gpb_compile version 4.10.0\n-module(a).\n';
    assert.equal(classifyText('src/a.erl', gpb), 'generated');
    assert.equal(classifyText('src/a.erl', '%% x\n%% y\n%% z\n%% w\n%% v\n%% Automatically generated, do not edit\n-module(a).\n'), 'generated');
    assert.equal(classifyText('src/a.erl', '%% x\n%% y\n%% z\n%% w\n%% v\n%% auto-generated names are unique per node\n-module(a).\n'), undefined);
  });

  it('counts Common Test suites and their _SUITE_data fixtures as tests', () => {
    assert.equal(isTestFile('systest/all_SUITE.erl'), true);
    assert.equal(isTestFile('systest/all_SUITE_data/app/src/app.erl'), true);
    assert.equal(isTestFile('test/shop_tests.erl'), true); // EUnit's
    // A provider that runs Common Test is no test (`x_test.go` is one in Go).
    assert.equal(isTestFile('src/rebar_prv_common_test.erl'), false);
    assert.equal(isTestFile('cmd/tool/main_test.go'), true);
  });

  it('gives leex and yecc grammars and .app.src files a term bag', () => {
    for (const path of ['src/lexer.xrl', 'src/parser.yrl', 'src/shop.app.src', 'src/rebar.app.src.script']) assert.equal(wantsTermBag(path, false), true, path);
  });

  it('counts a clause\'s string and character arguments: greet("hello") is greet/1, sep($,) sep/1', async () => {
    const text = '-module(g).\n-export([greet/1, sep/1, both/2]).\ngreet("hello") -> world;\ngreet(_) -> nobody.\nsep($,) -> comma.\nboth("a", "b") -> ab.\n';
    const facts = await extractText(erlangExtractor, 'src/g.erl', text);
    assert.deepEqual(symbolList(facts).filter((s) => !s.startsWith('g ')), ['g.both/2 function exported', 'g.greet/1 function exported', 'g.sep/1 function exported']);
  });
});

