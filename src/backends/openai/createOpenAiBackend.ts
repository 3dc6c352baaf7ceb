import { UsageError } from '../../errors.ts';
import type { Availability, Backend, BackendContext } from '../Backend.ts';
import { createRoutingBackend } from '../llm/createRoutingBackend.ts';
import { llmOptionsSchema, parseLlmOptions } from '../llm/llmOptions.ts';
import { createOpenAiDriver } from './createOpenAiDriver.ts';

/** `openai` runs only with an endpoint configured; `auto` never picks it otherwise. */
export const openAiAvailability = (options: Record<string, unknown>): Availability => {
  const parsed = llmOptionsSchema.safeParse(options);
  if (!parsed.success) return { ok: false, reason: `invalid options (${parsed.error.issues[0]?.message ?? 'unknown'})` };
  return parsed.data.endpoint ? { ok: true } : { ok: false, reason: 'no endpoint configured (pass --endpoint URL --model NAME)' };
};

/** Any OpenAI-compatible chat endpoint; JSON-schema output where supported, post-processing where not. */
export async function createOpenAiBackend(ctx: BackendContext): Promise<Backend> {
  const options = parseLlmOptions(ctx.options);
  if (!options.endpoint) throw new UsageError('The openai backend needs --endpoint URL', 'e.g. --endpoint http://localhost:8080/v1 --model NAME');
  const driver = createOpenAiDriver(options, ctx.graph.modules.map((m) => m.id));
  return createRoutingBackend('openai', ctx, driver, options, options.shortlist ?? 0);
}
