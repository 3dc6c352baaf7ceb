import { elementCount } from './GgufFile.ts';
import { ggmlTypes } from './ggufConstants.ts';
import { fromHalfBits } from './halfFloat.ts';
import type { GgufTensorInfo } from './readGguf.ts';

/** The values of an F32 or F16 tensor from the whole file's bytes. Quantized types are not decoded. */
export function readTensorData(file: Buffer, info: GgufTensorInfo): Float32Array {
  const n = elementCount(info.dims);
  if (info.type === ggmlTypes.f32) {
    // Copy: the file buffer's offset need not be 4-byte aligned for a Float32Array view.
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = file.readFloatLE(info.offset + 4 * i);
    return out;
  }
  if (info.type === ggmlTypes.f16) {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = fromHalfBits(file.readUInt16LE(info.offset + 2 * i));
    return out;
  }
  throw new Error(`tensor ${info.name} is ${info.typeName}; only F32 and F16 are decoded`);
}
