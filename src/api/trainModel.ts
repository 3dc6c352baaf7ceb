import { accessSync, constants, mkdirSync } from 'node:fs';
import { UsageError } from '../errors.ts';
import { keepTrainedModel } from '../backends/router/loadRouterModel.ts';
import { ROUTER_MODEL_FILE, writeRouterModel, type RouterModelFile } from '../train/RouterModel.ts';
import { trainRouter, type TrainEvent } from '../train/trainRouter.ts';
import { openIndex } from './openIndex.ts';
import { resolveAsOfDate } from './resolveAsOfDate.ts';
import { readBackendConfig, withBackendConfig } from '../config/readBackendConfig.ts';
import { lexicalOverrides } from '../index/lexicalDefaults.ts';

/** Trainer engines `modroute train --engine` accepts. */
export const trainEngines = ['router'] as const;
export type TrainEngine = (typeof trainEngines)[number];

export interface TrainOptions {
  repo?: string;
  db?: string;
  engine?: TrainEngine;
  /** Same seed, same index → the same model file, byte for byte. */
  seed?: number;
  /** Wall-clock budget in seconds; training keeps the best model found within it. */
  timeBudgetS?: number;
  /** Backend options; `lexical` holds lexical overrides over the config's (the reranker's candidates must match the lexical backend's). */
  backendOptions?: Record<string, unknown>;
  /** ISO date or commit: learn only from history strictly before it (for honest evaluation on later requests). */
  asOf?: string;
  /** Also refine the shipped reranker on the repository's older commits (off by default: measured to overfit). */
  refineReranker?: boolean;
}

export interface TrainSummary {
  engine: TrainEngine;
  path: string;
  bytes: number;
  elapsedMs: number;
  indexFingerprint: string;
  datasetFingerprint: string;
  summary: RouterModelFile['summary'];
}

export type TrainModelEvent = TrainEvent | { kind: 'done'; result: TrainSummary };

/**
 * Trains the router on the index (pseudo-queries from the code plus commit history) and writes it
 * atomically beside the index as `router.json`; an interrupted run leaves the previous model.
 * @example for await (const e of trainModel({ repo: '.', seed: 1 })) if (e.kind === 'done') saved = e.result.path;
 */
export async function* trainModel(options: TrainOptions = {}): AsyncGenerator<TrainModelEvent> {
  const engine = options.engine ?? 'router';
  if (!(trainEngines as readonly string[]).includes(engine)) throw new UsageError(`Unknown engine: ${engine}`, `Use one of: ${trainEngines.join(', ')}.`);
  if (options.timeBudgetS !== undefined && !(options.timeBudgetS > 0)) throw new UsageError(`--time-budget must be a positive number of seconds, got ${options.timeBudgetS}`);
  const started = performance.now();
  const index = await openIndex(options);
  try {
    const graph = index.graph();
    if (graph.modules.length === 0) throw new UsageError('The index has no modules to train on', 'Run `modroute index` on a repository with source files first.');
    // The model goes beside the index: find out now, not after the whole training, that it can't.
    mkdirSync(index.info.storeDir, { recursive: true });
    accessSync(index.info.storeDir, constants.W_OK);
    const asOf = options.asOf === undefined ? undefined : await resolveAsOfDate(index.info.root, options.asOf);
    const run = trainRouter(graph, {
      seed: options.seed ?? 1,
      ...(options.timeBudgetS ? { timeBudgetS: options.timeBudgetS } : {}),
      ...(asOf ? { asOf } : {}),
      ...(options.refineReranker ? { refineReranker: true } : {}),
      lexicalOptions: lexicalOverrides(withBackendConfig(await readBackendConfig(index.info.root), options.backendOptions)),
    });
    let step = await run.next();
    while (!step.done) {
      yield step.value;
      step = await run.next();
    }
    const model = step.value;
    const path = writeRouterModel(index.info.storeDir, model);
    keepTrainedModel(index.info.storeDir, model);
    const bytes = Buffer.byteLength(JSON.stringify(model)) + 1;
    yield {
      kind: 'done',
      result: { engine, path, bytes, elapsedMs: performance.now() - started, indexFingerprint: model.indexFingerprint, datasetFingerprint: model.datasetFingerprint, summary: model.summary },
    };
  } finally {
    index.close();
  }
}

export { ROUTER_MODEL_FILE };
