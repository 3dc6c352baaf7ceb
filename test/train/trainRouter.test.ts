import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ModuleGraph } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';
import { createRouterBackend } from '../../src/backends/router/createRouterBackend.ts';
import { decodeClassifier, encodeClassifier, readRouterModel, writeRouterModel, type RouterModelFile } from '../../src/train/RouterModel.ts';
import { stripCommitPrefix, textWords } from '../../src/train/textFeatures.ts';
import { trainRouter, type TrainEvent } from '../../src/train/trainRouter.ts';
import { tempDir } from '../helpers/gitFixture.ts';

const node = (id: string, symbols: string[], doc: string) => ({
  id: asModuleId(id), path: id, files: [`${id}/index.ts`], languages: { typescript: 1 }, bytes: 100,
  symbols: symbols.map((name) => ({ name, kind: 'function' as const, file: `${id}/index.ts`, exported: true })),
  docComments: [doc], summary: doc,
});

const graph = (modules = [
  node('src/auth', ['createSession', 'deleteSession', 'verifyPassword'], 'Sessions and passwords.'),
  node('src/http', ['fetchWithRetry', 'parseHeaders'], 'HTTP client with retry.'),
  node('src/db', ['openPool', 'runMigration'], 'Database pool and migrations.'),
  { ...node('src/empty', [], ''), files: [], docComments: [] },
]): ModuleGraph => ({ root: '/x', modules, edges: [], commits: [], fingerprint: 'fp-1' });

const drain = async (g: ModuleGraph, seed: number) => {
  const events: TrainEvent[] = [];
  const run = trainRouter(g, { seed });
  let step = await run.next();
  while (!step.done) {
    events.push(step.value);
    step = await run.next();
  }
  return { model: step.value, events };
};

describe('trainRouter', () => {
  it('is deterministic for a seed, and the seed matters', async () => {
    const a = await drain(graph(), 3);
    const b = await drain(graph(), 3);
    const c = await drain(graph(), 4);
    assert.equal(JSON.stringify(a.model), JSON.stringify(b.model));
    assert.notEqual(a.model.classifier.weights, c.model.classifier.weights);
    assert.equal(a.model.indexFingerprint, 'fp-1');
    assert.deepEqual(a.model.moduleIds, ['src/auth', 'src/http', 'src/db', 'src/empty']);
  });

  it('reports epochs with loss and validation Acc@1, and names modules without examples', async () => {
    const { events } = await drain(graph(), 1);
    const epochs = events.filter((e) => e.kind === 'epoch');
    assert.ok(epochs.length >= 2);
    assert.ok(epochs.every((e) => e.kind === 'epoch' && Number.isFinite(e.loss) && e.valAcc1 !== undefined));
    const warnings = events.filter((e) => e.kind === 'warning').map((e) => (e.kind === 'warning' ? e.message : ''));
    assert.ok(warnings.some((w) => w.startsWith('1 module(s) have no training example besides their path') && w.includes('src/empty')), warnings.join('\n'));
  });

  it('a one-module index trains with a warning and answers that module', async () => {
    const one = graph([node('lib', ['parse'], 'Parser.')]);
    const { model, events } = await drain(one, 1);
    assert.ok(events.some((e) => e.kind === 'warning' && e.message === 'The index has one module (lib): every answer will be that module'));
    const dir = tempDir();
    writeRouterModel(dir, model);
    const backend = await createRouterBackend({ graph: one, storeDir: dir, options: {} });
    const r = await backend.ask('anything at all', { top: 5 });
    assert.deepEqual(r.modules.map((m) => m.id), ['lib']);
    assert.equal(r.modules[0]?.score, 1);
  });

  it('the router answers with valid ids, the trained words in the reason', async () => {
    const g = graph();
    const { model } = await drain(g, 1);
    const dir = tempDir();
    writeRouterModel(dir, model);
    const r = await (await createRouterBackend({ graph: g, storeDir: dir, options: {} })).ask('verify the password', { top: 4 });
    assert.equal(r.modules[0]?.id, 'src/auth');
    assert.match(r.modules[0]?.reason ?? '', /^model: .*password/);
    assert.deepEqual(r.modules.map((m) => m.id).sort(), ['src/auth', 'src/db', 'src/empty', 'src/http']);
  });
});

