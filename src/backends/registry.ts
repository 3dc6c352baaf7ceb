import { UsageError } from '../errors.ts';
import type { BackendContext, BackendEntry } from './Backend.ts';
import { createHybridBackend, hybridAvailability } from './hybrid/createHybridBackend.ts';
import { createAgentBackend } from './agent/createAgentBackend.ts';
import { createBm25Backend } from './lexical/createBm25Backend.ts';
import { createLexicalBackend } from './lexical/createLexicalBackend.ts';
import { createLlmBackend, llmAvailability } from './llm/createLlmBackend.ts';
import { driverAvailability } from './llm/createDriver.ts';
import { createOpenAiBackend, openAiAvailability } from './openai/createOpenAiBackend.ts';
import { createRagBackend } from './rag/createRagBackend.ts';
import { createRouterBackend } from './router/createRouterBackend.ts';
import { routerAvailability } from './router/loadRouterModel.ts';

const always = () => ({ ok: true });

/** Every ask backend. CLI help, HTTP docs and the MCP enum read this map; a new backend is one line. */
export const backendRegistry = {
  lexical: { create: createLexicalBackend, available: always, autoPriority: 100, summary: 'BM25F over module fields + expansion + graph step' },
  hybrid: { create: createHybridBackend, available: (ctx) => hybridAvailability(ctx.storeDir), autoPriority: 10, summary: 'lexical candidates reranked and fused with the trained router' },
  router: { create: createRouterBackend, available: (ctx) => routerAvailability(ctx.storeDir), autoPriority: 50, summary: 'classifier trained on this repository (modroute train)' },
  llm: { create: createLlmBackend, available: (ctx) => llmAvailability(ctx.options), autoPriority: 5, summary: 'local GGUF model (node-llama-cpp), grammar-constrained module ids; needs --model' },
  openai: { create: createOpenAiBackend, available: (ctx) => openAiAvailability(ctx.options), autoPriority: 6, summary: 'OpenAI-compatible chat endpoint, JSON-schema ids; needs --endpoint' },
  rag: { create: createRagBackend, available: (ctx) => driverAvailability(ctx.options), autoPriority: 200, summary: 'top lexical candidates\' cards in the prompt of the llm/openai model' },
  agent: { create: (ctx) => createAgentBackend(ctx), available: (ctx) => driverAvailability(ctx.options), autoPriority: 300, summary: 'bounded tool loop (search, open, neighbours, grep) driven by llm/openai' },
  bm25: { create: createBm25Backend, available: always, autoPriority: 1000, summary: 'plain BM25 baseline (one field, no expansion)' },
} as const satisfies Record<string, BackendEntry>;

export type BackendName = keyof typeof backendRegistry;
export const backendNames = Object.keys(backendRegistry) as [BackendName, ...BackendName[]];

const isBackendName = (name: string): name is BackendName => Object.hasOwn(backendRegistry, name);

/**
 * Looks a backend up by name, or for `auto` picks the available one with the lowest `autoPriority`
 * (ties by name). Throws UsageError for an unknown name, or a named backend that is not available.
 */
export const resolveBackend = (
  name: string,
  ctx: Omit<BackendContext, 'graph'>,
): { name: BackendName; entry: BackendEntry } => {
  if (name === 'auto') {
    const candidates = backendNames
      .map((n) => ({ name: n, entry: backendRegistry[n] as BackendEntry }))
      .filter((c) => c.entry.available(ctx).ok)
      .sort((a, b) => a.entry.autoPriority - b.entry.autoPriority || (a.name < b.name ? -1 : 1));
    const best = candidates[0];
    if (best === undefined) throw new UsageError('No backend is available', `Backends: ${backendNames.join(', ')}.`);
    return best;
  }
  if (!isBackendName(name)) {
    throw new UsageError(`Unknown backend: ${name}`, `Use one of: auto, ${backendNames.join(', ')}.`);
  }
  const entry: BackendEntry = backendRegistry[name];
  const availability = entry.available(ctx);
  if (!availability.ok) {
    throw new UsageError(`Backend ${name} is not available: ${availability.reason ?? 'unknown reason'}`, 'Use --backend auto.');
  }
  return { name, entry };
};
