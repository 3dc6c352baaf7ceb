import type { ModuleGraph } from '../../graph/ModuleGraph.ts';

/** How the modules a model was trained on line up with the index's modules now. */
export interface ModuleMapping {
  /** For each module of the index (graph order), its row in the model, or -1 for a module the model never saw. */
  toModel: Int32Array;
  /** Index modules the model never saw (added since training). */
  added: string[];
  /** Model modules the index no longer has (removed or renamed since training). */
  removed: string[];
}

/** Lines up a model's module list with the graph's: identical lists map i → i. */
export const mapModules = (modelIds: readonly string[], graph: ModuleGraph): ModuleMapping => {
  const row = new Map(modelIds.map((id, i) => [id, i]));
  const toModel = Int32Array.from(graph.modules, (m) => row.get(m.id) ?? -1);
  const present = new Set(graph.modules.map((m) => m.id as string));
  return {
    toModel,
    added: graph.modules.filter((_, i) => toModel[i] === -1).map((m) => m.id as string),
    removed: modelIds.filter((id) => !present.has(id)),
  };
};

/**
 * The model's probabilities (model order) as the index's (graph order): a module the model never saw
 * gets 0, a module the index no longer has drops out. The rest keep their values, so a module added
 * since training is ranked by its lexical evidence alone until the next `train`.
 */
export const probsForGraph = (modelProbs: Float64Array, mapping: ModuleMapping): Float64Array =>
  Float64Array.from(mapping.toModel, (r) => (r < 0 ? 0 : (modelProbs[r] ?? 0)));

/** "a, b and 3 more": a short list for a warning. */
export const someIds = (ids: readonly string[], max = 3): string =>
  ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
