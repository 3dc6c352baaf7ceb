import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { cleanDoc, cleanDocstring, maxDocChars } from '../../../src/graph/extractors/shared/cleanDoc.ts';
import { maxSymbolsPerFile } from '../../../src/graph/extractors/shared/createFactsCollector.ts';
import type { FileFacts } from '../../../src/graph/types.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const extract = async (path: string, text: string): Promise<FileFacts> => {
  const extractor = extractorFor(path, text);
  assert.ok(extractor, `no extractor for ${path}`);
  return extractText(extractor, path, text);
};

test('a TypeScript file with a syntax error still yields the declarations that parsed', async () => {
  const facts = await extract('src/broken.ts', [
    'export class Good {',
    '  ok(): void {}',
    '}',
    'export function broken( {',
    '',
    'export interface AlsoGood { x: number }',
    'export const z = 1;',
  ].join('\n'));
  assert.equal(facts.hasErrors, true);
  assert.deepEqual(symbolList(facts), [
    'AlsoGood interface exported', 'Good class exported', 'Good.ok method exported', 'z constant exported',
  ]);
});

test('a Python file with a syntax error keeps the functions and classes around it', async () => {
  const facts = await extract('pkg/broken.py', 'def good():\n    pass\n\ndef bad(:\n    pass\n\nclass Later:\n    def m(self):\n        pass\n');
  assert.equal(facts.hasErrors, true);
  assert.ok(symbolList(facts).includes('good function exported'));
  assert.ok(symbolList(facts).includes('Later.m method exported'));
});

test('Kotlin `fun interface` (unknown to the grammar) is read as an interface and does not hide later classes', async () => {
  const facts = await extract('a/F.kt', 'package a\n\nfun interface Callback {\n    fun call()\n}\n\nclass After {\n    fun works() {\n    }\n}\n');
  assert.equal(facts.hasErrors, undefined);
  assert.equal(facts.packageName, 'a');
  assert.deepEqual(symbolList(facts), ['After class exported', 'After.works method exported', 'Callback interface exported', 'Callback.call method exported']);
});

test('CommonJS exports and `export { … }` lists mark symbols exported', async () => {
  const facts = await extract('lib/index.js', [
    "const a = require('./a');",
    'function local() {}',
    'function hidden() {}',
    'class K {}',
    'exports.run = function () {};',
    'module.exports.Thing = class {};',
    'export { local, K as Kay };',
  ].join('\n'));
  assert.deepEqual(symbolList(facts), [
    'K class exported', 'Thing class exported', 'hidden function', 'local function exported', 'run function exported',
  ]);
  assert.deepEqual(importList(facts), ['path ./a']);
});

test('script-style JavaScript declares its API on objects and prototypes', async () => {
  // phpMyAdmin's front end: 78 files, 126 symbols; mongoose's `Schema.prototype.add = function …`.
  const facts = await extract('js/src/functions.js', [
    'var Functions = {};',
    '/** Escapes HTML special characters. */',
    'Functions.escapeHtml = function (text) { return text; };',
    'Schema.prototype.add = function add(obj) {};',
    'window.Designer = class {};',
    'Functions.count = 3;',
    'a.b.c = function () {};',
    'function inner() { Helpers.hidden = function () {}; }',
  ].join('\n'));
  assert.deepEqual(symbolList(facts), [
    'Designer class exported', 'Functions.escapeHtml function exported', 'Schema.add method exported', 'a.b.c function exported', 'inner function',
  ]);
  assert.equal(docOf(facts, 'escapeHtml'), 'Escapes HTML special characters.');
});

