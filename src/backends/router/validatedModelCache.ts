import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RouterModelFile } from '../../train/RouterModel.ts';
import { bucketRows, decodeClassifier } from '../../train/routerModelFormat.ts';
import type { SoftmaxClassifier } from '../../train/SoftmaxClassifier.ts';
import { writeFileAtomicSync } from '../../util/writeFileAtomicSync.ts';

// Validating router.json takes zod (~100 ms to import, a third of a one-shot `ask`), and its 2 MB of
// JSON with base64 weights took another ~40 ms to parse and decode. A model that passed validation is
// therefore kept under <store>/cache as validated, keyed by the model file's version (the caller's
// key): the small part as JSON, the classifier weights as raw float32 (whatever width the file stores),
// read back as a view.
//   `MRRV` · u32 key bytes · u32 header bytes · key · header JSON (weights '') · pad to 4 · weights

const MAGIC = 'MRRV';
const cacheFile = (storeDir: string): string => join(storeDir, 'cache', 'router.validated');

/** Classifiers decoded while reading the cache, so `routerClassifier` need not decode base64 again. */
const decoded = new WeakMap<RouterModelFile, SoftmaxClassifier>();

/** The model's classifier, decoded once per model object. */
export const routerClassifier = (model: RouterModelFile): SoftmaxClassifier => {
  let clf = decoded.get(model);
  if (clf === undefined) {
    clf = decodeClassifier(model.classifier);
    decoded.set(model, clf);
  }
  return clf;
};

/** The kept model when its key is `key`; undefined for another key, another format or damage. */
export const readValidatedModel = (storeDir: string, key: string): RouterModelFile | undefined => {
  try {
    const buf = readFileSync(cacheFile(storeDir));
    if (buf.toString('latin1', 0, 4) !== MAGIC) return undefined;
    const keyBytes = buf.readUInt32LE(4);
    const headerBytes = buf.readUInt32LE(8);
    if (buf.toString('utf8', 12, 12 + keyBytes) !== key) return undefined;
    const model = JSON.parse(buf.toString('utf8', 12 + keyBytes, 12 + keyBytes + headerBytes)) as RouterModelFile;
    const start = Math.ceil((12 + keyBytes + headerBytes) / 4) * 4;
    const { buckets, bias, dims } = model.classifier;
    const count = buckets.length * bias.length;
    if (buf.length - start !== count * 4) return undefined;
    const weights = (buf.byteOffset + start) % 4 === 0
      ? new Float32Array(buf.buffer, buf.byteOffset + start, count)
      : new Float32Array(buf.buffer.slice(buf.byteOffset + start, buf.byteOffset + start + count * 4));
    decoded.set(model, { dims, moduleCount: bias.length, rowOf: bucketRows(buckets), weights, bias: Float32Array.from(bias) });
    // Nothing on the ask path reads the base64 form; whoever does gets it encoded from the same bytes.
    Object.defineProperty(model.classifier, 'weights', {
      enumerable: true,
      get: () => Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).toString('base64'),
    });
    return model;
  } catch {
    return undefined;
  }
};

/** Keeps a validated model under `key`; a store we cannot write just goes without. */
export const writeValidatedModel = (storeDir: string, key: string, model: RouterModelFile): void => {
  // Kept as float32 whatever the file stores (format 2 files hold float16): read back as a view, no decoding.
  let clf: SoftmaxClassifier;
  try {
    clf = routerClassifier(model);
  } catch {
    return;
  }
  const weights = Buffer.from(clf.weights.buffer, clf.weights.byteOffset, clf.weights.byteLength);
  if (weights.length !== model.classifier.buckets.length * model.classifier.bias.length * 4) return;
  const keyBytes = Buffer.from(key, 'utf8');
  const { weightBits: _, ...classifier } = model.classifier;
  const header = Buffer.from(JSON.stringify({ ...model, classifier: { ...classifier, weights: '' } }), 'utf8');
  const start = Math.ceil((12 + keyBytes.length + header.length) / 4) * 4;
  const out = Buffer.alloc(start + weights.length);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(keyBytes.length, 4);
  out.writeUInt32LE(header.length, 8);
  keyBytes.copy(out, 12);
  header.copy(out, 12 + keyBytes.length);
  weights.copy(out, start);
  try {
    writeFileAtomicSync(cacheFile(storeDir), out);
  } catch {
    // read-only store: validated again next time
  }
};
