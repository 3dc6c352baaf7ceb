import { encodeGguf } from './encodeGguf.ts';
import type { GgufFile } from './GgufFile.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

/** Encodes and writes atomically; an unwritable path is a UsageError (exit 2). Returns the byte size. */
export async function writeGguf(path: string, file: GgufFile): Promise<number> {
  const bytes = encodeGguf(file);
  await writeFileAtomic(path, bytes);
  return bytes.length;
}
