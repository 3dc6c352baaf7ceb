import type { Backend, BackendContext } from '../Backend.ts';
import { createDriver } from '../llm/createDriver.ts';
import { createRoutingBackend } from '../llm/createRoutingBackend.ts';
import { parseLlmOptions } from '../llm/llmOptions.ts';

/** Default number of lexical candidates whose cards go into the prompt. */
export const RAG_SHORTLIST = 10;

/**
 * Code RAG, the design modroute replaced, done properly for a fair comparison: the top lexical
 * candidates' cards (id + one-line summary) in the prompt, the model (local or endpoint) answers,
 * constrained to the module ids like `llm`/`openai`.
 */
export async function createRagBackend(ctx: BackendContext): Promise<Backend> {
  const options = parseLlmOptions(ctx.options);
  const driver = await createDriver(options, ctx.graph.modules.map((m) => m.id));
  return createRoutingBackend('rag', ctx, driver, options, options.shortlist ?? RAG_SHORTLIST);
}