test('JavaScript wrapped in an IIFE, a UMD factory or AMD define declares what the wrapper declares', async () => {
  const facts = await extract('js/plugin.js', [
    ';(function ($, window) {',
    "  'use strict';",
    '  /** Scrolls smoothly to an anchor. */',
    '  $.fn.smoothScroll = function (options) { return this; };',
    '  function easeOutQuad(t) { return t; }',
    '}(jQuery, window));',
    '(function (root, factory) {',
    "  if (typeof define === 'function') define([], factory); else root.Money = factory();",
    '}(this, function () {',
    '  function formatCurrency(value) { return value; }',
    '  return { formatCurrency: formatCurrency, parseAmount: function (s) { return s; } };',
    '}));',
    "define(['dep'], function (dep) { var Tracker = function () {}; Tracker.prototype.track = function () {}; return Tracker; });",
    '!function () { function bangInner() {} }();',
    '(function () { function called() {} }).call(this);',
    "describe('a suite', function () { function notADeclaration() {} });",
    "app.get('/', function handler(req, res) { function alsoNot() {} });",
  ].join('\n'));
  assert.deepEqual(symbolList(facts), [
    '$.fn.smoothScroll function exported', 'Tracker function exported', 'Tracker.track method exported', 'bangInner function',
    'called function', 'easeOutQuad function', 'formatCurrency function exported', 'parseAmount function exported',
  ]);
  assert.equal(docOf(facts, 'smoothScroll'), 'Scrolls smoothly to an anchor.');
});

test("a plugin's anonymous default export declares what its body assigns to the objects it is given (dayjs's plugins)", async () => {
  const facts = await extract('src/plugin/relativeTime/index.js', [
    'export default (o, c, d) => {',
    '  const proto = c.prototype',
    '  /** Time from now, as words. */',
    '  proto.fromNow = function (input) { return input }',
    '  c.prototype.toNow = (input) => input',
    '  d.extendRelative = function () {}',
    '  function helper() {}',
    '}',
  ].join('\n'));
  assert.deepEqual(symbolList(facts), ['c.toNow method exported', 'd.extendRelative function exported', 'helper function', 'proto.fromNow function exported']);
  assert.equal(docOf(facts, 'fromNow'), 'Time from now, as words.');
  // a named default export is a declaration as before, its body no API
  assert.deepEqual(symbolList(await extract('src/a.js', 'export default function plugin(o, c) { c.prototype.x = () => 1 }')), ['plugin function exported']);
});

test("a module pattern's class assigned to a namespace from a wrapper declares that class (Hangfire's dashboard script)", async () => {
  const facts = await extract('Content/js/hangfire.js', [
    '(function (hangfire) {',
    '    hangfire.Metrics = (function () {',
    '        function Metrics() { this._metrics = {}; }',
    '        Metrics.prototype.addElement = function (name, element) {};',
    '        return Metrics;',
    '    })();',
    '    hangfire.config = (function () { return 1; })();',
    '    hangfire.name = compute(function inner() {});',
    '})(window.Hangfire = window.Hangfire || {});',
  ].join('\n'));
  assert.deepEqual(symbolList(facts), ['Metrics function exported', 'Metrics.addElement method exported']);
  // a CommonJS export built in a wrapper is named by the export, as before
  const commonJs = await extract('lib/util.js', 'exports.debounce = (function () { var t; return function (fn) { return fn; }; })();\nmodule.exports.parse = (function () { function helper() {} return helper; })();\n');
  assert.deepEqual(symbolList(commonJs), ['debounce variable exported', 'parse variable exported']);
});

