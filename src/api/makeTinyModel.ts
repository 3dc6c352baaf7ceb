import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.ts';
import { makeTinyModel } from '../llm/makeTinyModel.ts';
import { modelToGguf } from '../llm/modelToGguf.ts';
import { readGguf } from '../llm/readGguf.ts';
import { summarizeGguf, type GgufSummary } from '../llm/summarizeGguf.ts';
import type { TinyArchitecture } from '../llm/TinyModel.ts';
import { writeGguf } from '../llm/writeGguf.ts';

export interface MakeTinyModelFileOptions {
  arch: TinyArchitecture;
  /** Output path; an existing file is replaced atomically. */
  out: string;
  /** Weight seed (default 0): the same seed and options give a byte-identical file. */
  seed?: number;
  /** A text file whose contents the tokenizer also learns merges from (e.g. module ids). */
  vocabExtraFile?: string;
}

/**
 * Writes a tiny random-weight GGUF model (architecture llama or qwen3, ~460-token byte-level BPE
 * tokenizer with ChatML special tokens) that node-llama-cpp loads and generates with. It answers
 * nonsense; it exists so the LLM path can be tried and tested without downloading weights.
 * Returns the summary read back from the written file.
 */
export async function makeTinyModelFile(options: MakeTinyModelFileOptions): Promise<GgufSummary> {
  let extraText: string | undefined;
  if (options.vocabExtraFile !== undefined) {
    try {
      extraText = await readFile(options.vocabExtraFile, 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read --vocab-extra file ${options.vocabExtraFile} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'Pass a readable text file.');
    }
  }
  const model = makeTinyModel({ arch: options.arch, seed: options.seed ?? 0, ...(extraText !== undefined ? { extraText } : {}) });
  await writeGguf(options.out, modelToGguf(model));
  return summarizeGguf(await readGguf(options.out));
}
