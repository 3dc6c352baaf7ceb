import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typescriptExtractor } from '../../../src/graph/extractors/typescript/typescriptExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `/**
 * Billing service: computes invoices.
 */
import { readFile } from 'node:fs/promises';
import type { Invoice } from './types.js';
import * as path from "path";
export * from './reexport.js';
export { a as b } from '../sibling';
const lazy = await import('./lazy.js');
const cjs = require('lodash');

/** The invoice service. */
export class InvoiceService implements Service {
  private total = 0;
  /** Adds a line. */
  addLine(amount: number): void {}
  static create(): InvoiceService { return new InvoiceService(); }
}
export interface Service { run(): void }
export type Amount = number;
export enum Currency { EUR, USD }
export function computeTotal(x: number): number { return x; }
export const TAX_RATE = 0.2, other = 1;
export const handler = async () => {};
function internalHelper() {}
const hidden = 3;
export default class {}
declare module 'foo' { export function bar(): void; }
namespace NS { export const y = 1; }
export abstract class Base { abstract go(): void; }
`;

test('typescript: declared symbols with kinds, exported flags and containers', async () => {
  const facts = await extractText(typescriptExtractor, 'src/billing/invoice.ts', source);
  assert.equal(facts.language, 'typescript');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'Amount type exported',
    'Base class exported',
    'Base.go method exported',
    'Currency enum exported',
    'InvoiceService class exported',
    'InvoiceService.addLine method exported',
    'InvoiceService.create method exported',
    'NS namespace',
    'NS.y constant exported',
    'Service interface exported',
    'Service.run method exported',
    'TAX_RATE constant exported',
    'computeTotal function exported',
    'handler function exported',
    'internalHelper function',
    'other constant exported',
  ]);
});

test('typescript: imports', async () => {
  const facts = await extractText(typescriptExtractor, 'src/billing/invoice.ts', source);
  assert.deepEqual(importList(facts), [
    'package lodash',
    'package node:fs/promises',
    'package path',
    'path ../sibling',
    'path ./lazy.js',
    'path ./reexport.js',
    'path ./types.js',
  ]);
});

test('typescript: doc comments on declarations and the file', async () => {
  const facts = await extractText(typescriptExtractor, 'src/billing/invoice.ts', source);
  assert.equal(docOf(facts, 'InvoiceService'), 'The invoice service.');
  assert.equal(docOf(facts, 'addLine'), 'Adds a line.');
  assert.deepEqual(facts.docComments, ['Billing service: computes invoices.']);
});

test("typescript: a triple-slash directive is no file doc, the comment beside it still is", async () => {
  const text = '/// <reference types="vitest/config" />\n// Vite config of the lit example: runs its tests in a browser.\nimport { defineConfig } from "vite";\nexport default defineConfig({});\n';
  const facts = await extractText(typescriptExtractor, 'examples/lit/vite.config.ts', text);
  assert.deepEqual(facts.docComments, ['Vite config of the lit example: runs its tests in a browser.']);
});

test('typescript: auto-accessor fields (`@observable accessor x = …`) parse; a field named accessor stays one', async () => {
  // gotify 3.0's MobX stores
  const code = `export class CurrentUser {
    @observable accessor loggedIn = false;
    @observable public accessor name: string = '';
    static accessor #count = 0;
    accessor: number = 3;

    /** Logs the user in. */
    public login(): void {}
}
`;
  const facts = await extractText(typescriptExtractor, 'ui/src/CurrentUser.ts', code);
  assert.equal(facts.hasErrors, undefined);
  assert.ok(symbolList(facts).includes('CurrentUser.login method exported'), symbolList(facts).join(', '));
  assert.equal(docOf(facts, 'login'), 'Logs the user in.');
});

test("tsx: a URL's &name= in a JSX attribute string parses (Overseerr's _document.tsx)", async () => {
  const { tsxExtractor } = await import('../../../src/graph/extractors/tsx/tsxExtractor.ts');
  const code = `class MyDocument extends Document {
  render(): JSX.Element {
    return (
      <Head>
        <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter&display=swap" />
      </Head>
    );
  }
}

export default MyDocument;
`;
  const facts = await extractText(tsxExtractor, 'src/pages/_document.tsx', code);
  assert.equal(facts.hasErrors, undefined);
  assert.ok(symbolList(facts).some((s) => s.startsWith('MyDocument.render')), symbolList(facts).join(', '));
});
