import type { ModuleGraph } from '../graph/ModuleGraph.ts';
import type { ModuleId } from '../graph/types.ts';

/** One answer: a valid module id of the index, its score and a short human reason. */
export interface RankedModule {
  id: ModuleId;
  score: number;
  /** One line: which fields/terms matched, which neighbours contributed. */
  reason: string;
  /** Structured evidence for --json and reports (backend-specific, JSON-serializable). */
  evidence?: Record<string, unknown>;
}

export interface AskOptions {
  top: number;
  /** ISO date: only history strictly before this point may be used (no peeking at the future). */
  asOf?: string;
}

export interface AskResult {
  modules: RankedModule[];
  warnings: string[];
  /** Set by a trained backend whose model learned from commits after `asOf`: the warning saying so (also in `warnings`). */
  laterHistory?: string;
}

export interface Backend {
  readonly name: string;
  ask(query: string, options: AskOptions): Promise<AskResult>;
  dispose?(): Promise<void>;
}

/** What a backend factory gets: the graph plus the narrow options it needs. */
export interface BackendContext {
  graph: ModuleGraph;
  /** Directory beside the index where models and caches live (e.g. <repo>/.modroute). */
  storeDir: string;
  /** Backend-specific options, already validated by config/. */
  options: Record<string, unknown>;
}

export interface Availability {
  ok: boolean;
  reason?: string;
}

export interface BackendEntry {
  create(ctx: BackendContext): Promise<Backend>;
  /** Async: it may load the backend's code or read its model file (once per process). */
  available(ctx: Omit<BackendContext, 'graph'>): Promise<Availability>;
  /** Lower = preferred by `auto` when available. */
  autoPriority: number;
  summary: string;
}
