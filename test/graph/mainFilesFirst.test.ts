import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mainFilesFirst } from '../../src/graph/mainFilesFirst.ts';
import { keySymbols, readsAsProse, summarizeModule } from '../../src/graph/summarizeModule.ts';

const order = (paths: string[], module: string) => mainFilesFirst(paths.map((path) => ({ path })), module).map((f) => f.path);

describe('the file that speaks for a module comes first', () => {
  it('a file named like the module, then an entry file, then its other files, then its subdirectories', () => {
    // llama.cpp's src: a model's file in a subdirectory sorted first and gave the summary its opening.
    assert.deepEqual(order(['src/llama-model.cpp', 'src/llama.cpp', 'src/models/laguna.cpp', 'src/unicode.h'], 'src'), [
      'src/llama-model.cpp', 'src/llama.cpp', 'src/unicode.h', 'src/models/laguna.cpp',
    ]);
    assert.deepEqual(order(['ggml/src/ggml-cuda/acc.cu', 'ggml/src/ggml-cuda/ggml-cuda.cu', 'ggml/src/ggml-cuda/x/index.cu'], 'ggml/src/ggml-cuda'), [
      'ggml/src/ggml-cuda/ggml-cuda.cu', 'ggml/src/ggml-cuda/acc.cu', 'ggml/src/ggml-cuda/x/index.cu',
    ]);
    assert.deepEqual(order(['pkg/a.py', 'pkg/sub/__init__.py', 'pkg/__init__.py'], 'pkg'), ['pkg/__init__.py', 'pkg/a.py', 'pkg/sub/__init__.py']);
    // a plural only for a word of five letters or more: `https/` is no folder of `http.go`s
    assert.deepEqual(order(['https/a.go', 'https/http.go'], 'https'), ['https/a.go', 'https/http.go']);
    // meson's mesonbuild: private helpers (_pathlib.py) after the public files
    assert.deepEqual(order(['mesonbuild/_pathlib.py', 'mesonbuild/build.py', 'mesonbuild/__init__.py'], 'mesonbuild'), ['mesonbuild/__init__.py', 'mesonbuild/build.py', 'mesonbuild/_pathlib.py']);
    // fish's src/builtins: its card had opened with abbr.cpp's comment, builtin.cpp being the folder's own file.
    assert.deepEqual(order(['src/builtins/abbr.cpp', 'src/builtins/builtin.cpp', 'src/builtins/read.cpp'], 'src/builtins'), [
      'src/builtins/builtin.cpp', 'src/builtins/abbr.cpp', 'src/builtins/read.cpp',
    ]);
    assert.deepEqual(order(['src/query_builder/a.ts', 'src/query_builder/QueryBuilder.ts', 'src/query_builder/index.ts'], 'src/query_builder'), [
      'src/query_builder/QueryBuilder.ts', 'src/query_builder/index.ts', 'src/query_builder/a.ts',
    ]);
    // Java: every file is in a package directory below the module. netty's codec-http summary opened
    // with its `cookie` subpackage's package-info ("This package contains Cookie related classes.").
    const http = 'codec-http/src/main/java/io/netty/handler/codec/http';
    assert.deepEqual(order([`${http}/HttpObject.java`, `${http}/cookie/package-info.java`, `${http}/cookie/Cookie.java`, `${http}/package-info.java`], 'codec-http'), [
      `${http}/package-info.java`, `${http}/HttpObject.java`, `${http}/cookie/package-info.java`, `${http}/cookie/Cookie.java`,
    ]);
    // The repository root has no name to match; entry files still lead.
    assert.deepEqual(order(['a/x.ts', 'b.ts', 'main.go'], ''), ['main.go', 'b.ts', 'a/x.ts']);
    // An entry file beside the folder (the module owns it) speaks for it: Mojolicious' lib/Mojo/DOM read
    // "CSS selector engine." from DOM/CSS.pm instead of DOM.pm's "Minimalistic HTML/XML DOM parser".
    assert.deepEqual(order(['lib/Mojo/DOM/CSS.pm', 'lib/Mojo/DOM/HTML.pm', 'lib/Mojo/DOM.pm'], 'lib/Mojo/DOM'), [
      'lib/Mojo/DOM.pm', 'lib/Mojo/DOM/CSS.pm', 'lib/Mojo/DOM/HTML.pm',
    ]);
    // ... unless the folder has an entry of its own: awesome's lib/naughty.lua is a shim beside lib/naughty/init.lua.
    assert.deepEqual(order(['lib/naughty/core.lua', 'lib/naughty/init.lua', 'lib/naughty.lua'], 'lib/naughty'), [
      'lib/naughty/init.lua', 'lib/naughty/core.lua', 'lib/naughty.lua',
    ]);
  });
  it('so the summary opens with what the module says about itself', () => {
    const files = [
      { path: 'src/cache/adapters.ts', docs: ['Adapters for third-party stores.'] },
      { path: 'src/cache/cache.ts', docs: ['An LRU cache with time-to-live eviction.'] },
    ];
    const docs = mainFilesFirst(files, 'src/cache').flatMap((f) => f.docs);
    const summary = summarizeModule({ id: 'src/cache', fileCount: 2, languages: { typescript: 2 }, symbols: [], docComments: docs, dependsOn: [], usedBy: [] });
    assert.match(summary, /^src\/cache: An LRU cache with time-to-live eviction\./);
  });
});

