import { readFile } from 'node:fs/promises';
import type { GgufMetadata } from './GgufFile.ts';
import { GgufFormatError } from '../errors.ts';
import { parseGguf } from './readGguf.ts';
import { readTensorData } from './readTensorData.ts';
import { tinyArchitectures, type Model, type ModelConfig, type TinyArchitecture, type Weight } from './TinyModel.ts';

/**
 * Loads a llama or qwen3 GGUF with F32/F16 tensors back into memory, for the reference forward
 * pass: metadata → config and tokenizer, tensor data → weights. Meant for tiny models (it reads
 * the whole file), and it proves the writer: what comes back must run exactly as what went in.
 */
export async function readModel(path: string): Promise<Model> {
  const file = await readFile(path);
  const info = parseGguf(path, file);
  const m = info.metadata;
  const arch = metaString(m, 'general.architecture');
  if (!tinyArchitectures.includes(arch as TinyArchitecture)) {
    throw new GgufFormatError(path, 'malformed', `architecture "${arch}" (the reference forward pass knows ${tinyArchitectures.join(', ')})`);
  }
  const num = (key: string, fallback?: number): number => {
    const v = m[`${arch}.${key}`];
    if (v && typeof v.value === 'number') return v.value;
    if (fallback !== undefined) return fallback;
    throw new GgufFormatError(path, 'malformed', `metadata ${arch}.${key} is missing`);
  };
  const tokens = metaArray(m, 'tokenizer.ggml.tokens') as string[];
  const embeddingLength = num('embedding_length');
  const headCount = num('attention.head_count');
  const config: ModelConfig = {
    arch: arch as TinyArchitecture,
    embeddingLength,
    blockCount: num('block_count'),
    headCount,
    headCountKv: num('attention.head_count_kv', headCount),
    headDim: num('attention.key_length', embeddingLength / headCount),
    feedForwardLength: num('feed_forward_length'),
    contextLength: num('context_length'),
    rmsEpsilon: num('attention.layer_norm_rms_epsilon'),
    ropeFreqBase: num('rope.freq_base', 10000),
    vocabSize: tokens.length,
  };
  const id = (key: string) => {
    const v = m[`tokenizer.ggml.${key}`];
    return v && typeof v.value === 'number' ? v.value : -1;
  };
  const tokenizer = {
    tokens,
    tokenTypes: metaArray(m, 'tokenizer.ggml.token_type') as number[],
    merges: metaArray(m, 'tokenizer.ggml.merges') as string[],
    bosId: id('bos_token_id'),
    eosId: id('eos_token_id'),
    unkId: id('unknown_token_id'),
    padId: id('padding_token_id'),
    chatTemplate: m['tokenizer.chat_template']?.type === 'string' ? m['tokenizer.chat_template'].value : '',
  };
  const weights = new Map<string, Weight>(info.tensors.map((t) => [t.name, { dims: t.dims, data: readTensorData(file, t) }]));
  // Like llama.cpp, fall back to the tied embedding when the file has no separate output head.
  const embd = weights.get('token_embd.weight');
  if (!weights.has('output.weight') && embd) weights.set('output.weight', embd);
  return { config, tokenizer, weights };
}

function metaString(m: GgufMetadata, key: string): string {
  const v = m[key];
  return v?.type === 'string' ? v.value : '';
}

function metaArray(m: GgufMetadata, key: string): unknown[] {
  const v = m[key];
  return v?.type === 'array' ? v.value : [];
}