describe('router model file', () => {
  it('a failed write leaves the previous model and no temp file', async () => {
    const { model } = await drain(graph(), 1);
    const dir = tempDir();
    writeRouterModel(dir, model);
    const before = readFileSync(join(dir, 'router.json'), 'utf8');
    const broken = { ...model, summary: { bad: 1n } } as unknown as RouterModelFile;
    assert.throws(() => writeRouterModel(dir, broken), TypeError);
    assert.equal(readFileSync(join(dir, 'router.json'), 'utf8'), before);
    assert.deepEqual(readdirSync(dir), ['router.json']);
  });

  it('reads missing, corrupt, other-version and valid files', async () => {
    const dir = tempDir();
    assert.deepEqual(readRouterModel(dir), { kind: 'missing' });
    writeFileSync(join(dir, 'router.json'), '{"format": "modroute-rou');
    assert.equal(readRouterModel(dir).kind, 'corrupt');
    const { model } = await drain(graph(), 1);
    writeRouterModel(dir, { ...model, version: 99 });
    assert.deepEqual(readRouterModel(dir), { kind: 'corrupt', reason: 'format v99, this modroute reads v1 and v2' });
    writeRouterModel(dir, model);
    assert.equal(readRouterModel(dir).kind, 'ok');
  });

  it('stores the classifier as float16 (format 2) and still reads float32 files (format 1)', async () => {
    const dir = tempDir();
    const { model } = await drain(graph(), 1);
    assert.equal(model.version, 2);
    assert.equal(model.classifier.weightBits, 16);
    const half = decodeClassifier(model.classifier);
    // The same weights as a format 1 file: float32, no weightBits.
    const bytes = Buffer.from(half.weights.buffer, half.weights.byteOffset, half.weights.byteLength);
    const { weightBits: _, ...rest } = model.classifier;
    const v1 = { ...model, version: 1, classifier: { ...rest, weights: bytes.toString('base64') } };
    writeRouterModel(dir, v1 as RouterModelFile);
    const read = readRouterModel(dir);
    assert.equal(read.kind, 'ok');
    if (read.kind === 'ok') assert.deepEqual(decodeClassifier(read.model.classifier).weights, half.weights);
    // A float16 file must say format 2, a float32 one format 1.
    writeRouterModel(dir, { ...model, version: 1 });
    assert.deepEqual(readRouterModel(dir), { kind: 'corrupt', reason: 'classifier weight width does not match the format version' });
    // float16 keeps three significant digits of every weight.
    const weights = Float32Array.from({ length: 300 }, (_, i) => Math.sin(i * 7.3) * 2 ** ((i % 12) - 8));
    const clf = { dims: 64, moduleCount: 3, rowOf: new Map(Array.from({ length: 100 }, (_, i) => [i * 3, i] as [number, number])), weights, bias: Float32Array.from([0.1, -0.2, 0.3]) };
    const back = decodeClassifier(encodeClassifier(clf)).weights;
    weights.forEach((w, i) => assert.ok(Math.abs((back[i] as number) - w) <= Math.abs(w) * 1e-3 + 1e-7, `weight ${i}: ${w} → ${back[i]}`));
  });
});

describe('text features', () => {
  it('strips commit types, with or without the scope', () => {
    assert.equal(stripCommitPrefix('fix(jsx): keep attributes', false), 'keep attributes');
    assert.equal(stripCommitPrefix('fix(jsx): keep attributes', true), 'jsx keep attributes');
    assert.equal(stripCommitPrefix('[Fix] Handle camera', false), 'Handle camera');
    assert.equal(stripCommitPrefix('plain subject', false), 'plain subject');
  });
  it('splits identifiers and keeps the joined form', () => {
    assert.deepEqual(textWords('fetchWithRetry the XMLParser v2'), ['fetchwithretry', 'fetch', 'retry', 'xmlparser', 'xml', 'parser', 'v2', 'v']. filter((w) => w.length > 1));
    // Other scripts as the lexical index reads them: accented words whole, CJK runs with their character pairs.
    assert.deepEqual(textWords('mémoire 内存泄漏 Größe'), ['mémoire', '内存泄漏', '内存', '存泄', '泄漏', 'größe']);
  });
});
