import { closestNames } from '../util/closestNames.ts';
import { UsageError } from '../errors.ts';
import type { BackendContext, BackendEntry } from './Backend.ts';
import { hybridAvailability, routerAvailability } from './router/loadRouterModel.ts';

// Each backend's code loads when it is created or asked whether it can run, not with the registry:
// a one-shot `modroute ask` must not pay for node-llama-cpp wrappers, zod and the trainer's code of
// backends it does not use (the registry's imports were ~40% of it). Only the model-file checks of
// router and hybrid are here, from a file that imports neither.
const lexical = () => import('./lexical/createLexicalBackend.ts');
const bm25 = () => import('./lexical/createBm25Backend.ts');
const hybrid = () => import('./hybrid/createHybridBackend.ts');
const router = () => import('./router/createRouterBackend.ts');
const llm = () => import('./llm/createLlmBackend.ts');
const openai = () => import('./openai/createOpenAiBackend.ts');
const driver = () => import('./llm/createDriver.ts');
const rag = () => import('./rag/createRagBackend.ts');
const agent = () => import('./agent/createAgentBackend.ts');

const always = async () => ({ ok: true });

/** Every ask backend. CLI help, HTTP docs and the MCP enum read this map; a new backend is one line. */
export const backendRegistry = {
  lexical: { create: async (ctx) => (await lexical()).createLexicalBackend(ctx), available: always, autoPriority: 100, summary: 'BM25F over module fields + expansion + graph step' },
  hybrid: { create: async (ctx) => (await hybrid()).createHybridBackend(ctx), available: (ctx) => hybridAvailability(ctx.storeDir), autoPriority: 10, summary: 'lexical candidates reranked and fused with the trained router' },
  router: { create: async (ctx) => (await router()).createRouterBackend(ctx), available: (ctx) => routerAvailability(ctx.storeDir), autoPriority: 50, summary: 'classifier trained on this repository (modroute train)' },
  llm: { create: async (ctx) => (await llm()).createLlmBackend(ctx), available: async (ctx) => (await llm()).llmAvailability(ctx.options), autoPriority: 5, summary: 'local GGUF model (node-llama-cpp), grammar-constrained module ids; needs --model' },
  openai: { create: async (ctx) => (await openai()).createOpenAiBackend(ctx), available: async (ctx) => (await openai()).openAiAvailability(ctx.options), autoPriority: 6, summary: 'OpenAI-compatible chat endpoint, JSON-schema ids; needs --endpoint' },
  rag: { create: async (ctx) => (await rag()).createRagBackend(ctx), available: async (ctx) => (await driver()).driverAvailability(ctx.options), autoPriority: 200, summary: 'top lexical candidates\' cards in the prompt of the llm/openai model' },
  agent: { create: async (ctx) => (await agent()).createAgentBackend(ctx), available: async (ctx) => (await driver()).driverAvailability(ctx.options), autoPriority: 300, summary: 'bounded tool loop (search, open, neighbours, grep) driven by llm/openai' },
  bm25: { create: async (ctx) => (await bm25()).createBm25Backend(ctx), available: always, autoPriority: 1000, summary: 'plain BM25 baseline (one field, no expansion)' },
} as const satisfies Record<string, BackendEntry>;

export type BackendName = keyof typeof backendRegistry;
export const backendNames = Object.keys(backendRegistry) as [BackendName, ...BackendName[]];

const isBackendName = (name: string): name is BackendName => Object.hasOwn(backendRegistry, name);

/**
 * llm, openai, rag and agent all need a model file or an endpoint; without either in the options none
 * of them is available, so `auto` passes them over without loading their code to be told so.
 */
const needsModelOrEndpoint: ReadonlySet<BackendName> = new Set(['llm', 'openai', 'rag', 'agent']);
const cannotRun = (name: BackendName, options: Record<string, unknown>): boolean =>
  needsModelOrEndpoint.has(name) && options.model === undefined && options.endpoint === undefined;

/** Whether the options name what this backend runs on (a model file for llm, an endpoint for openai). */
const configuredFor = (name: BackendName, options: Record<string, unknown>): boolean =>
  name === 'llm' ? options.model !== undefined && options.endpoint === undefined
    : name === 'openai' ? options.endpoint !== undefined
      : needsModelOrEndpoint.has(name) && !cannotRun(name, options);

const byAutoPriority = backendNames
  .map((n) => ({ name: n, entry: backendRegistry[n] as BackendEntry }))
  .sort((a, b) => a.entry.autoPriority - b.entry.autoPriority || (a.name < b.name ? -1 : 1));

/**
 * Looks a backend up by name, or for `auto` picks the available one with the lowest `autoPriority`
 * (ties by name). Rejects with UsageError for an unknown name, or a named backend that is not available.
 */
export const resolveBackend = async (
  name: string,
  ctx: Omit<BackendContext, 'graph'>,
): Promise<{ name: BackendName; entry: BackendEntry; passedOver?: string[] }> => {
  if (name === 'auto') {
    // In priority order, stopping at the first available: the same pick as checking them all. A model
    // backend the user configured (a model or an endpoint was given) but that cannot run is reported,
    // so a missing model file does not silently turn into lexical answers.
    const passedOver: string[] = [];
    for (const candidate of byAutoPriority) {
      if (cannotRun(candidate.name, ctx.options)) continue;
      const availability = await candidate.entry.available(ctx);
      if (availability.ok) return passedOver.length > 0 ? { ...candidate, passedOver } : candidate;
      if (configuredFor(candidate.name, ctx.options)) passedOver.push(`auto passed over ${candidate.name}: ${availability.reason ?? 'not available'}`);
    }
    throw new UsageError('No backend is available', `Backends: ${backendNames.join(', ')}.`);
  }
  if (!isBackendName(name)) {
    const [meant] = closestNames(name, ['auto', ...backendNames], 1);
    throw new UsageError(`Unknown backend: ${name}`, `${meant ? `Did you mean ${meant}? ` : ''}Use one of: auto, ${backendNames.join(', ')}.`);
  }
  const entry: BackendEntry = backendRegistry[name];
  const availability = await entry.available(ctx);
  if (!availability.ok) {
    throw new UsageError(`Backend ${name} is not available: ${availability.reason ?? 'unknown reason'}`, '`modroute doctor` says what each backend needs; --backend auto answers with the best one that can run.');
  }
  return { name, entry };
};
