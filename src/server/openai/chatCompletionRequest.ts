import { z } from 'zod';

const content = z.union([
  z.string(),
  // the array form clients send for multi-part messages; only text parts are read
  z.array(z.object({ type: z.string(), text: z.string().optional() }).loose()).transform((parts) => parts.map((p) => p.text ?? '').join('')),
]);

/** The part of the OpenAI chat-completions request body this server honours; other fields are accepted and ignored. */
export const chatCompletionRequestSchema = z
  .object({
    model: z.string().optional(),
    messages: z.array(z.object({ role: z.enum(['system', 'developer', 'user', 'assistant']), content }).loose()).min(1),
    max_tokens: z.number().int().positive().optional(),
    max_completion_tokens: z.number().int().positive().optional(),
    stop: z.union([z.string(), z.array(z.string())]).optional(),
    response_format: z
      .union([
        z.object({ type: z.literal('text') }).loose(),
        z.object({ type: z.literal('json_schema'), json_schema: z.object({ name: z.string().optional(), schema: z.record(z.string(), z.unknown()), strict: z.boolean().optional() }).loose() }).loose(),
      ])
      .optional(),
    stream: z.boolean().optional(),
  })
  .loose();

export type ChatCompletionRequest = z.output<typeof chatCompletionRequestSchema>;
