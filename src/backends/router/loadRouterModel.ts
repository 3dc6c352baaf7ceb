import { statSync } from 'node:fs';
import { ModrouteError } from '../../errors.ts';
import type { ModuleGraph } from '../../graph/ModuleGraph.ts';
import type { ModelState, RouterModelFile } from '../../train/RouterModel.ts';
import { ROUTER_FORMAT_VERSION, routerModelPath } from '../../train/routerModelFormat.ts';
import type { Availability } from '../Backend.ts';
import { mapModules, someIds, type ModuleMapping } from './moduleMapping.ts';
import { readValidatedModel, writeValidatedModel } from './validatedModelCache.ts';

const TRAIN_HINT = 'Run `modroute train --engine router` to (re)train it.';

// available() runs for every `auto` resolution; the file can be MBs, so parse it once per version on disk.
let cache: { key: string; state: ModelState } | undefined;

/** The file's version: a retrain renames a new file in (new inode); any write in place moves ctime. */
const versionKey = (path: string): string | undefined => {
  try {
    const st = statSync(path);
    return `v${ROUTER_FORMAT_VERSION}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
  } catch {
    return undefined;
  }
};

const validate = async (storeDir: string, key: string): Promise<ModelState> => {
  const { readRouterModel } = await import('../../train/RouterModel.ts');
  const state = readRouterModel(storeDir);
  // Keep it only if the file did not change while it was read.
  if (state.kind === 'ok' && versionKey(routerModelPath(storeDir)) === key) writeValidatedModel(storeDir, key, state.model);
  return state;
};

/**
 * Right after training: the model just written is valid by construction, so it is kept as validated at
 * once and the first `ask` does not spend seconds in zod on a model of several MB (llama.cpp: 16 MB,
 * first ask 5.1 s, later ones 0.6 s).
 */
export const keepTrainedModel = (storeDir: string, model: RouterModelFile): void => {
  const key = versionKey(routerModelPath(storeDir));
  if (key !== undefined) writeValidatedModel(storeDir, key, model);
};

/**
 * The model file's state. Only a file that is new or changed since it last passed validation goes
 * through readRouterModel (and zod); see validatedModelCache.ts.
 */
export const modelState = async (storeDir: string): Promise<ModelState> => {
  const path = routerModelPath(storeDir);
  const key = versionKey(path);
  if (key === undefined) return { kind: 'missing' };
  if (cache?.key !== `${path}:${key}`) {
    const kept = readValidatedModel(storeDir, key);
    const state: ModelState = kept ? { kind: 'ok', model: kept } : await validate(storeDir, key);
    cache = { key: `${path}:${key}`, state };
  }
  return cache.state;
};

export const routerAvailability = async (storeDir: string): Promise<Availability> => {
  const state = await modelState(storeDir);
  if (state.kind === 'missing') return { ok: false, reason: `no trained model at ${routerModelPath(storeDir)}. ${TRAIN_HINT}` };
  if (state.kind === 'corrupt') return { ok: false, reason: `the model file ${routerModelPath(storeDir)} is unreadable (${state.reason}). ${TRAIN_HINT}` };
  return { ok: true };
};

/**
 * `auto` picks hybrid whenever a model file exists, even an unusable one: hybrid then answers with
 * `lexical` and says why in the warnings, instead of `auto` silently dropping the trained model.
 */
export const hybridAvailability = async (storeDir: string): Promise<Availability> =>
  (await modelState(storeDir)).kind === 'missing' ? routerAvailability(storeDir) : { ok: true };

/**
 * Why a model can't serve this graph, or a staleness warning, or nothing; with the mapping from the
 * index's modules to the model's. A model whose modules are mostly this index's serves it (modules
 * added since training get no classifier probability, removed ones drop out); one that shares fewer
 * than half of them was trained on another index and is refused.
 */
export const checkModelFits = (model: RouterModelFile, graph: ModuleGraph): { refused?: string; warning?: string; mapping: ModuleMapping } => {
  const mapping = mapModules(model.moduleIds, graph);
  const shared = graph.modules.length - mapping.added.length;
  if (shared === 0 || shared * 2 < model.moduleIds.length || shared * 2 < graph.modules.length) {
    return { refused: `it was trained on another index (${shared} of its ${model.moduleIds.length} modules are among this index's ${graph.modules.length})`, mapping };
  }
  if (mapping.added.length > 0 || mapping.removed.length > 0) {
    const changes = [
      ...(mapping.added.length > 0 ? [`${mapping.added.length} new since training (${someIds(mapping.added)}), ranked by their lexical evidence alone`] : []),
      ...(mapping.removed.length > 0 ? [`${mapping.removed.length} gone (${someIds(mapping.removed)})`] : []),
    ];
    return { warning: `The router model is stale: the index's modules changed since it was trained: ${changes.join('; ')}. Run \`modroute train\` to refresh it.`, mapping };
  }
  if (model.indexFingerprint !== graph.fingerprint) {
    return { warning: `The router model is stale: it was trained on index ${model.indexFingerprint.slice(0, 12)}, the index is now ${graph.fingerprint.slice(0, 12)}. Run \`modroute train\` to refresh it.`, mapping };
  }
  return { mapping };
};

/** Loads the model for `router`; anything unusable is a clear, user-fixable error. */
export const requireRouterModel = async (storeDir: string, graph: ModuleGraph): Promise<{ model: RouterModelFile; mapping: ModuleMapping; warnings: string[] }> => {
  const state = await modelState(storeDir);
  const availability = await routerAvailability(storeDir);
  if (state.kind !== 'ok') throw new ModrouteError(`Cannot use the router model: ${availability.reason ?? state.kind}`, { hint: TRAIN_HINT, exitCode: 2 });
  const fit = checkModelFits(state.model, graph);
  if (fit.refused) throw new ModrouteError(`Refusing the router model: ${fit.refused}`, { hint: TRAIN_HINT, exitCode: 2 });
  return { model: state.model, mapping: fit.mapping, warnings: fit.warning ? [fit.warning] : [] };
};