describe('firstSentence', () => {
  it('ends at a full stop, not at an initial or an abbreviation', async () => {
    const { firstSentence } = await import('../../src/graph/summarizeModule.ts');
    // KeePassLib's summary was cut at "by D.".
    assert.equal(firstSentence('Implementation of the Salsa20 cipher, based on the eSTREAM submission by D. Bernstein. More.'), 'Implementation of the Salsa20 cipher, based on the eSTREAM submission by D. Bernstein.');
    // sinatra's RDoc: a heading and a labelled list are no description; `Sinatra::Base` in prose and `x = 1` stay
    assert.equal(firstSentence('= Sinatra::QuietLogger\n\nQuietLogger extension allows you to define paths excluded\nfrom logging.\n\n== Usage'), 'QuietLogger extension allows you to define paths excluded from logging.');
    assert.equal(firstSentence('Prevented attack::   CSRF\nSupported browsers:: all\nMore infos::         http://a.org/x\n                     http://b.org/y\n\nJSON GET APIs are vulnerable to being embedded as JavaScript.'), 'JSON GET APIs are vulnerable to being embedded as JavaScript.');
    assert.equal(firstSentence('Sinatra::Base is the class you subclass. It holds routes.'), 'Sinatra::Base is the class you subclass.');
    assert.equal(firstSentence('x = 1 is the default value for the counter.'), 'x = 1 is the default value for the counter.');
    // A block tag's line ends the description (ESLint's linter card read "… verifying JavaScript text @name Linter.").
    assert.equal(firstSentence('Main Linter Class, used for verifying JavaScript text\n@name Linter'), 'Main Linter Class, used for verifying JavaScript text');
    // … not any `@word` at a line's start: a handle or a CSS at-rule is prose.
    assert.equal(firstSentence('Thanks to the maintainers, and to\n@octocat for the port. More.'), 'Thanks to the maintainers, and to @octocat for the port.');
    assert.equal(firstSentence('Parses options, e.g. flags and values. Then runs.'), 'Parses options, e.g. flags and values.');
    assert.equal(firstSentence('Reads the configuration file. Then more.'), 'Reads the configuration file.');
    // past 200 characters with no sentence's end: cut between words (fastify's card ended "… kFourOhFo.")
    const long = 'Each fastify instance have a: kFourOhFourLevelInstance: point to a fastify instance that has the 404 handler set kCanSetNotFoundHandler: bool to track if the 404 handler has already been set kFourOhFour: the singleton instance';
    assert.equal(firstSentence(long), 'Each fastify instance have a: kFourOhFourLevelInstance: point to a fastify instance that has the 404 handler set kCanSetNotFoundHandler: bool to track if the 404 handler has already been set…');
    assert.equal(firstSentence('* * * * * * * * A default blank 8x8 cursor. More.'), 'A default blank 8x8 cursor.');
    // meson's compilers card was cut at "when using 'from ."
    assert.equal(firstSentence("Mixins are imported when using 'from . import compilers' here. More."), "Mixins are imported when using 'from . import compilers' here.");
    // A blank line ends it: scrapy's "Item Loader\n\nSee documentation in …" had read "Item Loader See documentation in …";
    // a paragraph's own line breaks do not, nor does a decorative rule's paragraph count as the first.
    assert.equal(firstSentence('Item Loader\n\nSee documentation in docs/topics/loaders.rst'), 'Item Loader');
    // an underlined title is a heading (Flask's json/tag.py)
    assert.equal(firstSentence('Tagged JSON\n~~~~~~~~~~~\n\nA compact representation for lossless serialization of non-standard JSON types.'), 'A compact representation for lossless serialization of non-standard JSON types.');
    // A lead-in to a list reads on into its first item (Retrofit's java-test README).
    assert.equal(
      firstSentence('These are in a separate module for two reasons:\n\n- It ensures optional dependencies are absent.\n- It uses the multi-release jar.'),
      'These are in a separate module for two reasons: It ensures optional dependencies are absent.',
    );
    // items of a few words are all read: they name the parts (fmt's support/README had read "… files such as.")
    assert.equal(firstSentence('This crate provides:\n\n1. parsers\n2. printers'), 'This crate provides: parsers, printers');
    assert.equal(firstSentence('This directory contains build support files such as\n\n* CMake modules\n* Build scripts\n'), 'This directory contains build support files such as CMake modules, Build scripts');
    assert.equal(firstSentence('This directory holds the examples\n\n* one\n* two'), 'This directory holds the examples', 'no lead-in: the paragraph alone');
    assert.equal(firstSentence('It works in two steps:\n\n- Parse - read the file into a tree.\n- Emit the code.'), 'It works in two steps: Parse - read the file into a tree.');
    assert.equal(firstSentence('Build it like this:\n\n    make all'), 'Build it like this:', 'no list after it: as it is');
    assert.equal(firstSentence('A scriptable web server for testing HTTP clients\n  \nThis library makes it easy.'), 'A scriptable web server for testing HTTP clients');
    assert.equal(firstSentence('This module implements the middleware\nwhich decompresses responses.\n\nMore.'), 'This module implements the middleware which decompresses responses.');
    assert.equal(firstSentence('* * * * *\n\nA default blank 8x8 cursor. More.'), 'A default blank 8x8 cursor.');
  });
});

