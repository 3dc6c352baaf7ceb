import { elementCount, type GgufFile, type GgufValue } from './GgufFile.ts';
import { GGUF_DEFAULT_ALIGNMENT, GGUF_MAGIC, GGUF_VERSION, ggmlTypes, ggufValueTypes, type GgmlTypeName } from './ggufConstants.ts';
import { toHalfBits } from './halfFloat.ts';

const bytesPerElement: Record<GgmlTypeName, number> = { f32: 4, f16: 2 };
const align = (n: number, a: number) => Math.ceil(n / a) * a;

/** Serializes a GGUF v3 file in memory. `general.alignment` is taken from the metadata if present. */
export function encodeGguf(file: GgufFile): Buffer {
  const alignmentValue = file.metadata['general.alignment'];
  const alignment = alignmentValue?.type === 'uint32' ? alignmentValue.value : GGUF_DEFAULT_ALIGNMENT;
  const head = new ByteWriter();
  head.u32(GGUF_MAGIC);
  head.u32(GGUF_VERSION);
  head.u64(BigInt(file.tensors.length));
  const entries = Object.entries(file.metadata);
  head.u64(BigInt(entries.length));
  for (const [key, value] of entries) {
    head.string(key);
    writeValue(head, value);
  }
  const offsets: number[] = [];
  let dataSize = 0;
  for (const t of file.tensors) {
    if (t.data.length !== elementCount(t.dims)) {
      throw new Error(`tensor ${t.name}: ${t.data.length} values for dims [${t.dims.join(', ')}]`);
    }
    head.string(t.name);
    head.u32(t.dims.length);
    for (const d of t.dims) head.u64(BigInt(d));
    head.u32(ggmlTypes[t.type]);
    head.u64(BigInt(dataSize));
    offsets.push(dataSize);
    dataSize = align(dataSize + t.data.length * bytesPerElement[t.type], alignment);
  }
  const dataStart = align(head.length, alignment);
  const out = Buffer.alloc(dataStart + dataSize);
  head.copyTo(out);
  file.tensors.forEach((t, i) => {
    let at = dataStart + (offsets[i] ?? 0);
    if (t.type === 'f32') {
      for (const v of t.data) at = out.writeFloatLE(v, at);
    } else {
      for (const v of t.data) at = out.writeUInt16LE(toHalfBits(v), at);
    }
  });
  return out;
}

function writeValue(w: ByteWriter, v: GgufValue): void {
  w.u32(ggufValueTypes[v.type]);
  if (v.type !== 'array') return writeScalar(w, v.type, v.value);
  w.u32(ggufValueTypes[v.itemType]);
  w.u64(BigInt(v.value.length));
  for (const item of v.value) writeScalar(w, v.itemType, item);
}

function writeScalar(w: ByteWriter, type: Exclude<GgufValue['type'], 'array'>, value: number | bigint | boolean | string): void {
  const b = w.reserve(type === 'string' ? 0 : scalarSize[type]);
  switch (type) {
    case 'uint8': return void b.buf.writeUInt8(value as number, b.at);
    case 'int8': return void b.buf.writeInt8(value as number, b.at);
    case 'uint16': return void b.buf.writeUInt16LE(value as number, b.at);
    case 'int16': return void b.buf.writeInt16LE(value as number, b.at);
    case 'uint32': return void b.buf.writeUInt32LE(value as number, b.at);
    case 'int32': return void b.buf.writeInt32LE(value as number, b.at);
    case 'float32': return void b.buf.writeFloatLE(value as number, b.at);
    case 'float64': return void b.buf.writeDoubleLE(value as number, b.at);
    case 'uint64': return void b.buf.writeBigUInt64LE(value as bigint, b.at);
    case 'int64': return void b.buf.writeBigInt64LE(value as bigint, b.at);
    case 'bool': return void b.buf.writeUInt8(value ? 1 : 0, b.at);
    case 'string': return w.string(value as string);
  }
}

export const scalarSize = {
  uint8: 1, int8: 1, uint16: 2, int16: 2, uint32: 4, int32: 4, float32: 4, bool: 1, uint64: 8, int64: 8, float64: 8,
} as const;

/** An append-only byte buffer that doubles as it grows. */
class ByteWriter {
  private buf = Buffer.alloc(1 << 16);
  length = 0;
  reserve(n: number): { buf: Buffer; at: number } {
    if (this.length + n > this.buf.length) {
      const next = Buffer.alloc(Math.max(this.buf.length * 2, this.length + n));
      this.buf.copy(next, 0, 0, this.length);
      this.buf = next;
    }
    const at = this.length;
    this.length += n;
    return { buf: this.buf, at };
  }
  u32(v: number): void {
    const r = this.reserve(4);
    r.buf.writeUInt32LE(v, r.at);
  }
  u64(v: bigint): void {
    const r = this.reserve(8);
    r.buf.writeBigUInt64LE(v, r.at);
  }
  string(s: string): void {
    const bytes = Buffer.from(s, 'utf8');
    this.u64(BigInt(bytes.length));
    const r = this.reserve(bytes.length);
    bytes.copy(r.buf, r.at);
  }
  copyTo(target: Buffer): void {
    this.buf.copy(target, 0, 0, this.length);
  }
}
