import { readFileSync } from 'node:fs';
import { writeFileAtomicSync } from '../util/writeFileAtomicSync.ts';
import { z } from 'zod';
import { READABLE_ROUTER_VERSIONS, ROUTER_FORMAT_VERSION, routerModelPath } from './routerModelFormat.ts';

// The zod-free half lives in routerModelFormat.ts, so serving a model needs no zod import.
export { decodeClassifier, encodeClassifier, ROUTER_FORMAT_VERSION, ROUTER_MODEL_FILE, routerModelPath } from './routerModelFormat.ts';

export const routerModelSchema = z.object({
  format: z.literal('modroute-router'),
  version: z.number().int(),
  indexFingerprint: z.string(),
  moduleIds: z.array(z.string()).min(1),
  datasetFingerprint: z.string(),
  config: z.object({ seed: z.number().int(), dims: z.number().int().positive(), timeBudgetS: z.number().positive().optional(), asOf: z.string().optional() }),
  classifier: z.object({
    dims: z.number().int().positive(),
    buckets: z.array(z.number().int().nonnegative()),
    weights: z.string(),
    /** 16: float16 weights (format 2); absent: float32 (format 1). */
    weightBits: z.literal(16).optional(),
    bias: z.array(z.number()),
  }),
  reranker: z.object({ source: z.enum(['shipped', 'repository', 'lexical']), features: z.array(z.string()), weights: z.array(z.number()) }),
  fusion: z.object({ beta: z.number().min(0).max(1) }),
  summary: z.record(z.string(), z.unknown()),
});
export type RouterModelFile = z.infer<typeof routerModelSchema>;

export type ModelState =
  | { kind: 'missing' }
  | { kind: 'corrupt'; reason: string }
  | { kind: 'ok'; model: RouterModelFile };

/** Reads and validates the model file beside the index (never throws). */
export const readRouterModel = (storeDir: string): ModelState => {
  let text: string;
  try {
    text = readFileSync(routerModelPath(storeDir), 'utf8');
  } catch {
    return { kind: 'missing' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'corrupt', reason: `not JSON (${(error as Error).message})` };
  }
  const parsed = routerModelSchema.safeParse(json);
  if (!parsed.success) return { kind: 'corrupt', reason: `unexpected content at ${parsed.error.issues[0]?.path.join('.') || 'top level'}` };
  if (!READABLE_ROUTER_VERSIONS.includes(parsed.data.version)) {
    return { kind: 'corrupt', reason: `format v${parsed.data.version}, this modroute reads v${READABLE_ROUTER_VERSIONS.join(' and v')}` };
  }
  if ((parsed.data.classifier.weightBits === 16) !== (parsed.data.version >= 2)) return { kind: 'corrupt', reason: 'classifier weight width does not match the format version' };
  if (parsed.data.classifier.bias.length !== parsed.data.moduleIds.length) return { kind: 'corrupt', reason: 'classifier and module list disagree' };
  return { kind: 'ok', model: parsed.data };
};

/** Writes through a temp file and a rename, so a crash or Ctrl-C leaves the previous model whole. */
export const writeRouterModel = (storeDir: string, model: RouterModelFile): string => {
  const path = routerModelPath(storeDir);
  writeFileAtomicSync(path, `${JSON.stringify(model)}\n`);
  return path;
};