test('object literals handed to a call are the methods of what it extends or builds; AMD dependency arrays are imports', async () => {
  const facts = await extract('src/traversing.js', [
    "define(['./core', './var/indexOf', 'text!./tpl.html'], function (jQuery, indexOf) {",
    'jQuery.fn.extend({',
    '  /** The closest ancestor matching a selector. */',
    '  closest: function (selectors, context) { return this; },',
    '  index(elem) { return 0; },',
    '  length: 0',
    '});',
    'jQuery.extend({ noop: function () {} });',
    'Object.assign(Emitter.prototype, { emit() {} });',
    'var View = Backbone.View.extend({ render: function () {} });',
    "describe('x', function () {});",
    // an ordinary call's object is its options, not methods of anything
    "jQuery.ajax({ url: '/x', success: function () {}, error: function () {} });",
    // (but a property it defines is declared, as a module's `__esModule` flag is not)
    "Object.defineProperty(exports, 'foo', { enumerable: true, get: function () { return 1; } });",
    "Object.defineProperty(exports, '__esModule', { value: true });",
    "Ext.define('My.Panel', { initComponent: function () {} });",
    'return jQuery;',
    '});',
    "require(['./app'], function (app) {});",
    "define('named', ['require', 'exports', './named-dep'], function (require, exports) {});",
    "export default defineComponent({ methods: { submit() {} } });",
  ].join('\n'));
  assert.deepEqual(symbolList(facts), [
    'Emitter.emit method exported', 'View.render method', 'default.submit method exported', 'foo variable exported',
    'jQuery.fn.closest method exported', 'jQuery.fn.index method exported', 'jQuery.noop method exported',
  ]);
  assert.equal(docOf(facts, 'closest'), 'The closest ancestor matching a selector.');
  assert.deepEqual(importList(facts), ['path ./app', 'path ./core', 'path ./named-dep', 'path ./var/indexOf']);
});

test('TSX components are functions with their JSDoc', async () => {
  const facts = await extract('web/App.tsx', [
    "import React from 'react';",
    '/** The app shell. */',
    'export function App(): JSX.Element {',
    '  return <div className="x">hi</div>;',
    '}',
    'export const Button = () => <button />;',
  ].join('\n'));
  assert.equal(facts.language, 'tsx');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), ['App function exported', 'Button function exported']);
  assert.equal(docOf(facts, 'App'), 'The app shell.');
});

test('Rust docs above #[attributes], inline modules and nested use lists', async () => {
  const facts = await extract('src/x.rs', '/// Documented.\n#[derive(Debug)]\npub struct S;\npub mod inline_mod {\n    pub fn f() {}\n}\nuse a::{self, b::{c, d as e}};\n');
  assert.equal(docOf(facts, 'S'), 'Documented.');
  assert.deepEqual(symbolList(facts), ['S struct exported', 'f function exported', 'inline_mod module exported']);
  assert.deepEqual(importList(facts), ['package a', 'package a::b::c', 'package a::b::d']);
});

test('C header: declarations inside include guards and extern "C" blocks, file comment kept', async () => {
  const facts = await extract('include/api.h', [
    '/* Public API of the codec. */',
    '#ifndef API_H',
    '#define API_H',
    '#include <stddef.h>',
    '#ifdef __cplusplus',
    'extern "C" {',
    '#endif',
    '/** Encodes a buffer. */',
    'int codec_encode(const char *in, size_t n);',
    'static int codec_internal(void);',
    '#ifdef __cplusplus',
    '}',
    '#endif',
    '#endif',
  ].join('\n'));
  assert.equal(facts.language, 'c');
  assert.deepEqual(symbolList(facts), ['codec_encode function exported', 'codec_internal function']);
  assert.equal(docOf(facts, 'codec_encode'), 'Encodes a buffer.');
  assert.deepEqual(facts.docComments, ['Public API of the codec.']);
  assert.deepEqual(importList(facts), ['include stddef.h system']);
});

test('C# file-scoped namespace sets the package', async () => {
  const facts = await extract('Svc.cs', 'using System;\nnamespace Acme.Svc;\n\n/// <summary>Runs things.</summary>\npublic class Svc\n{\n    public void Run() { }\n}\n');
  assert.equal(facts.packageName, 'Acme.Svc');
  assert.deepEqual(symbolList(facts), ['Svc class exported', 'Svc.Run method exported']);
  assert.equal(docOf(facts, 'Svc'), 'Runs things.');
});

test('license headers and tool directives are not file docs; a following description is', async () => {
  const facts = await extract('src/a.ts', [
    '// Copyright 2024 Acme Inc. All rights reserved.',
    '// SPDX-License-Identifier: MIT',
    '',
    '/* eslint-disable no-console */',
    '',
    '// Routes requests to handlers.',
    "import x from 'x';",
  ].join('\n'));
  assert.deepEqual(facts.docComments, ['Routes requests to handlers.']);
});

