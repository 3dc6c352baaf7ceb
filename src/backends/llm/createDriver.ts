import { UsageError } from '../../errors.ts';
import { createOpenAiDriver } from '../openai/createOpenAiDriver.ts';
import type { Availability } from '../Backend.ts';
import type { ChatDriver } from './ChatDriver.ts';
import { modelFileAvailability } from './checkModelFile.ts';
import { createLlamaDriver } from './createLlamaDriver.ts';
import { llmOptionsSchema, type LlmOptions } from './llmOptions.ts';

/** The model behind rag and agent: `driver` when given, else the endpoint when configured, else the local model. */
export const driverKind = (options: LlmOptions): 'llm' | 'openai' => options.driver ?? (options.endpoint ? 'openai' : 'llm');

export async function createDriver(options: LlmOptions, ids: readonly string[]): Promise<ChatDriver> {
  const kind = driverKind(options);
  if (kind === 'openai') return createOpenAiDriver(options, ids);
  if (!options.model) throw new UsageError('This backend needs a model: --model FILE.gguf (local) or --endpoint URL --model NAME');
  return createLlamaDriver(options, ids);
}

/** Available when the driver it would use is configured (a readable GGUF model, or an endpoint). */
export const driverAvailability = (raw: Record<string, unknown>): Availability => {
  const parsed = llmOptionsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `invalid options (${parsed.error.issues[0]?.message ?? 'unknown'})` };
  if (driverKind(parsed.data) === 'openai') return parsed.data.endpoint ? { ok: true } : { ok: false, reason: 'no endpoint configured (pass --endpoint URL)' };
  return modelFileAvailability(parsed.data.model);
};
