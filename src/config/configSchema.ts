import { z } from 'zod';
import { lexicalConfigSchema } from './lexicalConfigSchema.ts';
import { llmConfigSchema } from './llmConfigSchema.ts';

/** `modroute.config.json` at the repository root. Every field is optional. */
export const configSchema = z
  .object({
    /** Module directories: globs matched against directories (e.g. "packages/*", "src/lib/**"). */
    modules: z.array(z.string().min(1)).optional(),
    /** Directories that are modules too, beside what discovery finds (e.g. "modules/*" to split a big one). */
    split: z.array(z.string().min(1)).optional(),
    /** Only files matching one of these globs are indexed (default: everything). */
    include: z.array(z.string().min(1)).optional(),
    /** Files or directories matching these globs are skipped (in addition to .gitignore). */
    exclude: z.array(z.string().min(1)).optional(),
    /** Module id overrides: { "<module path>": "<id>" }. */
    ids: z.record(z.string(), z.string().min(1)).optional(),
    limits: z
      .object({
        /** Files larger than this are skipped and counted (default 1 MB), unless a language extractor reads them. */
        maxFileBytes: z.number().int().positive().default(1_000_000),
        /**
         * Files a language extractor reads are parsed up to this size, or maxFileBytes if larger. Unset by
         * default (the 1 MB of maxFileBytes, as the issue specifies for huge files); raise it for trees with
         * big hand-written sources (llama.cpp's ggml-vulkan.cpp is 1.05 MB; 4 MB of C++ parses in ~5 s and
         * ~240 MB of one worker's memory).
         */
        maxSourceFileBytes: z.number().int().positive().optional(),
        /** Stop after this many files (default unlimited). */
        maxFiles: z.number().int().positive().optional(),
      })
      .strict()
      .default({ maxFileBytes: 1_000_000 }),
    history: z
      .object({
        enabled: z.boolean().default(true),
        /** Newest commits to read from `git log` (default 20000). */
        maxCommits: z.number().int().positive().default(20_000),
        includeMerges: z.boolean().default(false),
        /** Author names or emails matching any of these regular expressions are skipped (bots). */
        ignoreAuthors: z.array(z.string()).default(['\\[bot\\]', '^dependabot', '^renovate', 'github-actions']),
      })
      .strict()
      .default({ enabled: true, maxCommits: 20_000, includeMerges: false, ignoreAuthors: ['\\[bot\\]', '^dependabot', '^renovate', 'github-actions'] }),
    /** Lexical search tunables (field weights, k1, expansion, graph step), overlaid on the defaults. */
    lexical: lexicalConfigSchema.optional(),
    /** Model backends (llm, openai, rag, agent): model, lora, endpoint, threads, … as the CLI flags. */
    llm: llmConfigSchema.optional(),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export { CONFIG_FILE } from './configFile.ts';
