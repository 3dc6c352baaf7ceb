import type { AskResult, Backend } from '../backends/Backend.ts';
import type { ModuleGraph } from '../graph/ModuleGraph.ts';
import { backendRegistry, resolveBackend } from '../backends/registry.ts';
import { openIndex, type ModrouteIndex } from './openIndex.ts';
import { resolveAsOfDate } from './resolveAsOfDate.ts';
import { readBackendConfig, withBackendConfig } from '../config/readBackendConfig.ts';
import { readGitHead } from './readGitHead.ts';

export interface SessionOptions {
  repo?: string;
  db?: string;
  /** Backend-specific options (e.g. lexical weights, model paths), passed through as validated. */
  backendOptions?: Record<string, unknown>;
}

export interface AskParams {
  backend?: string;
  top?: number;
  /** ISO date or a commit: only history strictly before it is used. */
  asOf?: string;
  /** Warn when files of the answered modules were edited since `modroute index` (a few stats; off for eval). */
  checkEdits?: boolean;
}

export interface AskAnswer extends AskResult {
  backend: string;
  query: string;
  elapsedMs: number;
}

export interface Session {
  readonly index: ModrouteIndex;
  ask(query: string, params?: AskParams): Promise<AskAnswer>;
  /** The backend that `name` (or auto) resolves to, created once per session. */
  backend(name?: string): Promise<{ name: string; backend: Backend }>;
  /** Turns a commit-ish or date into an ISO date (cached). */
  resolveAsOf(asOf: string): Promise<string>;
  dispose(): Promise<void>;
}

/**
 * A long-lived handle for many questions against one index: the graph is loaded once and each
 * backend is built once. `ask()` and `evaluate()` use it; so does the server.
 */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const index = await openIndex(options);
  const backends = new Map<string, Promise<{ name: string; backend: Backend }>>();
  const asOfCache = new Map<string, Promise<string>>();
  // The config's `lexical` and `llm` sections, under what the caller passed: read per session, so
  // an edit needs no re-index (the cached lexical index is keyed by its options and rebuilt).
  let backendOptions: Record<string, unknown>;
  try {
    backendOptions = withBackendConfig(await readBackendConfig(index.info.root), options.backendOptions);
  } catch (error) {
    index.close();
    throw error;
  }
  const ctx = { storeDir: index.info.storeDir, options: backendOptions };
  // New commits since `modroute index` are history (and maybe modules) the answer cannot know about.
  const head = index.info.head !== undefined ? readGitHead(index.info.root) : undefined;
  const stale = head !== undefined && head !== index.info.head
    ? [`the repository has commits the index has not read (HEAD ${head.slice(0, 12)}, indexed at ${index.info.head?.slice(0, 12)}): run \`modroute index\` to bring it up to date`]
    : [];
  const getBackend = (requested = 'auto') => {
    let entry = backends.get(requested);
    if (!entry) {
      entry = resolveBackend(requested, ctx).then((resolved) => {
        const created = resolved.entry
          .create({ ...ctx, graph: lazyGraph(index) })
          .then((backend) => ({ name: backend.name, backend: withWarnings(backend, resolved.passedOver ?? []) }));
        // A backend the user named fails loudly; one that `auto` chose (a model that will not load,
        // an endpoint that is down) must not cost the user an answer: fall back to lexical, say why.
        return requested === 'auto' && resolved.name !== 'lexical' ? created.catch((error: unknown) => fallBack(resolved.name, error)) : created;
      });
      backends.set(requested, entry);
    }
    return entry;
  };
  const fallBack = async (chosen: string, error: unknown) => {
    const lexical = await backendRegistry.lexical.create({ ...ctx, graph: lazyGraph(index) });
    const why = `auto chose ${chosen}, which failed (${error instanceof Error ? error.message : String(error)}); answering with lexical`;
    return { name: 'lexical', backend: withWarnings(lexical, [why]) };
  };
  const resolveAsOf = (asOf: string) => {
    let cached = asOfCache.get(asOf);
    if (!cached) {
      cached = resolveAsOfDate(index.info.root, asOf);
      asOfCache.set(asOf, cached);
    }
    return cached;
  };
  return {
    index,
    backend: getBackend,
    resolveAsOf,
    async ask(query, params = {}) {
      const requested = params.backend ?? 'auto';
      const { name, backend } = await getBackend(requested);
      const asOf = params.asOf ? await resolveAsOf(params.asOf) : undefined;
      const started = performance.now();
      const options = { top: params.top ?? 5, ...(asOf ? { asOf } : {}) };
      const result = await backend.ask(query, options);
      // No peeking at the future: a model that learned from commits after --as-of cannot forget them.
      // A named backend answers with a warning saying so; `auto` answers with lexical instead.
      const peek = requested === 'auto' && asOf ? result.laterHistory : undefined;
      if (peek !== undefined) {
        const lexical = await getBackend('lexical');
        const plain = await lexical.backend.ask(query, options);
        const why = `auto answered with lexical: ${peek.replace(/: its part of the answer.*$/u, '')} (--backend ${name} uses the model anyway)`;
        return { ...plain, warnings: [why, ...stale, ...plain.warnings], backend: lexical.name, query, elapsedMs: performance.now() - started };
      }
      // (After new commits the warning above already says to re-index.)
      const edited = params.checkEdits === true && stale.length === 0 ? index.editedFiles(result.modules.map((m) => m.id)) : [];
      const editWarning = edited.length > 0
        ? [`${edited.length} file${edited.length === 1 ? '' : 's'} of the answered modules changed since \`modroute index\` (${edited.slice(0, 3).join(', ')}${edited.length > 3 ? ', …' : ''}): run it to bring the answer up to date`]
        : [];
      return { ...result, warnings: [...stale, ...editWarning, ...result.warnings], backend: name, query, elapsedMs: performance.now() - started };
    },
    async dispose() {
      for (const b of backends.values()) await (await b.catch(() => undefined))?.backend.dispose?.();
      index.close();
    },
  };
}

/**
 * The graph as backends get it: the fingerprint is already known from the index's metadata, the rest
 * is read on first touch. `lexical` with its cached index needs nothing else, so a one-shot ask skips
 * loading every module, symbol and commit (~10% of it on svelte).
 */
const lazyGraph = (index: ModrouteIndex): ModuleGraph => ({
  // The store's metadata has it (what the loaded graph says): reading a quoted phrase's files must not load the graph.
  root: index.info.indexedRoot ?? index.info.root,
  get modules() {
    return index.graph().modules;
  },
  get edges() {
    return index.graph().edges;
  },
  get commits() {
    return index.graph().commits;
  },
  get head() {
    return index.graph().head;
  },
  // Known from the store's tables: asking must not load the graph just to learn it.
  ...(index.info.termBags ? { termBag: (file: string) => index.graph().termBag?.(file) ?? [] } : {}),
  fingerprint: index.info.fingerprint,
});

/** The backend, with `warnings` put before each answer's own (nothing changes when there are none). */
const withWarnings = (backend: Backend, warnings: string[]): Backend =>
  warnings.length === 0
    ? backend
    : {
        ...backend,
        ask: async (query, opts) => {
          const r = await backend.ask(query, opts);
          return { ...r, warnings: [...warnings, ...r.warnings] };
        },
      };
