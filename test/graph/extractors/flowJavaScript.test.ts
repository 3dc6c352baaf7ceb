import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankFlowSyntax, isFlowFile } from '../../../src/graph/extractors/javascript/blankFlowSyntax.ts';
import { javascriptExtractor } from '../../../src/graph/extractors/javascript/javascriptExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

// Flow in the style of a UI library's reconciler: maybe types, exact objects, casts, opaque types,
// one-parameter function types, type spreads, variance, bounds and `%checks`.
const flowSource = `/**
 * Schedules and runs view updates.
 *
 * @flow strict-local
 */

import type {Lane, Lanes} from './TaskLanes';
import typeof * as FeatureFlags from './FeatureFlags';
import {scheduleTask} from './Scheduler';

export opaque type TaskID: number = number;

type BaseUpdate = {|
  +lane: Lane,
  next: ?BaseUpdate,
|};

export type Update<State> = {
  ...BaseUpdate,
  payload: ?State,
  callback: (State => void) | null,
  ...
};

type Dispatch<A> = A => void;

export type Listener = (?Lanes, number) => mixed;

/** Queues an update on the given node. */
export function enqueueUpdate<S: Object>(node: ?Node, update: Update<S>): TaskID {
  const queue = ((node: any).updateQueue: Array<Update<S>>);
  queue.push(update);
  return (queue.length: any);
}

function isPending(update: mixed): boolean %checks {
  return update != null;
}

export const dispatchAll = (updates: $ReadOnlyArray<Update<mixed>>): void => {
  updates.forEach(u => scheduleTask(u));
};

export class UpdateQueue<+T> {
  /** Drops every update. */
  clear(): void {}
}

function resetQueue<T>(queue: UpdateQueue<T>): void {}

export {isPending, resetQueue as reset};
`;

test('flow: a file with @flow parses as TSX without errors and keeps symbols, exports, docs and imports', async () => {
  const facts = await extractText(javascriptExtractor, 'src/updates/UpdateQueue.js', flowSource);
  assert.equal(facts.language, 'javascript');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'BaseUpdate type',
    'Dispatch type',
    'Listener type exported',
    'TaskID type exported',
    'Update type exported',
    'UpdateQueue class exported',
    'UpdateQueue.clear method exported',
    'dispatchAll function exported',
    'enqueueUpdate function exported',
    'isPending function exported',
    'resetQueue function exported',
  ]);
  assert.equal(docOf(facts, 'enqueueUpdate'), 'Queues an update on the given node.');
  assert.equal(docOf(facts, 'clear'), 'Drops every update.');
  assert.deepEqual(facts.docComments, ['Schedules and runs view updates.\n\n@flow strict-local']);
  assert.deepEqual(importList(facts), ['path ./FeatureFlags', 'path ./Scheduler', 'path ./TaskLanes']);
});

test('flow: the same text without @flow keeps the JavaScript grammar (and its errors)', async () => {
  const facts = await extractText(javascriptExtractor, 'src/updates/UpdateQueue.js', flowSource.replace('@flow strict-local', 'Not checked.'));
  assert.equal(facts.hasErrors, true);
  assert.ok(!symbolList(facts).some((s) => s.endsWith(' type') || s.includes(' type ')), symbolList(facts).join(', '));
});

test('flow: only @flow in the opening comments counts', () => {
  assert.equal(isFlowFile('// @flow\nexport const a = 1;'), true);
  assert.equal(isFlowFile('#!/usr/bin/env node\n/**\n * @flow strict\n */\n'), true);
  assert.equal(isFlowFile('/** @noflow */\nconst a = 1;'), false);
  assert.equal(isFlowFile('const a = 1;\n// @flow\n'), false);
  assert.equal(isFlowFile('/* @flowtype */'), false);
});

test('flow: blanking keeps every offset and row and leaves shared syntax alone', () => {
  const lines = [
    'const x = (value: any);',
    'let y: ?string = cond ? a : b;',
    'type T = {| +a: number, ... |};',
    'const f = (a: number): string => String(a);',
    'const g = z => z * 2;',
    "const s = '(x: any) ?y';",
    'export type {A} from "./a";',
  ];
  const out = blankFlowSyntax(lines.join('\n')).split('\n');
  assert.deepEqual(out.map((l) => l.length), lines.map((l) => l.length));
  assert.deepEqual(out, [
    'const x = (value     );',
    'let y:  string = cond ? a : b;',
    'type T = {   a: number,      };',
    'const f = (a: number): string => String(a);',
    'const g =(z)=> z * 2;',
    "const s = '(x: any) ?y';",
    'export type {A} from "./a";',
  ]);
});