describe('README summaries', () => {
  it('skip licence paragraphs, read a Description section when there is one, keep underscores inside names', async () => {
    const { summarizeModule } = await import('../../src/graph/summarizeModule.ts');
    const card = (readme: string) => summarizeModule({ id: 'tools/make_strings', fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [], readme });
    // GNUstep's Tools/make_strings/README: its summary read "Copyright (C) 2005, Free Software Foundation, Inc."
    const readme = 'make_strings\n============\nCopyright (C) 2005, Free Software Foundation, Inc.\n\nCopying and distribution of this file are permitted provided the copyright notice is preserved.\n\nIf you are a translator, read Using.txt.\n\nDescription\n-----------\n\nmake_strings parses Objective-C files and builds lists of localizable strings.\n';
    assert.match(card(readme), /^tools\/make_strings: make_strings parses Objective-C files and builds lists of localizable strings\./);
    assert.match(card('Fast\n====\n\nThis is _very_ fast and __bold__ for my_var.\n'), /: This is very fast and bold for my_var\./);
    assert.match(card('Copyright 2020 Acme. All rights reserved.\n\nA queue of tasks.\n'), /: A queue of tasks\./);
    // zod's README: its tagline shares a block of HTML with a badge linking to licenses/MIT, under a link of its own;
    // its nav bar's entities are no text
    const zod = ['<p align="center">', '  <h1 align="center">Zod</h1>', '  <p align="center">', '    ✨ <a href="https://zod.dev">https://zod.dev</a> ✨', '    <br/>',
      '    TypeScript-first schema validation with static type inference', '  </p>', '</p>',
      '<a href="https://opensource.org/licenses/MIT"><img src="https://img.shields.io/github/license/colinhacks/zod" alt="License"></a>', '',
      '<div align="center">', '  <a href="https://zod.dev">Documentation</a>', '  <span>&nbsp;&nbsp;•&nbsp;&nbsp;</span>', '</div>'].join('\n');
    assert.match(card(zod), /: TypeScript-first schema validation with static type inference\. 1 file\./);
    assert.match(card('<p>Tom &amp; Jerry&#39;s cache: fast&nbsp;and small.</p>\n'), /: Tom & Jerry's cache: fast and small\./);
    assert.match(card('&lt;Button&gt; renders an accessible button for your app.\n'), /: <Button> renders an accessible button for your app\./);
    // one pass: an escaped entity reads as the entity, not as a tag to drop
    assert.match(card('Write &amp;lt;br&amp;gt; in the template for a line break.\n'), /: Write &lt;br&gt; in the template for a line break\./);
    // expo-modules-core's README opened with an <img> tag over three lines: its attributes were the summary.
    assert.match(card('<p align="center">\n  <img\n    src="../../.github/resources/logo.svg"\n    alt="expo-modules-core"\n    height="64" />\n</p>\n\nThe core of Expo Modules architecture.\n'), /: The core of Expo Modules architecture\./);
    // react-router's README opens with reference-style badges and their links' definitions
    const badges = '[![npm package][npm-badge]][npm] [![build][build-badge]][build]\n\n[npm-badge]: https://img.shields.io/npm/v/react-router-dom.svg\n[npm]: https://www.npmjs.org/package/react-router-dom\n\nReact Router is a multi-strategy router for React.\n';
    assert.match(card(badges), /: React Router is a multi-strategy router for React\./);
    // a doc opening with a Markdown heading (a Rust crate's `//! # hyper C API`): the text below it, the title when alone
    assert.equal((await import('../../src/graph/summarizeModule.ts')).firstSentence('# hyper C API\n\nThis part of the documentation describes the C API for hyper. It is unstable.'), 'This part of the documentation describes the C API for hyper.');
    assert.equal((await import('../../src/graph/summarizeModule.ts')).firstSentence('## Tagged JSON'), 'Tagged JSON');
    // a badge's link with a title (nlohmann/json's README: its card had read `](https://isitmaintained.com/… "Average …")`)
    const titled = '[![Issues](https://img.shields.io/i.svg)](https://github.com/x/y/issues)\n[![Average time to resolve an issue](https://isitmaintained.com/badge/r.svg)](https://isitmaintained.com/project/x "Average time to resolve an issue")\n\nJSON for Modern C++ reads and writes JSON.\n';
    assert.match(card(titled), /: JSON for Modern C\+\+ reads and writes JSON\./);
    // jackson-databind's opening paragraph ends with its licence: the sentence goes, not the paragraph
    const licensed = '# Overview\n\nThis project contains the general-purpose data-binding functionality\nand tree-model for [Jackson Data Processor](../../../jackson).\nProject is licensed under [Apache License 2.0](http://www.apache.org/licenses/LICENSE-2.0).\n\nWhile the original use case was JSON, it reads other formats.\n';
    assert.match(card(licensed), /: This project contains the general-purpose data-binding functionality and tree-model for Jackson Data Processor\./);
    assert.doesNotMatch(card(licensed), /Apache/);
    // lwt's README says what it is above its Overview section: that opening is the description, not the section
    const opening = '# Lwt\n\n[![version][version]][releases]\n\n[version]: https://img.shields.io/github/v/release/ocsigen/lwt\n\nLwt is a concurrent programming library for OCaml. It provides a single data type: the promise.\n\n## Overview\n\nLwt compiles to native code on Linux, macOS, Windows, and other systems.\n';
    assert.match(card(opening), /: Lwt is a concurrent programming library for OCaml\./);
    // a tagline above it is no description: the section still is
    assert.match(card('# Tool\n\nFast.\n\n## Overview\n\nTool parses logs into tables.\n'), /: Tool parses logs into tables\./);
  });
});

describe('readableInlineTags', () => {
  it('reads Javadoc and JSDoc inline tags in the summary as their text', async () => {
    const { readableInlineTags } = await import('../../src/graph/summarizeModule.ts');
    // netty's handler summary opened "Package to dynamically replace local / remote {@link java.net.SocketAddress}."
    assert.equal(readableInlineTags('Replaces the remote {@link java.net.SocketAddress}.'), 'Replaces the remote SocketAddress.');
    // rustdoc's intra-doc links, their text in code, and an address with parentheses (clap's cards)
    assert.equal(readableInlineTags('[`Command`][crate::Command] line argument parser.'), 'Command line argument parser.');
    assert.equal(readableInlineTags('Define [`Command`] line arguments.'), 'Define Command line arguments.');
    // a Rust attribute keeps its brackets (serde_derive's Cargo description)
    assert.equal(readableInlineTags('Macros 1.1 implementation of #[derive(Serialize, Deserialize)]'), 'Macros 1.1 implementation of #[derive(Serialize, Deserialize)]');
    assert.equal(readableInlineTags('Generate [ROFF](https://en.wikipedia.org/wiki/Roff_(software)) from a command.'), 'Generate ROFF from a command.');
    assert.equal(readableInlineTags('Calls {@link ByteBuf#readBytes(int)}, {@link Foo the foo} and {@code a + b}.'), 'Calls ByteBuf#readBytes(int), the foo and a + b.');
    assert.equal(readableInlineTags('Unclosed {@link Foo'), 'Unclosed {@link Foo');
    // JOSM's mappaint: Javadoc HTML in the summary sentence.
    assert.equal(readableInlineTags('Draws map styles.<br>Reads <ul><li>XML</li></ul> and <a href="x">MapCSS</a>; keeps a < b.'), 'Draws map styles. Reads XML and MapCSS ; keeps a < b.');
    // puma's cards: RDoc's and YARD's links read as written.
    assert.equal(readableInlineTags('Logs in the {Apache common log format}https://httpd.apache.org/docs/logs.html#common.'), 'Logs in the Apache common log format.');
    assert.equal(readableInlineTags("Check out {#call}'s source, {Puma::Server the server}, {the guide}[https://x.org/g]."), "Check out call's source, the server, the guide.");
    assert.equal(readableInlineTags('Returns {a: 1} as a hash.'), 'Returns {a: 1} as a hash.');
    assert.equal(readableInlineTags('a map {K: V} of {Name} placeholders'), 'a map {K: V} of {Name} placeholders');
    // scrapy's cards: Sphinx roles read as their text, a `~` path as its last name, code as code.
    assert.equal(readableInlineTags('Base class for :ref:`custom contracts <topics-contracts>`.'), 'Base class for custom contracts.');
    assert.equal(readableInlineTags('Wraps :class:`~scrapy.http.Request`, :py:func:`urljoin` and :setting:`DOWNLOAD_DELAY`.'), 'Wraps `Request`, `urljoin` and `DOWNLOAD_DELAY`.');
    assert.equal(readableInlineTags('Starts at 10:30 with `x`.'), 'Starts at 10:30 with `x`.');
    // newsboat's regex-rs: a Markdown reference link had read "POSIX regular expressions APIregex-h".
    assert.equal(readableInlineTags('Safe wrapper around the POSIX regular expressions [API][regex-h].'), 'Safe wrapper around the POSIX regular expressions API.');
    const summary = summarizeModule({ id: 'handler', fileCount: 1, languages: {}, symbols: [], docComments: ['Replaces the remote {@link java.net.SocketAddress}.'], dependsOn: [], usedBy: [] });
    assert.match(summary, /^handler: Replaces the remote SocketAddress\./);
  });
});

describe('readsAsProse', () => {
  it('skips tags, imports, generator and licence notices when choosing the opening sentence', async () => {
    const { readsAsProse } = await import('../../src/graph/summarizeModule.ts');
    for (const junk of ["@import { Derived, Effect } from '#client'", 'generated with scripts/gen-unicode-data.py', 'Copyright 2024 The Authors. All rights reserved.', 'SPDX-License-Identifier: MIT', 'TODO', 'eslint-disable no-console',
      // a GPL header's opening lines (ansible's cards)
      'This file is part of Ansible.', 'This code is part of Ansible, but is an independent component.']) {
      assert.equal(readsAsProse(junk), false, junk);
    }
    assert.equal(readsAsProse('Simplified API for asynchronous data loading.'), true);
    // links alone say nothing (axios's regression test: two bare URLs)
    assert.equal(readsAsProse('https://snyk.io/vuln/SNYK-JS-AXIOS-1038255 https://github.com/axios/axios/issues/3407'), false);
    assert.equal(readsAsProse('Keeps the redirect loop of https://github.com/axios/axios/issues/3407 closed.'), true);
    // a few words leading into a code block are an instruction, not even a title (axum's examples: "Run with")
    assert.equal(readsAsProse('Run with\n\n```not_rust\ncargo run -p example-cors\n```', 2), false);
    // a title's underline of tildes is no fence (requests' docstrings: "requests.sessions" over ~~~~)
    assert.equal(readsAsProse('requests.sessions\n~~~~~~~~~~~~~~~~~\n\nThis module provides a Session object to manage settings.', 2), true);
    assert.equal(readsAsProse('Run with\n~~~sh\ncargo run\n~~~', 2), false);
    assert.equal(readsAsProse('Result Backends.', 2), true);
    assert.equal(readsAsProse('Serves static files from a folder, with caching.\n\n```rust\nlet app = serve();\n```'), true);
    const summary = summarizeModule({ id: 'src/x', fileCount: 1, languages: {}, symbols: [], docComments: ['@import { A } from "b"', 'Schedules effects after each batch.'], dependsOn: [], usedBy: [] });
    assert.match(summary, /^src\/x: Schedules effects after each batch\./);
  });

  it('skips notes to developers; the main file\'s two-word title will do; README markup and drawings are not prose', () => {
    // mapnik's cards opened "NOTE: This is an implementation header file…" and "TODO: move to sql_utils".
    for (const note of ['NOTE: This is an implementation header file and is only meant to be included.', 'TODO: move to sql_utils', 'FIXME this leaks the buffer.',
      // provenance, section markers, Swift callouts and build stubs (the mobile review sets' cards)
      'Implementation adapted from react-native-safe-area-context.', 'Copied from https://github.com/x/y/blob/main/z.ts', 'pragma MARK: std::shared_ptr<HybridCameraDeviceSpec>.',
      'MARK: - Lifecycle of the view', '- Warning: The ObjC name of this class is used by the runtime.', 'Dummy implementation file so that the target links.',
      'This translation unit exists solely so the expo-modules-pch target has a source.',
      'pch.h : include file for standard system include files, or project specific include files.', 'Erica Sadun, http://ericasadun.com iPhone Developer\'s Cookbook',
      '*INDENT-OFF*', 'clang-format off', 'Thanks to @slime73 on GitHub for their gist showing how to do this.',
      'ReSharper disable once CheckNamespace.', 'noinspection SpellCheckingInspection for the test data.', 'cspell: disable-next-line for these words.',
      // outline's cards read its linters' directives
      'oxlint-disable-next-line import/no-unresolved', 'oxlint-disable @typescript-eslint/no-misused-promises', 'tslint:disable:no-any for the legacy bridge',
      'istanbul ignore next because the browser path is untested', 'type: ignore[attr-defined] for the vendored module', 'fmt: off for the lookup table',
      'See https://github.com/libuv/libuv#documentation for documentation.', 'This file is private to libuv. It provides common functionality.',
      'libuv documentation build configuration file, created by sphinx-quickstart on Sun Jul 27.', 'OpenBSD original: lib/libc/stdio/mktemp.c',
      'This file was obtained from the Android SDK Sources and modified.',
      // Scala 2.11's and rebar3's cards
      'Added: Sat Oct 7 16:08:21 2006 todo: use the type of the expression.', 'Developer note: scala -J-Dscala.process.debug prints the commands.',
      'File: LinkedNode.java Originally written by Doug Lea and released into the public domain.', 'A compatibility stub for the old REPL API.',
      'Generated Code, validated by run/t6223 and run/t7131.', '{{desc}} $ rebar3 compile.',
      // RxJS's src/internal had read "Internal use only." from a helper's doc
      'Internal use only.', 'For internal use only: do not call from plugins.']) {
      assert.equal(readsAsProse(note), false, note);
    }
    // celery's backends/__init__.py says "Result Backends." and the summary took an ArangoDB file's doc instead.
    const backends = summarizeModule({ id: 'celery/backends', fileCount: 2, languages: {}, symbols: [], docComments: [], openers: ['Result Backends.', 'ArangoDb result store backend.'], dependsOn: [], usedBy: [] });
    assert.match(backends, /^celery\/backends: Result Backends\./);
    const later = summarizeModule({ id: 'x', fileCount: 2, languages: {}, symbols: [], docComments: [], openers: ['Some notes.', 'Helpers.', 'Parses the wire format of messages.'], dependsOn: [], usedBy: [] });
    assert.match(later, /^x: Some notes\./);
    const skipsLaterTitle = summarizeModule({ id: 'x', fileCount: 2, languages: {}, symbols: [], docComments: [], openers: ['TODO: tidy', 'Helpers.', 'Parses the wire format of messages.'], dependsOn: [], usedBy: [] });
    assert.match(skipsLaterTitle, /^x: Parses the wire format of messages\./);
    // protobuf's cpp-io opened "Author: kenton@google.com (Kenton Varda) Based on …"; its key symbols were its tests' classes.
    const io = summarizeModule({ id: 'cpp-io', fileCount: 2, languages: {}, docComments: [], openers: ['Author: kenton@google.com (Kenton Varda)\nBased on original Protocol Buffers design.', 'Reads and writes varints and fixed-width integers.'], dependsOn: [], usedBy: [],
      symbols: [{ name: 'CodedStreamTest', kind: 'class', file: 'io/coded_stream_unittest.cc', exported: true }, { name: 'CodedInputStream', kind: 'class', file: 'io/coded_stream.h', exported: true }] });
    assert.match(io, /^cpp-io: Reads and writes varints and fixed-width integers\. 2 files\. Declares CodedInputStream\./, 'a test file\'s names only where there are no others');
    const onlyTests = summarizeModule({ id: 't', fileCount: 1, languages: {}, docComments: [], dependsOn: [], usedBy: [], symbols: [{ name: 'CodedStreamTest', kind: 'class', file: 'io/coded_stream_unittest.cc', exported: true }] });
    assert.match(onlyTests, /Declares CodedStreamTest\./);
    const rst = ['.. image:: https://docs.celeryq.dev/en/latest/_images/celery-banner-small.png', '', '|build-status| |coverage| |license|', '', ':Version: 5.2.6 (dawn-chorus)', ':Web: https://docs.celeryq.dev/', ':Keywords: task, queue, job, async, rabbitmq, amqp, redis,', '  python, distributed, actors', '',
      'Donations', '=========', '', 'This project relies on your generous donations.', '', 'For enterprise', '==============', '', 'Available as part of the Tidelift Subscription.', '', "What's a Task Queue?", '====================', '', 'Celery is a simple, flexible, and reliable distributed system to process vast amounts of messages.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: rst, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Celery is a simple, flexible, and reliable distributed system/);
    // date-fns's JSDoc opens with tags; its @description (or @summary) says what the function does
    const tagged = '@name addDays\n@category Day Helpers\nAdd the specified number of days to the given date.\n\n@description\nAdd the specified number of days to the given date.\n\n@param date - The date to be changed';
    assert.match(summarizeModule({ id: 'src/addDays', fileCount: 2, languages: {}, symbols: [], docComments: [], openers: [tagged], dependsOn: [], usedBy: [] }), /^src\/addDays: Add the specified number of days to the given date\./);
    // sanic's badge table: a directive's indented body is markup, as the directive is
    const table = ['Sanic | Build fast. Run fast.', '=============================', '', '.. start-badges', '', '.. list-table::', '    :widths: 15 85', '    :stub-columns: 1', '',
      '    * - Build', '      - | |Tests|', '    * - Docs', '      - | |UserGuide| |Documentation|', '', '.. |Tests| image:: https://github.com/sanic-org/sanic/badge.svg', '   :target: https://github.com/sanic-org/sanic', '', '.. end-badges', '',
      'Sanic is a Python 3.10+ web server and web framework that\'s written to go fast.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: table, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Sanic is a Python 3\.10\+ web server and web framework/);
    const links = ['[Documentation](https://neovim.io/doc/) | [Chat](https://app.element.io/#/room/#neovim:matrix.org) | [Twitter](https://twitter.com/Neovim)', '', 'Neovim is a project that seeks to aggressively refactor Vim.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: links, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Neovim is a project that seeks/);
    // kotlinx-coroutines' example: the words leading into a code block are no sentence, nor is the code
    const fenced = ['# Example frontend', '', 'Build application with', '', '```', 'gradlew :example-frontend-js:bundle', '```', '', 'The resulting application can be found in the build folder.'].join('\n');
    assert.match(summarizeModule({ id: 'fe', readme: fenced, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^fe: The resulting application can be found in the build folder\./);
    // Leiningen's README opens with an epigraph; express's with its description in a blockquote
    const epigraph = ['# Leiningen', '', '> "Leiningen!" he shouted. "You\'re insane!"', '', 'Leiningen is for automating Clojure projects without setting your hair on fire.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: epigraph, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Leiningen is for automating Clojure projects/);
    assert.match(summarizeModule({ id: '.', readme: '# express\n\n> Fast, unopinionated, minimalist web framework for Node.js.\n', fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Fast, unopinionated, minimalist web framework for Node\.js\./);
    // Fastify's badges, whose alt text wraps a line, read nothing; the description after them does.
    const badges = ['<div align="center">', '', '[![CI](https://x/ci.yml/badge.svg)](https://x/ci.yml)', '[![Package Manager', 'CI](https://x/pm/badge.svg?branch=main)](https://x/pm.yml)', '', '</div>', '', 'Fast and low overhead web framework, for Node.js.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: badges, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Fast and low overhead web framework, for Node\.js\./);
    // an HTML heading is a title (black's); a row of translation links is no sentence (fd's)
    const htmlHeading = ['<h2 align="center">The Uncompromising Code Formatter</h2>', '', '> “Any color you like.”', '', '_Black_ is the uncompromising Python code formatter.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: htmlHeading, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Black is the uncompromising Python code formatter\./);
    const translations = ['# fd', '', '[[中文](https://x/fd-zh)]', '[[한국어](https://x/fd-kor)]', '', '`fd` is a program to find entries in your filesystem.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: translations, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: fd is a program to find entries in your filesystem\./);
    // nor a row of reference links (LocalSend's root)
    const references = ['# LocalSend', '', '[Homepage][homepage] • [Discord][discord] • [GitHub][github]', '', '[homepage]: https://localsend.org', '', 'LocalSend is a free, open-source app that allows you to share files.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: references, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: LocalSend is a free, open-source app that allows you to share files\./);
    // nor a language switcher with a label and a plain name (dio's); a sentence naming languages still is one
    const switcher = ['# dio', '', 'Language: English | [简体中文](README-ZH.md)', '', 'This is the base repo of the **dio** project.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: switcher, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: This is the base repo of the dio project\./);
    // an HTML heading that says what the project is, where no paragraph does (grocy); HTML's arrows read as arrows
    const defining = ['<div align="center">', '<h2>ERP beyond your fridge</h2>', '<h3>Grocy is a web-based self-hosted groceries &amp; household management solution for your home</h3>', '</div>', '', '## Give it a try', '', '- Public demo &rarr; [https://demo.grocy.info](https://demo.grocy.info)'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: defining, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Grocy is a web-based self-hosted groceries & household management solution for your home\. /);
    const arrow = ['# demo', '', 'Try it online &rarr; the demo site, or read the docs &mdash; all of them.'].join('\n');
    assert.match(summarizeModule({ id: 'd', readme: arrow, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^d: Try it online → the demo site, or read the docs — all of them\./);
    // a plain-text README's headings in capitals: a call for volunteers describes nothing (Transmission's qt/)
    const shouted = ['VOLUNTEERS WANTED', '', '   - Qt developers and translators are needed', '', 'ABOUT TRANSMISSION-QT', '', '   Transmission-qt is a GUI for Transmission loosely based on the GTK+ client.'].join('\n');
    assert.match(summarizeModule({ id: 'qt', readme: shouted, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^qt: Transmission-qt is a GUI for Transmission loosely based on the GTK\+ client\./);
    // nor does a file's authoring stamp (Transmission's tests/)
    const stamped = summarizeModule({ id: 'tests', fileCount: 1, languages: {}, symbols: [], docComments: ['Created by GitHub Copilot (GPT-5.2 (Preview)).', 'Created by Jane Doe on 3/4/14.', 'Converts bencoded files to C++ tests.'], dependsOn: [], usedBy: [] });
    assert.match(stamped, /^tests: Converts bencoded files to C\+\+ tests\./);
    // a navigation row an item a line (Tandoor, ArchiveBox), and an HTML comment over lines, are no text
    const nav = ['<p align="center">', '▶️ <a href="https://x/q">Quickstart</a> |', '<a href="https://x/demo">Demo</a> |', '<a href="https://x/c">Info &amp; Motivation</a> |', '<a href="https://x/d">Discord</a>', '</p>', '', '<!--<pre lang="bash">', "curl -sSL 'https://get.x.io' | sh", '</pre>-->', '', 'ArchiveBox is a self-hosted internet archiving solution.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: nav, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: ArchiveBox is a self-hosted internet archiving solution\./);
    // a Mermaid diagram with front matter is code, not a heading over its `---` (Now in Android's module READMEs)
    const mermaid = ['# `:core:ui`', '', '## Module dependency graph', '', '```mermaid', '---', 'config:', '  layout: elk', '---', 'graph TB', '  :core:ui --> :core:model', '```', '', 'Compose building blocks shared by the feature screens.'].join('\n');
    assert.match(summarizeModule({ id: 'core/ui', readme: mermaid, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^core\/ui: Compose building blocks shared by the feature screens\./u);
    // one name a line (Lemmy's HTML switcher)
    const perLine = ['<p align="center">', '  <span>English</span> |', '  <a href="readmes/README.es.md">Español</a> |', '  <a href="readmes/README.zh.hans.md">汉语</a> |', '  <a href="readmes/README.ja.md">日本語</a>', '</p>', '', 'A link aggregator and forum for the fediverse.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: perLine, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: A link aggregator and forum for the fediverse\./);
    // an import commented out opening a package's file is no description (calibre-web's cw_login); an example in a doc is
    const commented = summarizeModule({ id: 'cw', fileCount: 1, languages: {}, symbols: [], docComments: ['from .__about__ import __version__', 'Login manager for Flask applications.'], dependsOn: [], usedBy: [] });
    assert.match(commented, /^cw: Login manager for Flask applications\./);
    const example = summarizeModule({ id: 'cw', fileCount: 1, languages: {}, symbols: [], docComments: ['Reads the config.\n\n    import cw\n    cw.read()'], dependsOn: [], usedBy: [] });
    assert.match(example, /^cw: Reads the config\./);
    const languages = ['# i18n', '', 'Translations: English, German and French.', '', 'More.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: languages, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Translations: English, German and French\./);
    // a README that opens with a list, or a lead-in to one, is described by its title (zstd's tests/ and examples/);
    // a title of fewer than three words, or text before any heading, leaves the first sentence to speak
    const listed = ['Programs and scripts for automated testing of Zstandard', '=======', '', 'This directory contains the following programs and scripts:', '- `datagen` : Synthetic data generator', '- `fullbench` : Measures speed'].join('\n');
    assert.match(summarizeModule({ id: 'tests', readme: listed, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^tests: Programs and scripts for automated testing of Zstandard\. 1 file\./u);
    const examples = ['# Zstandard library : usage examples', '', '- [Simple compression](simple_compression.c) :', '  Compress a single file.'].join('\n');
    assert.match(summarizeModule({ id: 'examples', readme: examples, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^examples: Zstandard library : usage examples\./u);
    const named = ['# zstd', '', '- fast', '- small'].join('\n');
    assert.doesNotMatch(summarizeModule({ id: 'z', readme: named, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^z: zstd\./u);
    const prose = ['# A fast compression library', '', 'Zstandard is a fast lossless compression algorithm.'].join('\n');
    assert.match(summarizeModule({ id: 'z', readme: prose, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^z: Zstandard is a fast lossless compression algorithm\./u);
    // an About heading over nothing but a section on related projects is no description (clap_complete's README):
    // the tagline above it is
    const aboutNothing = ['# clap_complete', '', '> **Shell completion generation for `clap`**', '', '## About', '', '### Related Projects', '', '- [clap_complete_fig](https://crates.io/x) for fig shell completion support'].join('\n');
    assert.match(summarizeModule({ id: 'clap_complete', readme: aboutNothing, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^clap_complete: Shell completion generation for clap\./u);
    // a roadmap section says nothing of what the project is (RxJS's README)
    const roadmap = ['# RxJS', '', '# The Roadmap from RxJS 7 to 8', '', "Curious what's next for RxJS? Follow along with the issue.", '', '# RxJS 7', '', 'Reactive Extensions Library for JavaScript.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: roadmap, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Reactive Extensions Library for JavaScript\./);
    // an announcement under a linked heading (gin's "## 📰 [Announcing Gin 1.12.0!](…)") and a quoted notice
    // (monolog's ">**Note** This is the documentation for Monolog 3.x") say nothing of what the project is
    const news = ['# Gin Web Framework', '', '## 📰 [Announcing Gin 1.12.0!](https://gin-gonic.com/blog)', '', 'Read about the latest features on our official blog.', '', '---', '', 'Gin is a high-performance HTTP web framework written in Go.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: news, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Gin is a high-performance HTTP web framework written in Go\./u);
    const notice = ['# Monolog', '', '>**Note** This is the **documentation for Monolog 3.x**, if you are using older releases', '>see the documentation for [Monolog 2.x](https://x/2.x)', '', 'Monolog sends your logs to files, sockets, inboxes, databases and various web services.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: notice, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Monolog sends your logs to files/u);
    const alert = ['# x', '', '> [!WARNING]', '> This project is in maintenance mode.', '', 'Parses TOML files into plain objects.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: alert, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Parses TOML files into plain objects\./u);
    // a quote under its own heading is a callout box (viper's survey notice), whatever its words
    const callout = ['> ## Viper v2 feedback', '> Viper is heading towards v2 and we would love to hear from you.', '>', '> **Thank you!**', '', '**Go configuration with fangs!**'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: callout, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Go configuration with fangs!/u);
    // a lead-in to a code block goes, the whole sentences before it in its paragraph stay (Polly's snippets)
    const leadIn = ['# Snippets', '', 'Various code-snippets used in the Polly documentation. Run the following command in the root directory to update them:', '', '```powershell', 'dotnet mdsnippets', '```', '', 'Visit the MarkdownSnippets repository for more details.'].join('\n');
    assert.match(summarizeModule({ id: 'src/Snippets', readme: leadIn, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^src\/Snippets: Various code-snippets used in the Polly documentation\. 1 file/u);
    // an abbreviation's full stop ends no sentence: the whole lead-in goes, the next sentence describes
    const eg = ['# foo', '', 'Install it with npm, e.g. from the registry like so:', '', '```sh', 'npm i foo', '```', '', 'Foo parses TOML files fast.'].join('\n');
    assert.match(summarizeModule({ id: 'foo', readme: eg, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^foo: Foo parses TOML files fast\./u);
    // a figure's caption is no description (tRPC's README)
    const figure = ['<div align="center">', '  <h1>tRPC</h1>', '  <figure>', '    <img src="x.gif" alt="Demo" />', '    <figcaption>', '      <p align="center">', '        The client above is <strong>not</strong> importing any code from the server.', '      </p>', '    </figcaption>', '  </figure>', '</div>', '', '## Intro', '', 'tRPC allows you to easily build & consume fully typesafe APIs without schemas.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: figure, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: tRPC allows you to easily build & consume fully typesafe APIs without schemas\./u);
    // a manifest description over several lines (Cargo's triple-quoted strings) reads as one sentence
    assert.match(summarizeModule({ id: 'crates/ignore', description: 'A fast library for efficiently matching ignore files\nsuch as .gitignore against file paths.\n', fileCount: 17, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^crates\/ignore: A fast library for efficiently matching ignore files such as \.gitignore against file paths\. 17 files\.$/);
    // an example's or a benchmark's names stand for the module only where it declares nothing else (ripgrep's grep crate)
    const facade = [
      { name: 'main', kind: 'function' as const, file: 'crates/grep/examples/simplegrep.rs', exported: false },
      { name: 'search', kind: 'function' as const, file: 'crates/grep/examples/simplegrep.rs', exported: false },
      { name: 'bench_search', kind: 'function' as const, file: 'crates/grep/benches/search.rs', exported: true },
      { name: 'Searcher', kind: 'struct' as const, file: 'crates/grep/src/lib.rs', exported: true },
    ];
    assert.deepEqual(keySymbols(facade, 8), ['Searcher']);
    assert.deepEqual(keySymbols(facade.slice(0, 2), 8), ['main', 'search']);
    // among names of a kind, a file's own before one nested in another file (Serilog's Context card)
    const context = [
      { name: 'Enumerator', kind: 'class' as const, file: 'src/Serilog/Context/EnricherStack.cs', exported: true },
      { name: 'EnricherStack', kind: 'class' as const, file: 'src/Serilog/Context/EnricherStack.cs', exported: true },
      { name: 'LogContext', kind: 'class' as const, file: 'src/Serilog/Context/LogContext.cs', exported: true },
      { name: 'push_property', kind: 'function' as const, file: 'src/Serilog/Context/push-property.ts', exported: true },
      { name: 'pushProperty', kind: 'function' as const, file: 'src/Serilog/Context/push-property.ts', exported: true },
    ];
    assert.deepEqual(keySymbols(context, 8), ['EnricherStack', 'LogContext', 'Enumerator', 'push_property', 'pushProperty']);
    // Sphinx's settings are no key names (Flask's root card declared github_link, setup, project, copyright …)
    const root = [
      { name: 'project', kind: 'variable' as const, file: 'docs/conf.py', exported: true },
      { name: 'github_link', kind: 'function' as const, file: 'docs/conf.py', exported: true },
      { name: 'FlaskClient', kind: 'class' as const, file: 'src/flask/testing.py', exported: true },
    ];
    assert.deepEqual(keySymbols(root, 8), ['FlaskClient']);
    // the module's namesake first, whatever its place in the list (Retrofit's core card named twenty classes, not `Retrofit`)
    assert.deepEqual(keySymbols(context, 2, { path: 'src/Serilog/Context', name: 'Serilog.Context' }), ['EnricherStack', 'LogContext']);
    assert.deepEqual(keySymbols(context, 2, { path: 'src/log-context' }), ['LogContext', 'EnricherStack']);
    assert.deepEqual(keySymbols(context, 2, { path: 'lib', name: ':retrofit:log-context' }), ['LogContext', 'EnricherStack']);
    assert.match(summarizeModule({ id: 'src/logcontext', fileCount: 2, languages: {}, symbols: context, docComments: [], dependsOn: [], usedBy: [] }), /Declares LogContext, EnricherStack, /u);
    // the root module among the neighbours is named, not a lone "."
    assert.match(summarizeModule({ id: 'misc', fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: ['src'], usedBy: ['.'] }), /Depends on src\. Used by the root\.$/);
    // KDoc links and emphasis read as their words
    const kdoc = summarizeModule({ id: 'ch', fileCount: 1, languages: {}, symbols: [], docComments: ['Adds [element] into this channel, **blocking** the caller while it is full.'], dependsOn: [], usedBy: [] });
    assert.match(kdoc, /^ch: Adds element into this channel, blocking the caller while it is full\./);
    const logo = ['     _/      _/    _/_/    _/_/_/   ', '    _/_/  _/_/  _/    _/  _/    _/  ', '', 'Mapnik is an open source toolkit for developing mapping applications.'].join('\n');
    assert.match(summarizeModule({ id: '.', readme: logo, fileCount: 1, languages: {}, symbols: [], docComments: [], dependsOn: [], usedBy: [] }), /^root: Mapnik is an open source toolkit/);
  });
});
