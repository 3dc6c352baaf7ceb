import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { UsageError } from '../../errors.ts';

/** `FILE[:scale]`: the suffix is a scale only when it parses as a number (so `C:\x.gguf` stays a path). */
export const parseLoraSpec = (spec: string): { path: string; scale: number } => {
  const m = /^(.*):(-?\d+(?:\.\d+)?)$/.exec(spec);
  return m && m[1] ? { path: m[1], scale: Number(m[2]) } : { path: spec, scale: 1 };
};

const lora = z.union([z.string().min(1).transform(parseLoraSpec), z.object({ path: z.string().min(1), scale: z.number().default(1) })]);
const positive = z.number().int().positive();

/**
 * Options of the llm, openai, rag and agent backends, read from SessionOptions.backendOptions
 * (which also carries other backends' keys, hence loose). Every limit has a default here, once.
 */
export const llmOptionsSchema = z
  .object({
    model: z.string().min(1).optional(),
    lora: z.array(lora).default([]),
    /** 'auto' lets node-llama-cpp pick CUDA/Vulkan/Metal when present; false forces the CPU. */
    gpu: z.union([z.literal('auto'), z.literal(false)]).default('auto'),
    /** Always explicit: node-llama-cpp's default of 4 on a 2-core machine was ~1000× slower. */
    threads: positive.default(() => availableParallelism()),
    contextSize: positive.optional(),
    /** llm: 'auto' (the GGUF's tokenizer.chat_template; ChatML when it has none), 'jinja', 'chatml' or a node-llama-cpp wrapper name. */
    chatTemplate: z.string().min(1).default('auto'),
    /** Reasoning tokens before the answer (0 = answer at once). */
    think: z.number().int().min(0).default(0),
    /** Top lexical candidates whose cards go into the prompt (0 = none). */
    shortlist: z.number().int().min(0).optional(),
    /**
     * With at most this many ids, --top K ranks all of them exactly; above it, the greedy answer plus
     * the lexical shortlist. Exact scoring evaluates every id's tokens (about 3× the greedy path on the
     * tiny model over svelte's 49 ids; a real model pays that per token), so it is kept for small indexes.
     */
    scoreAllUpTo: z.number().int().min(0).default(16),
    endpoint: z.url().optional(),
    apiKey: z.string().optional(),
    apiKeyEnv: z.string().default('OPENAI_API_KEY'),
    timeoutMs: positive.default(30_000),
    retries: z.number().int().min(0).max(10).default(2),
    retryBaseMs: z.number().int().min(0).default(250),
    structured: z.enum(['auto', 'json_schema', 'none']).default('auto'),
    agentMaxSteps: positive.default(6),
    agentMaxTokens: positive.default(4096),
    agentMaxWallMs: positive.default(120_000),
    /** Tool steps the agent must take before it may answer (so it looks before it guesses). */
    agentMinSteps: z.number().int().min(0).default(1),
    /** Which model drives rag/agent when both are configured. */
    driver: z.enum(['llm', 'openai']).optional(),
  })
  .loose();
export type LlmOptions = z.output<typeof llmOptionsSchema>;

/** Parses the backend options; a bad value is a UsageError naming the option. */
export function parseLlmOptions(options: Record<string, unknown>): LlmOptions {
  const r = llmOptionsSchema.safeParse(options);
  if (r.success) return r.data;
  throw new UsageError(`Invalid backend options: ${r.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`).join('; ')}`);
}
