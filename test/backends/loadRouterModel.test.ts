import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { routerClassifier } from '../../src/backends/router/validatedModelCache.ts';
import type { RouterModelFile } from '../../src/train/RouterModel.ts';
import { decodeClassifier, encodeClassifier } from '../../src/train/routerModelFormat.ts';

// A fresh copy of the module each time: its in-process cache would otherwise answer, and what is
// tested here is what the next process reads from disk.
let copies = 0;
const freshModelState = async () => (await import(`../../src/backends/router/loadRouterModel.ts?copy=${copies++}`) as typeof import('../../src/backends/router/loadRouterModel.ts')).modelState;

const model: RouterModelFile = {
  format: 'modroute-router',
  version: 1,
  indexFingerprint: 'f1',
  moduleIds: ['src/a', 'src/b'],
  datasetFingerprint: 'd1',
  config: { seed: 1, dims: 8 },
  classifier: { dims: 8, buckets: [3], weights: Buffer.alloc(8).toString('base64'), bias: [0.5, -0.5] },
  reranker: { source: 'shipped', features: ['lexScoreRel'], weights: [1] },
  fusion: { beta: 0.5 },
  summary: { examples: 2 },
};

describe('router model: validated once, read back by later processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modroute-router-model-'));
  const file = join(dir, 'router.json');
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (value: unknown) => writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  const kept = join(dir, 'cache', 'router.validated');

  it('keeps a model that passed validation, and a later process reads that copy', async () => {
    write(model);
    assert.deepEqual(await (await freshModelState())(dir), { kind: 'ok', model });
    assert.deepEqual(await (await freshModelState())(dir), { kind: 'ok', model });
    // Mark the kept copy: what the next process answers must come from it, not from router.json.
    writeFileSync(kept, readFileSync(kept, 'latin1').replace('"indexFingerprint":"f1"', '"indexFingerprint":"k1"'), 'latin1');
    const state = await (await freshModelState())(dir);
    assert.equal(state.kind === 'ok' && state.model.indexFingerprint, 'k1');
  });

  it('reads the classifier back as it was trained, weights as float32', async () => {
    const weights = Float32Array.from([0.25, -1.5, 3, 0, 1e-7, -2]);
    const three = { ...model, classifier: { dims: 8, buckets: [3, 5, 7], weights: Buffer.from(weights.buffer).toString('base64'), bias: [0.5, -0.5] } };
    write(three);
    await (await freshModelState())(dir);
    const state = await (await freshModelState())(dir);
    assert.ok(state.kind === 'ok');
    assert.deepEqual(routerClassifier(state.model), decodeClassifier(three.classifier));
    assert.equal(state.model.classifier.weights, three.classifier.weights);
  });

  it('keeps a float16 model (format 2) as float32 and reads it back as the file decodes', async () => {
    const clf = { dims: 8, moduleCount: 2, rowOf: new Map([[3, 0], [5, 1], [7, 2]]), weights: Float32Array.from([0.25, -1.5, 3, 0, 0.001, -2]), bias: Float32Array.from([0.5, -0.5]) };
    const half = { ...model, version: 2, classifier: encodeClassifier(clf) };
    assert.equal(half.classifier.weightBits, 16);
    write(half);
    const first = await (await freshModelState())(dir);
    assert.ok(first.kind === 'ok');
    // The kept copy ends with the weights as float32.
    const decoded = decodeClassifier(half.classifier).weights;
    const tail = readFileSync(kept).subarray(-decoded.byteLength);
    assert.deepEqual(new Float32Array(tail.buffer.slice(tail.byteOffset, tail.byteOffset + tail.byteLength)), decoded);
    const later = await (await freshModelState())(dir);
    assert.ok(later.kind === 'ok');
    assert.deepEqual(routerClassifier(later.model).weights, decoded);
    assert.equal(decoded[4], Math.fround(0.0010004043579101562), 'float16 of 0.001');
  });

  it('validates again once the file changed, even in place with the same size and mtime', async () => {
    const { mtime } = statSync(file);
    write({ ...model, indexFingerprint: 'f2' });
    utimesSync(file, mtime, mtime);
    const state = await (await freshModelState())(dir);
    assert.equal(state.kind === 'ok' && state.model.indexFingerprint, 'f2');
    write('{"format": "modroute-router"}');
    assert.equal((await (await freshModelState())(dir)).kind, 'corrupt');
  });

  it('is missing without a model file, whatever the cache holds', async () => {
    rmSync(file);
    assert.deepEqual(await (await freshModelState())(dir), { kind: 'missing' });
  });
});
