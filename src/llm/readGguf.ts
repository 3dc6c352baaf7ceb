import { open } from 'node:fs/promises';
import { elementCount, type GgufMetadata, type GgufValue } from './GgufFile.ts';
import { GgufFormatError } from '../errors.ts';
import { GGUF_DEFAULT_ALIGNMENT, GGUF_MAGIC, ggufValueTypes, type GgufValueTypeName } from './ggufConstants.ts';
import { ggmlTypeSizes, tensorByteSize } from './ggmlTypeSizes.ts';

export interface GgufTensorInfo {
  name: string;
  /** GGUF order: dims[0] varies fastest. */
  dims: number[];
  /** ggml_type id (0 = F32, 1 = F16, …) and its name where known. */
  type: number;
  typeName: string;
  /** Absolute byte offset of the data in the file. */
  offset: number;
  /** Undefined for tensor types whose size the reader does not know. */
  byteSize: number | undefined;
}

export interface GgufInfo {
  path: string;
  version: number;
  fileSize: number;
  alignment: number;
  metadata: GgufMetadata;
  tensors: GgufTensorInfo[];
  /** Absolute offset where tensor data begins. */
  dataOffset: number;
}

const typeNames = Object.fromEntries(Object.entries(ggufValueTypes).map(([k, v]) => [v, k])) as Record<number, GgufValueTypeName>;

class OutOfData extends Error {}

/**
 * Parses the header, metadata and tensor infos of a GGUF file without reading the tensor data
 * (a real model is gigabytes; its header is at most a few MiB, mostly the vocabulary). Throws
 * GgufFormatError for a file that is not GGUF, is truncated (header or data), or is malformed.
 */
export async function readGguf(path: string): Promise<GgufInfo> {
  const handle = await open(path, 'r');
  try {
    const fileSize = (await handle.stat()).size;
    // Read a prefix and parse; if the header runs past it, read a prefix twice as long.
    for (let want = Math.min(fileSize, 1 << 20); ; want = Math.min(fileSize, want * 4)) {
      const buf = Buffer.alloc(want);
      const { bytesRead } = await handle.read(buf, 0, want, 0);
      try {
        return parseHeader(path, buf.subarray(0, bytesRead), fileSize);
      } catch (error) {
        if (!(error instanceof OutOfData)) throw error;
        if (bytesRead >= fileSize) {
          throw new GgufFormatError(path, fileSize < 4 ? 'not-gguf' : 'truncated', `the header ends early (file is ${fileSize} bytes)`);
        }
      }
    }
  } finally {
    await handle.close();
  }
}

/** Parses a whole GGUF file already in memory (also checks that all tensor data is present). */
export function parseGguf(path: string, buf: Buffer): GgufInfo {
  try {
    return parseHeader(path, buf, buf.length);
  } catch (error) {
    if (error instanceof OutOfData) throw new GgufFormatError(path, 'truncated', `the header ends early (file is ${buf.length} bytes)`);
    throw error;
  }
}

