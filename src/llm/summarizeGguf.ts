import { elementCount } from './GgufFile.ts';
import type { GgufInfo } from './readGguf.ts';

/** What `doctor` and `model tiny --json` show about a GGUF file. */
export interface GgufSummary {
  path: string;
  fileSize: number;
  version: number;
  /** general.type: "model" (also when absent, as in older files) or "adapter". */
  type: string;
  architecture: string | undefined;
  name: string | undefined;
  contextLength: number | undefined;
  embeddingLength: number | undefined;
  blockCount: number | undefined;
  vocabSize: number | undefined;
  tokenizer: string | undefined;
  /** Length of tokenizer.chat_template (0: none, the llm backend then uses ChatML). */
  chatTemplateChars: number;
  tensorCount: number;
  parameterCount: number;
  /** Tensor count per ggml type name, e.g. { F32: 25 }. */
  tensorTypes: Record<string, number>;
}

export function summarizeGguf(info: GgufInfo): GgufSummary {
  const m = info.metadata;
  const text = (key: string) => (m[key]?.type === 'string' ? (m[key].value as string) : undefined);
  const arch = text('general.architecture');
  const num = (key: string) => {
    const v = arch ? m[`${arch}.${key}`] : undefined;
    return v && typeof v.value === 'number' ? v.value : undefined;
  };
  const tokens = m['tokenizer.ggml.tokens'];
  const tensorTypes: Record<string, number> = {};
  for (const t of info.tensors) tensorTypes[t.typeName] = (tensorTypes[t.typeName] ?? 0) + 1;
  return {
    path: info.path,
    fileSize: info.fileSize,
    version: info.version,
    type: text('general.type') ?? 'model',
    architecture: arch,
    name: text('general.name'),
    contextLength: num('context_length'),
    embeddingLength: num('embedding_length'),
    blockCount: num('block_count'),
    vocabSize: tokens?.type === 'array' ? tokens.value.length : num('vocab_size'),
    tokenizer: text('tokenizer.ggml.model'),
    chatTemplateChars: text('tokenizer.chat_template')?.trim().length ?? 0,
    tensorCount: info.tensors.length,
    parameterCount: info.tensors.reduce((sum, t) => sum + elementCount(t.dims), 0),
    tensorTypes,
  };
}
