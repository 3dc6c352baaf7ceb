import { readFile } from 'node:fs/promises';
import { f32, str, u32, type GgufFile } from './GgufFile.ts';
import { GgufFormatError } from '../errors.ts';
import { GGUF_DEFAULT_ALIGNMENT } from './ggufConstants.ts';
import type { LoraAdapter } from './LoraAdapter.ts';
import { parseGguf } from './readGguf.ts';
import { readTensorData } from './readTensorData.ts';
import type { Weight } from './TinyModel.ts';

/**
 * The adapter format llama.cpp loads (llama-adapter.cpp): general.type "adapter", adapter.type
 * "lora", adapter.lora.alpha, general.architecture equal to the base model's, and per adapted
 * weight `<name>.lora_a` with dims [in, r] and `<name>.lora_b` with dims [r, out].
 */
export function loraToGguf(adapter: LoraAdapter, name = 'modroute-lora'): GgufFile {
  return {
    metadata: {
      'general.architecture': str(adapter.arch),
      'general.type': str('adapter'),
      'general.name': str(name),
      'general.alignment': u32(GGUF_DEFAULT_ALIGNMENT),
      'adapter.type': str('lora'),
      'adapter.lora.alpha': f32(adapter.alpha),
    },
    tensors: [...adapter.pairs].flatMap(([base, { a, b }]) => [
      { name: `${base}.lora_a`, dims: a.dims, type: 'f32' as const, data: a.data },
      { name: `${base}.lora_b`, dims: b.dims, type: 'f32' as const, data: b.data },
    ]),
  };
}

/** Reads a LoRA adapter GGUF (F32/F16 tensors) back, e.g. to run it in the reference forward pass. */
export async function readLora(path: string): Promise<LoraAdapter> {
  const file = await readFile(path);
  const info = parseGguf(path, file);
  const meta = (key: string) => info.metadata[key]?.value;
  if (meta('general.type') !== 'adapter' || meta('adapter.type') !== 'lora') {
    throw new GgufFormatError(path, 'malformed', `expected general.type "adapter" and adapter.type "lora", found "${String(meta('general.type'))}" and "${String(meta('adapter.type'))}"`);
  }
  const parts = new Map<string, { a?: Weight; b?: Weight }>();
  for (const t of info.tensors) {
    const m = /^(.*)\.lora_([ab])$/.exec(t.name);
    if (!m?.[1]) continue;
    const entry = parts.get(m[1]) ?? {};
    entry[m[2] as 'a' | 'b'] = { dims: t.dims, data: readTensorData(file, t) };
    parts.set(m[1], entry);
  }
  const pairs = new Map<string, { a: Weight; b: Weight }>();
  for (const [base, { a, b }] of parts) {
    if (!a || !b) throw new GgufFormatError(path, 'malformed', `${base} has lora_${a ? 'a' : 'b'} but not lora_${a ? 'b' : 'a'}`);
    pairs.set(base, { a, b });
  }
  const alpha = meta('adapter.lora.alpha');
  return { arch: String(meta('general.architecture')), alpha: typeof alpha === 'number' ? alpha : 0, pairs };
}