test('CommonJS: module.exports of a named function, a name (chained too) or an object of names', async () => {
  const named = await extractText(javascriptExtractor, 'lib/warning.js', 'module.exports = function warning(format) {};\n');
  assert.deepEqual(symbolList(named), ['warning function exported']);
  const anonymous = await extractText(javascriptExtractor, 'lib/noop.js', 'module.exports = function () {};\n');
  assert.deepEqual(symbolList(anonymous), []);
  const byName = await extractText(javascriptExtractor, 'lib/invariant.js', [
    '/** Throws when the condition is false. */',
    'function invariant(condition, message) {}',
    'function unused() {}',
    'module.exports = invariant;',
  ].join('\n'));
  assert.deepEqual(symbolList(byName), ['invariant function exported', 'unused function']);
  // chained both ways (mocha's lib/mocha.js and lib/suite.js)
  const chained = await extractText(javascriptExtractor, 'lib/mocha.js', 'function Mocha(options) {}\nfunction helper() {}\nexports = module.exports = Mocha;\n');
  assert.deepEqual(symbolList(chained), ['Mocha function exported', 'helper function']);
  const reversed = await extractText(javascriptExtractor, 'lib/suite.js', 'function Suite() {}\nmodule.exports = exports = Suite;\n');
  assert.deepEqual(symbolList(reversed), ['Suite function exported']);
  const object = await extractText(javascriptExtractor, 'lib/paths.js', [
    'const resolveRoot = () => {};',
    'function relative(a, b) {}',
    'const hidden = 1;',
    'module.exports = {',
    '  resolveRoot,',
    '  toRelative: relative,',
    '  join(a, b) {},',
    '  normalize: function (p) {},',
    '  VERSION: 2,',
    '};',
  ].join('\n'));
  assert.deepEqual(symbolList(object), [
    'join function exported', 'normalize function exported', 'relative function exported', 'resolveRoot function exported',
  ]);
  // the exports object kept in a variable too (koa's context.js, express's `var app = exports = module.exports = {}`)
  const kept = await extractText(javascriptExtractor, 'lib/context.js', 'const proto = module.exports = {\n  inspect() {},\n  onerror: function (err) {},\n  get cookies() { return 1; },\n};\n');
  assert.deepEqual(symbolList(kept), ['cookies function exported', 'inspect function exported', 'onerror function exported']);
});

test('flow: JSX text opening with a parenthesis and a ternary that compares are no type syntax', async () => {
  const cases = [
    '// @flow\nexport function Label(props: {beta: boolean}) {\n  return <b>(beta)</b>;\n}\n',
    '// @flow\nexport const sort = (asc: boolean, a: number, b: number): boolean => (asc ? a < b : a > b);\n',
    '// @flow\nexport const id = <T>(x: T): T => x;\nexport function f<T: Object>(x: T): T { return x; }\n',
  ];
  for (const text of cases) {
    const facts = await extractText(javascriptExtractor, 'src/a.js', text);
    assert.equal(facts.hasErrors ?? false, false, text);
  }
});

test('CommonJS: members assigned in a chain, and properties defined by a call, are declared (express)', async () => {
  const request = await extractText(javascriptExtractor, 'lib/request.js', [
    "var etag = require('etag');",
    'var req = Object.create(http.IncomingMessage.prototype);',
    'req.get = req.header = function header(name) {};',
    "defineGetter(req, 'ip', function ip() {});",
    "defineGetter(req, 'hostname', function hostname() {});",
    "Object.defineProperty(exports, 'version', { get: function () { return '1'; } });",
    "register(req, 'other', function unrelated() {});",
    'exports.etag = createETagGenerator({ weak: false });',
    'exports.wetag = createETagGenerator({ weak: true });',
  ].join('\n'));
  assert.deepEqual(symbolList(request).sort(), [
    'etag variable exported', 'req.get function exported', 'req.header function exported', 'req.hostname function exported',
    'req.ip function exported', 'version variable exported', 'wetag variable exported',
  ]);
});
