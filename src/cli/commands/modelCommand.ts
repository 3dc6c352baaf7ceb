import { Command, Option } from 'commander';
import { makeTinyModelFile } from '../../api/makeTinyModel.ts';
import { tinyArchitectures, type TinyArchitecture } from '../../llm/TinyModel.ts';
import { parseSeed } from '../commonOptions.ts';
import { out, printJson } from '../output.ts';

interface TinyFlags {
  arch: TinyArchitecture;
  out: string;
  seed: number;
  vocabExtra?: string;
  json?: boolean;
}

export const modelCommand = () =>
  new Command('model')
    .summary('make and inspect GGUF models')
    .description('Language-model files for the LLM backends.')
    .addCommand(
      new Command('tiny')
        .summary('write a tiny random-weight GGUF model')
        .description(
          'Write a tiny random-weight model (llama or qwen3 architecture, byte-level BPE tokenizer with ChatML tokens) ' +
            'that llama.cpp loads. Its answers are nonsense: it is for trying and testing the LLM path without downloading weights.',
        )
        .addOption(new Option('--arch <arch>', 'architecture').choices(tinyArchitectures).default('qwen3'))
        .requiredOption('--out <file>', 'output .gguf path (an existing file is replaced atomically)')
        .addOption(new Option('--seed <n>', 'weight seed').argParser(parseSeed).default(0))
        .option('--vocab-extra <file>', 'a text file the tokenizer also learns merges from')
        .option('--json', 'print the written file\'s metadata summary as JSON')
        .exitOverride()
        .action(async (flags: TinyFlags) => {
          const summary = await makeTinyModelFile({
            arch: flags.arch,
            out: flags.out,
            seed: flags.seed,
            ...(flags.vocabExtra !== undefined ? { vocabExtraFile: flags.vocabExtra } : {}),
          });
          if (flags.json) return printJson(summary);
          out(
            `wrote ${summary.path}: ${summary.architecture} model, ${summary.parameterCount} parameters, ` +
              `vocabulary ${summary.vocabSize}, context ${summary.contextLength}, ${summary.fileSize} bytes`,
          );
        }),
    );