test("a script's shebang line is no code, and JSDoc's @fileoverview introduces the description it keeps", async () => {
  // ESLint: bin/eslint.js had no file doc behind its `#!/usr/bin/env node`; every file's doc began "@fileoverview".
  const bin = await extract('bin/eslint.js', ['#!/usr/bin/env node', '', '/**', ' * @fileoverview Main CLI that is run via the eslint command.', ' * @author Nicholas C. Zakas', ' */', '', "'use strict';", 'run();'].join('\n'));
  assert.deepEqual(bin.docComments, ['Main CLI that is run via the eslint command.']);
  const ts = await extract('src/cli.ts', ['/** @file Options parsing of the command line. */', "import x from 'x';"].join('\n'));
  assert.deepEqual(ts.docComments, ['Options parsing of the command line.']);
  // Doxygen's `@file name.c` is bookkeeping.
  assert.equal(cleanDoc('/**\n * @file tool.c\n * Parses options.\n */'), 'Parses options.');
  assert.equal(cleanDoc('/** @file tool.c Parses the options. */'), 'Parses the options.');
});

test("Doxygen's page and group titles open the doc; a page reference reads as its name; group bookkeeping goes", () => {
  // NeoMutt's sidebar/lib.h: its card had read "sidebar." and email's a function's doc
  assert.equal(
    cleanDoc('/**\n * @page lib_sidebar Sidebar\n *\n * Display the mailboxes in a side panel\n *\n * | sidebar/commands.c | @subpage sidebar_commands |\n */'),
    'Sidebar\n\nDisplay the mailboxes in a side panel\n\n| sidebar/commands.c | sidebar_commands |',
  );
  assert.equal(cleanDoc('/**\n * @defgroup net Networking\n * @ingroup core\n * @{\n * Sockets, see @ref lib_conn.\n */'), 'Networking\nSockets, see lib_conn.');
  assert.equal(cleanDoc('/** \\mainpage NeoMutt\n * A mail reader.\n * @authors\n */'), 'NeoMutt\nA mail reader.');
  // (a word that merely starts like a tag stays: "@pages" is no Doxygen command)
  assert.equal(cleanDoc('/** Counts @pages of a book. */'), 'Counts @pages of a book.');
});

test('a licence header of line comments goes whole, paragraph by paragraph; a description in the same run stays', async () => {
  // protobuf's header: only the "Copyright" line went, so every summary opened "Protocol Buffers - Google's
  // data interchange format https://… Redistribution and use in source and binary forms …".
  const facts = await extract('src/io/printer.cc', [
    "// Protocol Buffers - Google's data interchange format",
    '// Copyright 2008 Google Inc.  All rights reserved.',
    '// https://developers.google.com/protocol-buffers/',
    '//',
    '// Redistribution and use in source and binary forms, with or without',
    '// modification, are permitted provided that the following conditions are',
    '// met:',
    '//',
    '// Writes text with indentation and variable substitution.',
    '',
    '#include "printer.h"',
    'int x;',
  ].join('\n'));
  assert.deepEqual(facts.docComments, ['Writes text with indentation and variable substitution.']);
  // neovim's C files open with a PVS-Studio notice, and ten of its modules' summaries read it.
  const nvim = await extract('src/nvim/os/fs.c', [
    '// This is an open source non-commercial project. Dear PVS-Studio, please check it.',
    '// PVS-Studio Static Code Analyzer for C, C++ and C#: http://www.viva64.com',
    '',
    '// fs.c -- filesystem access',
    '#include <stdio.h>',
    'int x;',
  ].join('\n'));
  assert.deepEqual(nvim.docComments, ['fs.c -- filesystem access']);
});

