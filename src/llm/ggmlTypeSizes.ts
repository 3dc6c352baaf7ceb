/**
 * [elements per block, bytes per block] for the ggml tensor types whose layout is fixed and well
 * known, so the reader can tell a truncated file from a whole one. Types missing here are
 * reported by id and skipped by the size check rather than guessed.
 */
export const ggmlTypeSizes: Record<number, { name: string; blockSize: number; blockBytes: number }> = {
  0: { name: 'F32', blockSize: 1, blockBytes: 4 },
  1: { name: 'F16', blockSize: 1, blockBytes: 2 },
  2: { name: 'Q4_0', blockSize: 32, blockBytes: 18 },
  3: { name: 'Q4_1', blockSize: 32, blockBytes: 20 },
  6: { name: 'Q5_0', blockSize: 32, blockBytes: 22 },
  7: { name: 'Q5_1', blockSize: 32, blockBytes: 24 },
  8: { name: 'Q8_0', blockSize: 32, blockBytes: 34 },
  10: { name: 'Q2_K', blockSize: 256, blockBytes: 84 },
  11: { name: 'Q3_K', blockSize: 256, blockBytes: 110 },
  12: { name: 'Q4_K', blockSize: 256, blockBytes: 144 },
  13: { name: 'Q5_K', blockSize: 256, blockBytes: 176 },
  14: { name: 'Q6_K', blockSize: 256, blockBytes: 210 },
  24: { name: 'I8', blockSize: 1, blockBytes: 1 },
  25: { name: 'I16', blockSize: 1, blockBytes: 2 },
  26: { name: 'I32', blockSize: 1, blockBytes: 4 },
  27: { name: 'I64', blockSize: 1, blockBytes: 8 },
  28: { name: 'F64', blockSize: 1, blockBytes: 8 },
  30: { name: 'BF16', blockSize: 1, blockBytes: 2 },
};

/** Bytes a tensor occupies, or undefined for a type not in the table. */
export function tensorByteSize(type: number, elements: number): number | undefined {
  const t = ggmlTypeSizes[type];
  return t ? Math.ceil(elements / t.blockSize) * t.blockBytes : undefined;
}
