import type { Availability, Backend, BackendContext } from '../Backend.ts';
import { modelFileAvailability } from './checkModelFile.ts';
import { createLlamaDriver } from './createLlamaDriver.ts';
import { createRoutingBackend } from './createRoutingBackend.ts';
import { llmOptionsSchema, parseLlmOptions } from './llmOptions.ts';

/** `llm` runs only with a model configured, readable and GGUF; `auto` never picks it otherwise. */
export const llmAvailability = (options: Record<string, unknown>): Availability => {
  const parsed = llmOptionsSchema.safeParse(options);
  if (!parsed.success) return { ok: false, reason: `invalid options (${parsed.error.issues[0]?.message ?? 'unknown'})` };
  return modelFileAvailability(parsed.data.model);
};

/** A local GGUF model through node-llama-cpp, answering with grammar-constrained module ids. */
export async function createLlmBackend(ctx: BackendContext): Promise<Backend> {
  const options = parseLlmOptions(ctx.options);
  const driver = await createLlamaDriver(options, ctx.graph.modules.map((m) => m.id));
  return createRoutingBackend('llm', ctx, driver, options, options.shortlist ?? 0);
}