test("the Apache header's terms after a blank comment line and a version-control stamp are no docs", async () => {
  // Prometheus and Hugo: "http://www.apache.org/licenses/LICENSE-2.0 Unless required by applicable law …" was the
  // doc of every Go file; tmux's compat card opened with "$OpenBSD: base64.c,v 1.8 … Exp $".
  const go = await extract('config/config.go', [
    '// Copyright 2015 The Prometheus Authors',
    '// Licensed under the Apache License, Version 2.0 (the "License");',
    '// you may not use this file except in compliance with the License.',
    '// You may obtain a copy of the License at',
    '//',
    '// http://www.apache.org/licenses/LICENSE-2.0',
    '//',
    '// Unless required by applicable law or agreed to in writing, software',
    '// distributed under the License is distributed on an "AS IS" BASIS,',
    '// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.',
    '// See the License for the specific language governing permissions and',
    '// limitations under the License.',
    '',
    '// Package config loads the YAML configuration.',
    'package config',
  ].join('\n'));
  assert.deepEqual(go.docComments, ['Package config loads the YAML configuration.']);
  const c = await extract('compat/base64.c', [
    '/* $OpenBSD: base64.c,v 1.8 2015/01/16 16:48:51 deraadt Exp $ */',
    '',
    '/* Encodes and decodes base64. */',
    '#include <stdio.h>',
    'int x;',
  ].join('\n'));
  assert.deepEqual(c.docComments, ['Encodes and decodes base64.']);
});

test('an IDE new-file template (Xcode, Android Studio) is not a file doc; a description after it is', async () => {
  const facts = await extract('Sources/Chat/ChatView.swift', [
    '//',
    '//  ChatView.swift',
    '//  llama.swiftui',
    '//',
    '//  Created by Jane Doe on 10/31/25.',
    '//',
    '',
    '// Renders the conversation and the prompt field.',
    'import SwiftUI',
  ].join('\n'));
  assert.deepEqual(facts.docComments, ['Renders the conversation and the prompt field.']);
});

test('a NetBeans new-file template is not a file doc', async () => {
  // JOSM's bundled svgSalamander: the card read "To change this template, choose Tools | Templates…".
  const facts = await extract('src/com/kitfox/svg/Marker.java', [
    '/*',
    ' * To change this template, choose Tools | Templates',
    ' * and open the template in the editor.',
    ' */',
    '',
    '/** Marker elements drawn at a path\'s vertices. */',
    'package com.kitfox.svg;',
    'public class Marker {}',
  ].join('\n'));
  assert.equal(facts.docComments.some((d) => /template/i.test(d)), false);
});

test('a trailing comment on the line above is not a declaration doc', async () => {
  const facts = await extract('a.go', 'package a\n\nvar x = 1 // counter\nfunc F() {}\n');
  assert.equal(docOf(facts, 'F'), undefined);
});

test('symbols per file and doc length are capped', async () => {
  const many = Array.from({ length: maxSymbolsPerFile + 50 }, (_, i) => `export function f${i}() {}`).join('\n');
  assert.equal((await extract('big.ts', many)).symbols.length, maxSymbolsPerFile);
  const longDoc = `/** ${'word '.repeat(400)}*/\nexport function g() {}\n`;
  assert.equal(docOf(await extract('doc.ts', longDoc), 'g')?.length, maxDocChars);
});

test('cleanDoc strips markers, XML doc tags and bookkeeping tags', () => {
  assert.equal(cleanDoc('/**\n * Handles invoices.\n * @author bob\n */'), 'Handles invoices.');
  assert.equal(cleanDoc('/// <summary>Processes orders.</summary>\n/// <returns>count</returns>'), 'Processes orders.\ncount');
  assert.equal(cleanDoc('//! Crate docs.\n//! More.'), 'Crate docs.\nMore.');
  // Cross-references read as the name they point to (Newtonsoft.Json's summary read "… during deserialization by the .").
  assert.equal(
    cleanDoc('/// <summary>Used during deserialization by the <see cref="JsonSerializer"/>, see <see cref="M:Newtonsoft.Json.JsonConvert.DeserializeObject(System.String)"/> and <paramref name="reader"/>.</summary>'),
    'Used during deserialization by the JsonSerializer, see DeserializeObject and reader.',
  );
  assert.equal(cleanDocstring('"""Summary.\n\n    Indented body.\n    """'), 'Summary.\n\nIndented body.');
});
