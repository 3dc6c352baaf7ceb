import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { freemem } from 'node:os';
import { AdapterMismatchError, ModelFileError } from '../../errors.ts';
import { readGguf, type GgufInfo } from '../../llm/readGguf.ts';
import { summarizeGguf, type GgufSummary } from '../../llm/summarizeGguf.ts';
import type { Availability } from '../Backend.ts';

const MiB = 1024 * 1024;
const fmt = (bytes: number) => (bytes >= 1024 * MiB ? `${(bytes / 1024 / MiB).toFixed(1)} GiB` : `${(bytes / MiB).toFixed(1)} MiB`);

/**
 * The cheap check `auto` runs for every resolution (available() is synchronous): the file exists,
 * starts with the GGUF magic, and its size fits in free memory. `validateModel` does the full check.
 */
export function modelFileAvailability(path: string | undefined, freeBytes = freemem()): Availability {
  if (!path) return { ok: false, reason: 'no model configured (pass --model FILE.gguf)' };
  let size: number;
  try {
    size = statSync(path).size;
    const fd = openSync(path, 'r');
    try {
      const magic = Buffer.alloc(4);
      readSync(fd, magic, 0, 4, 0);
      if (magic.toString('latin1') !== 'GGUF') return { ok: false, reason: `${path} is not a GGUF file` };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, reason: `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (size > freeBytes) return { ok: false, reason: `${path} is ${fmt(size)}, only ${fmt(freeBytes)} of memory is free` };
  return { ok: true };
}

const num = (info: GgufInfo, key: string): number | undefined => {
  const v = info.metadata[key];
  return v && typeof v.value === 'number' ? v.value : undefined;
};

/** Bytes of an F16 KV cache for this model at this context size (what llama.cpp allocates besides the weights). */
export function kvCacheBytes(info: GgufInfo, contextSize: number): number {
  const arch = info.metadata['general.architecture']?.value as string | undefined;
  const key = (k: string) => (arch ? num(info, `${arch}.${k}`) : undefined);
  const blocks = key('block_count') ?? 0;
  const heads = key('attention.head_count') ?? 1;
  const kvHeads = key('attention.head_count_kv') ?? heads;
  const embd = key('embedding_length') ?? 0;
  const keyLen = key('attention.key_length') ?? Math.floor(embd / heads);
  const valueLen = key('attention.value_length') ?? keyLen;
  return contextSize * blocks * kvHeads * (keyLen + valueLen) * 2;
}

export interface ValidatedModel {
  model: GgufSummary;
  adapters: (GgufSummary & { scale: number })[];
  /** The context size to use: the requested one, capped at the model's training context. */
  contextSize: number;
  neededBytes: number;
}

/**
 * Everything that can be checked before llama.cpp sees the files, each failure a named error with
 * the numbers: the model is a readable, complete GGUF model (readGguf checks header and tensor
 * extents), it fits in free memory with its KV cache, and every adapter is a LoRA adapter for
 * this architecture whose tensors match the base model's shapes.
 */
export async function validateModel(
  path: string,
  adapters: readonly { path: string; scale: number }[],
  requestedContext: number | undefined,
  freeBytes = freemem(),
): Promise<ValidatedModel> {
  const info = await readGgufOrExplain(path);
  const model = summarizeGguf(info);
  if (model.type !== 'model') throw new ModelFileError(path, `it is a GGUF ${model.type}, not a model`, 'Pass the base model with --model and the adapter with --lora.');
  const contextSize = Math.min(requestedContext ?? 4096, model.contextLength ?? 4096);
  const kv = kvCacheBytes(info, contextSize);
  const neededBytes = model.fileSize + kv;
  if (neededBytes > freeBytes) {
    throw new ModelFileError(path, `it needs about ${fmt(neededBytes)} (weights ${fmt(model.fileSize)} + KV cache ${fmt(kv)} for ${contextSize} tokens), only ${fmt(freeBytes)} of memory is free`, 'Use a smaller (more quantized) model, a smaller context, or free memory.');
  }
  const base = new Map(info.tensors.map((t) => [t.name, t.dims]));
  const checked: ValidatedModel['adapters'] = [];
  for (const a of adapters) {
    const ai = await readGgufOrExplain(a.path);
    const s = summarizeGguf(ai);
    if (s.type !== 'adapter' || ai.metadata['adapter.type']?.value !== 'lora') throw new AdapterMismatchError(a.path, path, `it is a GGUF ${s.type}, not a LoRA adapter`);
    if (s.architecture !== model.architecture) throw new AdapterMismatchError(a.path, path, `it is for architecture ${s.architecture ?? '(none)'}, the model is ${model.architecture ?? '(none)'}`);
    for (const t of ai.tensors) {
      const m = /^(.*)\.lora_([ab])$/.exec(t.name);
      if (!m) continue;
      const dims = base.get(m[1] as string);
      if (!dims) throw new AdapterMismatchError(a.path, path, `it adapts ${m[1]}, which the model does not have`);
      const ok = m[2] === 'a' ? t.dims[0] === dims[0] : t.dims[1] === dims[1];
      if (!ok) throw new AdapterMismatchError(a.path, path, `${t.name} has dims [${t.dims.join(', ')}], the model's ${m[1]} has [${dims.join(', ')}] (made for another base model)`);
    }
    checked.push({ ...s, scale: a.scale });
  }
  return { model, adapters: checked, contextSize, neededBytes };
}

async function readGgufOrExplain(path: string): Promise<GgufInfo> {
  try {
    statSync(path);
  } catch (error) {
    throw new ModelFileError(path, `cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return readGguf(path); // GgufFormatError: not GGUF, truncated or malformed
}
