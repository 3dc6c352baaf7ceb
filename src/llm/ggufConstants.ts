/**
 * GGUF v3 format constants (ggml/docs/gguf.md). Everything is little-endian; strings are a u64
 * byte length followed by UTF-8 bytes; tensor data starts at the first multiple of
 * `general.alignment` after the tensor infos, and each tensor's offset is relative to that start.
 */
export const GGUF_MAGIC = 0x46554747; // "GGUF" read as a little-endian u32
export const GGUF_VERSION = 3;
export const GGUF_DEFAULT_ALIGNMENT = 32;

/** Metadata value type ids, as stored in the file. */
export const ggufValueTypes = {
  uint8: 0,
  int8: 1,
  uint16: 2,
  int16: 3,
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  array: 9,
  uint64: 10,
  int64: 11,
  float64: 12,
} as const;
export type GgufValueTypeName = keyof typeof ggufValueTypes;
export type GgufScalarTypeName = Exclude<GgufValueTypeName, 'array'>;

/** The tensor types this project writes and decodes (ggml_type ids). Others are only reported. */
export const ggmlTypes = { f32: 0, f16: 1 } as const;
export type GgmlTypeName = keyof typeof ggmlTypes;

/** `general.file_type` (llama_ftype): 0 = all F32, 1 = mostly F16. */
export const llamaFileTypes = { allF32: 0, mostlyF16: 1 } as const;

/** llama.cpp token attributes stored in `tokenizer.ggml.token_type`. */
export const tokenTypes = { normal: 1, unknown: 2, control: 3, userDefined: 4, unused: 5, byte: 6 } as const;
