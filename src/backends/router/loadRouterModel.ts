import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModrouteError } from '../../errors.ts';
import type { ModuleGraph } from '../../graph/ModuleGraph.ts';
import type { ModelState, RouterModelFile } from '../../train/RouterModel.ts';
import { ROUTER_FORMAT_VERSION, routerModelPath } from '../../train/routerModelFormat.ts';
import type { Availability } from '../Backend.ts';

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

// Validating the model takes zod, and importing zod costs ~100 ms, a third of a one-shot `ask`. A
// model that passed validation is therefore also kept as validated, under <store>/cache, keyed by
// the model file's version: the next process reads that back and never loads zod. Anything else (a
// changed, corrupt or foreign file) goes through readRouterModel and its messages as before.
const validatedFile = (storeDir: string): string => join(storeDir, 'cache', 'router.validated');

const readValidated = (storeDir: string, key: string): ModelState | undefined => {
  try {
    const text = readFileSync(validatedFile(storeDir), 'utf8');
    const eol = text.indexOf('\n');
    if (text.slice(0, eol) !== key) return undefined;
    return { kind: 'ok', model: JSON.parse(text.slice(eol + 1)) as RouterModelFile };
  } catch {
    return undefined;
  }
};

const validate = async (storeDir: string, key: string): Promise<ModelState> => {
  const { readRouterModel } = await import('../../train/RouterModel.ts');
  const state = readRouterModel(storeDir);
  // Keep it only if the file did not change while it was read.
  if (state.kind === 'ok' && versionKey(routerModelPath(storeDir)) === key) {
    try {
      const file = validatedFile(storeDir);
      mkdirSync(join(storeDir, 'cache'), { recursive: true });
      writeFileSync(`${file}.${process.pid}.tmp`, `${key}\n${JSON.stringify(state.model)}`);
      renameSync(`${file}.${process.pid}.tmp`, file);
    } catch {
      // read-only store: validate again next time
    }
  }
  return state;
};

export const modelState = async (storeDir: string): Promise<ModelState> => {
  const path = routerModelPath(storeDir);
  const key = versionKey(path);
  if (key === undefined) return { kind: 'missing' };
  if (cache?.key !== `${path}:${key}`) {
    const state = readValidated(storeDir, key) ?? (await validate(storeDir, key));
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
export const requireRouterModel = async (storeDir: string, graph: ModuleGraph): Promise<{ model: RouterModelFile; warnings: string[] }> => {
  const state = await modelState(storeDir);
  const availability = await routerAvailability(storeDir);
  if (state.kind !== 'ok') throw new ModrouteError(`Cannot use the router model: ${availability.reason ?? state.kind}`, { hint: TRAIN_HINT, exitCode: 2 });
  const fit = checkModelFits(state.model, graph);
  if (fit.refused) throw new ModrouteError(`Refusing the router model: ${fit.refused}`, { hint: TRAIN_HINT, exitCode: 2 });
  return { model: state.model, warnings: fit.warning ? [fit.warning] : [] };
};
