import assert from 'node:assert/strict';
import { test } from 'node:test';
import { javascriptExtractor } from '../../../src/graph/extractors/javascript/javascriptExtractor.ts';
import { typescriptExtractor } from '../../../src/graph/extractors/typescript/typescriptExtractor.ts';
import { docOf, extractText } from './extractText.ts';

test('a default export that chooses between named functions declares them', async () => {
  // axios's adapters: `export default isHttpAdapterSupported && function httpAdapter(config) { … }` had no symbol
  const http = await extractText(javascriptExtractor, 'lib/adapters/http.js', [
    "const isHttpAdapterSupported = typeof process !== 'undefined';",
    '',
    '/** Sends the request with node\'s http module. */',
    'export default isHttpAdapterSupported && function httpAdapter(config) {',
    '  return config;',
    '};',
  ].join('\n'));
  assert.deepEqual(http.symbols.filter((s) => s.exported).map((s) => s.name), ['httpAdapter']);
  assert.equal(docOf(http, 'httpAdapter'), "Sends the request with node's http module.");
  const either = await extractText(typescriptExtractor, 'src/pick.ts', 'export default (ok ? function fast() {} : class Slow {});\n');
  assert.deepEqual(either.symbols.map((s) => [s.name, s.kind, s.exported]), [['fast', 'function', true], ['Slow', 'class', true]]);
  // an expression of anything else declares nothing (no name to give)
  const plain = await extractText(javascriptExtractor, 'lib/x.js', 'export default a + function () {};\n');
  assert.deepEqual(plain.symbols, []);
});

test('an exported destructuring declares every name it binds; one not exported is an import', async () => {
  // commander's esm.mjs re-exports its API as `export const { program, … } = commander` and had no symbol
  const esm = await extractText(javascriptExtractor, 'esm.mjs', [
    "import commander from './index.js';",
    'export const { program, createCommand, Option: CommandOption, level = 1, ...rest } = commander;',
    'export const [first, , second] = commander.list;',
    "const { join } = require('path');",
  ].join('\n'));
  assert.deepEqual(esm.symbols.map((s) => `${s.name} ${s.kind} ${s.exported}`).sort(), [
    'CommandOption constant true', 'createCommand constant true', 'first constant true', 'level constant true', 'program constant true', 'rest constant true', 'second constant true',
  ]);
  const typed = await extractText(typescriptExtractor, 'src/api.ts', 'export let { parse, format }: Api = api;\n');
  assert.deepEqual(typed.symbols.map((s) => `${s.name} ${s.kind}`).sort(), ['format variable', 'parse variable']);
});
