import type { GgmlTypeName, GgufScalarTypeName } from './ggufConstants.ts';

/**
 * A metadata value with its GGUF type made explicit: a JS number cannot say whether it is a u32
 * or an f32, and llama.cpp rejects a key stored with the wrong type.
 */
export type GgufValue =
  | { type: 'uint8' | 'int8' | 'uint16' | 'int16' | 'uint32' | 'int32' | 'float32' | 'float64'; value: number }
  | { type: 'uint64' | 'int64'; value: bigint }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'array'; itemType: 'string'; value: string[] }
  | { type: 'array'; itemType: Exclude<GgufScalarTypeName, 'string' | 'bool' | 'uint64' | 'int64'>; value: number[] }
  | { type: 'array'; itemType: 'bool'; value: boolean[] }
  | { type: 'array'; itemType: 'uint64' | 'int64'; value: bigint[] };

export type GgufMetadata = Record<string, GgufValue>;

/**
 * A tensor to write. `dims` are in GGUF order: dims[0] varies fastest, so a PyTorch weight of
 * shape [out, in] is written as dims [in, out] with the same row-major data.
 */
export interface GgufTensor {
  name: string;
  dims: number[];
  type: GgmlTypeName;
  data: Float32Array;
}

export interface GgufFile {
  metadata: GgufMetadata;
  tensors: GgufTensor[];
}

/** Small constructors so metadata reads like a table: `{ 'llama.block_count': u32(2) }`. */
export const u32 = (value: number): GgufValue => ({ type: 'uint32', value });
export const i32 = (value: number): GgufValue => ({ type: 'int32', value });
export const f32 = (value: number): GgufValue => ({ type: 'float32', value });
export const bool = (value: boolean): GgufValue => ({ type: 'bool', value });
export const str = (value: string): GgufValue => ({ type: 'string', value });
export const strings = (value: string[]): GgufValue => ({ type: 'array', itemType: 'string', value });
export const i32s = (value: number[]): GgufValue => ({ type: 'array', itemType: 'int32', value });
export const f32s = (value: number[]): GgufValue => ({ type: 'array', itemType: 'float32', value });

export const elementCount = (dims: readonly number[]): number => dims.reduce((a, b) => a * b, 1);
