import { statSync } from 'node:fs';
import { ModrouteError } from '../../errors.ts';
import type { ModuleGraph } from '../../graph/ModuleGraph.ts';
import { readRouterModel, routerModelPath, type ModelState, type RouterModelFile } from '../../train/RouterModel.ts';
import type { Availability } from '../Backend.ts';

const TRAIN_HINT = 'Run `modroute train --engine router` to (re)train it.';

// available() runs for every `auto` resolution; the file can be MBs, so parse it once per version on disk.
let cache: { key: string; state: ModelState } | undefined;

export const modelState = (storeDir: string): ModelState => {
  const path = routerModelPath(storeDir);
  let key: string;
  try {
    const st = statSync(path);
    key = `${path}:${st.size}:${st.mtimeMs}`;
  } catch {
    return { kind: 'missing' };
  }
  if (cache?.key !== key) cache = { key, state: readRouterModel(storeDir) };
  return cache.state;
};

export const routerAvailability = (storeDir: string): Availability => {
  const state = modelState(storeDir);
  if (state.kind === 'missing') return { ok: false, reason: `no trained model at ${routerModelPath(storeDir)}. ${TRAIN_HINT}` };
  if (state.kind === 'corrupt') return { ok: false, reason: `the model file ${routerModelPath(storeDir)} is unreadable (${state.reason}). ${TRAIN_HINT}` };
  return { ok: true };
};

/** Why a model can't serve this graph (foreign module set), or a staleness warning, or nothing. */
export const checkModelFits = (model: RouterModelFile, graph: ModuleGraph): { refused?: string; warning?: string } => {
  const ids = graph.modules.map((m) => m.id as string);
  if (ids.length !== model.moduleIds.length || ids.some((id, i) => model.moduleIds[i] !== id)) {
    return { refused: `it was trained on another index (its ${model.moduleIds.length} modules are not this index's ${ids.length})` };
  }
  if (model.indexFingerprint !== graph.fingerprint) {
    return { warning: `The router model is stale: it was trained on index ${model.indexFingerprint.slice(0, 12)}, the index is now ${graph.fingerprint.slice(0, 12)}. Run \`modroute train\` to refresh it.` };
  }
  return {};
};

/** Loads the model for `router`; anything unusable is a clear, user-fixable error. */
export const requireRouterModel = (storeDir: string, graph: ModuleGraph): { model: RouterModelFile; warnings: string[] } => {
  const state = modelState(storeDir);
  const availability = routerAvailability(storeDir);
  if (state.kind !== 'ok') throw new ModrouteError(`Cannot use the router model: ${availability.reason ?? state.kind}`, { hint: TRAIN_HINT, exitCode: 2 });
  const fit = checkModelFits(state.model, graph);
  if (fit.refused) throw new ModrouteError(`Refusing the router model: ${fit.refused}`, { hint: TRAIN_HINT, exitCode: 2 });
  return { model: state.model, warnings: fit.warning ? [fit.warning] : [] };
};
