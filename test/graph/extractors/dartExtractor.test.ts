import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dartExtractor } from '../../../src/graph/extractors/dart/dartExtractor.ts';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const path = 'packages/shop_core/lib/src/cart_widgets.dart';
const source = readFileSync(new URL(`../../fixtures/dart-packages/${path}`, import.meta.url), 'utf8');

test('dart: classes, mixins, extensions, enums, typedefs, functions, methods and constants; _names are private', async () => {
  const facts = await extractText(dartExtractor, path, source);
  assert.equal(facts.language, 'dart');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'Callback type exported',
    'Cart class exported',
    'Cart._notify method',
    'Cart.add method exported',
    'Cart.count method exported', // a getter
    'Cart.empty method exported',
    'CartX type exported',
    'CartX.isEmpty method exported',
    'Persist trait exported',
    'Persist.save method exported',
    'Status enum exported',
    'formatTotal function exported',
    'maxItems constant exported',
  ]);
  assert.equal(docOf(facts, 'Cart'), 'A cart that holds items.');
  assert.equal(docOf(facts, 'add'), 'Adds an [item] to the cart.');
  assert.deepEqual(facts.docComments, ['Widgets for the shopping cart.'], 'the library doc, not the copyright line');
});

test('dart: package: imports as package specs, relative URIs, exports and parts as paths; dart: libraries left out', async () => {
  const facts = await extractText(dartExtractor, path, source);
  assert.deepEqual(importList(facts), [
    'package flutter/material.dart',
    'package shop/src/models/item.dart',
    'path ../utils/format.dart',
    'path ./cart.g.dart',
    'path ./src/cart_view.dart',
  ]);
  const sdk = await extractText(dartExtractor, 'lib/a.dart', "import 'dart:async';\nimport 'b.dart';\n");
  assert.deepEqual(importList(sdk), ['path ./b.dart']);
  assert.equal(extractorFor('lib/a.dart')?.language, 'dart');
});

test('dart: an unnamed extension declares no type named after the one it extends; its members are its library\'s only', async () => {
  // bloc_tools' `extension on String` was listed as a symbol "String"
  const facts = await extractText(dartExtractor, 'lib/src/case.dart', 'extension on String {\n  String get pascalCase => this;\n}\n\nextension Words on String {\n  List<String> get words => [];\n}\n');
  assert.deepEqual(symbolList(facts), ['String.pascalCase method', 'Words type exported', 'Words.words method exported']);
});

test('dart: an analyzer directive is no doc (`// ignore_for_file: …`)', async () => {
  const facts = await extractText(dartExtractor, 'hooks/pre_gen.dart', '// ignore_for_file: constant_identifier_names\n\nimport \'package:mason/mason.dart\';\n\n/// Runs before generation.\nvoid run(HookContext context) {}\n');
  assert.deepEqual(facts.docComments, []);
  assert.equal(docOf(facts, 'run'), 'Runs before generation.');
});
