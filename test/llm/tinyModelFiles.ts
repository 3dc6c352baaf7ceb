import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTinyModel } from '../../src/llm/makeTinyModel.ts';
import { modelToGguf } from '../../src/llm/modelToGguf.ts';
import type { Model, TinyArchitecture } from '../../src/llm/TinyModel.ts';
import { writeGguf } from '../../src/llm/writeGguf.ts';

export const llmTempDir = (): string => mkdtempSync(join(tmpdir(), 'modroute-llm-'));

/** Writes a tiny model of the architecture into dir and returns it with its path. */
export async function writeTinyModel(dir: string, arch: TinyArchitecture, seed = 7): Promise<{ model: Model; path: string }> {
  const model = makeTinyModel({ arch, seed });
  const path = join(dir, `tiny-${arch}-${seed}.gguf`);
  await writeGguf(path, modelToGguf(model));
  return { model, path };
}

/** log-softmax in float64: what llama.cpp's probabilities are compared against. */
export function logSoftmax(logits: Float32Array): Float64Array {
  let max = -Infinity;
  for (const v of logits) max = Math.max(max, v);
  let sum = 0;
  for (const v of logits) sum += Math.exp(v - max);
  const lse = max + Math.log(sum);
  return Float64Array.from(logits, (v) => v - lse);
}
