import { llmOptionsSchema } from '../backends/llm/llmOptions.ts';

/**
 * The `llm` section of `modroute.config.json`: the options of the llm, openai, rag and agent
 * backends (`--model`, `--lora`, `--endpoint`, `--threads`, …) with the same names and checks as the
 * library's backend options. The API key never goes in a file: name its variable with `apiKeyEnv`.
 */
export const llmConfigSchema = llmOptionsSchema.omit({ apiKey: true }).partial().strict();