function parseHeader(path: string, buf: Buffer, fileSize: number): GgufInfo {
  const r = new Cursor(buf, fileSize, path);
  if (buf.length < 4 || buf.readUInt32LE(0) !== GGUF_MAGIC) {
    const head = buf.subarray(0, 4).toString('latin1').replace(/[^\x20-\x7e]/g, '.');
    throw new GgufFormatError(path, 'not-gguf', `expected the magic "GGUF" at the start, found "${head}"`);
  }
  r.at = 4;
  const version = r.u32();
  if (version !== 2 && version !== 3) throw new GgufFormatError(path, 'unsupported-version', `GGUF version ${version} (expected 3)`);
  const tensorCount = r.count('the tensor count');
  const kvCount = r.count('the metadata count');
  const metadata: GgufMetadata = {};
  for (let i = 0; i < kvCount; i++) {
    const key = r.string();
    metadata[key] = readValue(r, path, key);
  }
  const alignmentValue = metadata['general.alignment'];
  const alignment = alignmentValue?.type === 'uint32' ? alignmentValue.value : GGUF_DEFAULT_ALIGNMENT;
  if (alignment <= 0 || alignment % 8 !== 0) throw new GgufFormatError(path, 'malformed', `general.alignment ${alignment} is not a positive multiple of 8`);
  const raw: { name: string; dims: number[]; type: number; relOffset: number }[] = [];
  for (let i = 0; i < tensorCount; i++) {
    const name = r.string();
    const nDims = r.u32();
    if (nDims > 4) throw new GgufFormatError(path, 'malformed', `tensor ${name} has ${nDims} dimensions (at most 4)`);
    const dims = Array.from({ length: nDims }, () => Number(r.u64()));
    raw.push({ name, dims, type: r.u32(), relOffset: Number(r.u64()) });
  }
  const dataOffset = Math.ceil(r.at / alignment) * alignment;
  const tensors = raw.map((t): GgufTensorInfo => ({
    name: t.name,
    dims: t.dims,
    type: t.type,
    typeName: ggmlTypeSizes[t.type]?.name ?? `type ${t.type}`,
    offset: dataOffset + t.relOffset,
    byteSize: tensorByteSize(t.type, elementCount(t.dims)),
  }));
  const end = Math.max(dataOffset, ...tensors.map((t) => t.offset + (t.byteSize ?? 0)));
  if (tensorCount > 0 && end > fileSize) {
    throw new GgufFormatError(path, 'truncated', `tensor data needs ${end} bytes, the file has ${fileSize}`);
  }
  return { path, version, fileSize, alignment, metadata, tensors, dataOffset };
}

function readValue(r: Cursor, path: string, key: string): GgufValue {
  const type = typeNames[r.u32()];
  if (!type) throw new GgufFormatError(path, 'malformed', `metadata ${key} has an unknown value type`);
  if (type !== 'array') return { type, value: r.scalar(type) } as GgufValue;
  const itemType = typeNames[r.u32()];
  if (!itemType || itemType === 'array') throw new GgufFormatError(path, 'malformed', `metadata ${key} is an array of an unsupported type`);
  const n = r.count(`the length of ${key}`);
  const value = Array.from({ length: n }, () => r.scalar(itemType));
  return { type: 'array', itemType, value } as GgufValue;
}

class Cursor {
  at = 0;
  private readonly buf: Buffer;
  private readonly fileSize: number;
  private readonly path: string;
  constructor(buf: Buffer, fileSize: number, path: string) {
    this.buf = buf;
    this.fileSize = fileSize;
    this.path = path;
  }
  private need(n: number): number {
    if (this.at + n > this.buf.length) throw new OutOfData();
    const at = this.at;
    this.at += n;
    return at;
  }
  u32(): number {
    return this.buf.readUInt32LE(this.need(4));
  }
  u64(): bigint {
    return this.buf.readBigUInt64LE(this.need(8));
  }
  /** A u64 count of items of at least one byte each: more than the rest of the file holds is garbage. */
  count(what: string): number {
    const n = this.u64();
    if (n > BigInt(this.fileSize - this.at)) {
      // A plausible count with too few bytes behind it is a cut-off file; a huge one is garbage.
      if (n < 1n << 32n) throw new OutOfData();
      throw new GgufFormatError(this.path, 'malformed', `${what} is ${n}, more than the ${this.fileSize} byte file can hold`);
    }
    return Number(n);
  }
  string(): string {
    const n = this.count('a string length');
    const at = this.need(n);
    return this.buf.toString('utf8', at, at + n);
  }
  scalar(type: Exclude<GgufValueTypeName, 'array'>): number | bigint | boolean | string {
    const b = this.buf;
    switch (type) {
      case 'uint8': return b.readUInt8(this.need(1));
      case 'int8': return b.readInt8(this.need(1));
      case 'uint16': return b.readUInt16LE(this.need(2));
      case 'int16': return b.readInt16LE(this.need(2));
      case 'uint32': return b.readUInt32LE(this.need(4));
      case 'int32': return b.readInt32LE(this.need(4));
      case 'float32': return b.readFloatLE(this.need(4));
      case 'float64': return b.readDoubleLE(this.need(8));
      case 'uint64': return b.readBigUInt64LE(this.need(8));
      case 'int64': return b.readBigInt64LE(this.need(8));
      case 'bool': return b.readUInt8(this.need(1)) !== 0;
      case 'string': return this.string();
    }
  }
}
