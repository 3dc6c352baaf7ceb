import { createHash } from 'node:crypto';
import type { ModuleGraph } from '../graph/ModuleGraph.ts';
import { rngFor } from '../util/random.ts';
import { fuseRankings } from './fuseRankings.ts';
import { CANDIDATES, createCandidateSource, type CandidateSource } from './lexicalCandidates.ts';
import { listAcc1, trainReranker, type ListwiseReranker, type RankingList } from './ListwiseReranker.ts';
import { candidateFeatures, featureNames, lexicalOrderReranker, moduleStats, type ModuleStats } from './rerankFeatures.ts';
import { encodeClassifier, ROUTER_FORMAT_VERSION, type RouterModelFile } from './RouterModel.ts';
import { modelTrust, trustedFusion } from './modelTrust.ts';
import { loadShippedReranker } from './shippedReranker.ts';
import { classify, defaultClassifierOptions, trainClassifier, type SoftmaxClassifier } from './SoftmaxClassifier.ts';
import { codeExamples, historyExamples, type TrainingExample } from './trainingExamples.ts';

export interface TrainRouterOptions {
  seed: number;
  /** Wall-clock budget in seconds; training stops early (keeping the best model so far) past it. */
  timeBudgetS?: number;
  /** Lexical overrides, the same the `lexical` backend gets (candidates must match at ask time). */
  lexicalOptions?: Record<string, unknown>;
  /** The reranker to start from (default: the shipped one in models/). */
  shipped?: ListwiseReranker;
  /**
   * Also refine the shipped reranker on the repository's own older commits, keeping it if it wins on
   * the newest 20% (default false: on ../shared/corpus with pseudo-history, refined rerankers won
   * validation and then lost on later requests, see README.md in this folder).
   */
  refineReranker?: boolean;
  /**
   * ISO date: learn only from commits strictly before it, as if training had run then. Evaluating on
   * requests after the cut is then free of peeking at the future (`eval` passes each case's date).
   */
  asOf?: string;
}

export type TrainEvent =
  | { kind: 'phase'; phase: 'examples' | 'classifier' | 'folds' | 'reranker' | 'fusion'; message: string }
  | { kind: 'epoch'; stage: 'classifier' | 'fold'; epoch: number; maxEpochs: number; loss: number; valAcc1?: number }
  | { kind: 'warning'; message: string };

/** Commits needed before the repository's own history is split off for validation and reranking. */
export const MIN_HISTORY = 40;
const FOLDS = 3;

const fingerprint = (examples: readonly TrainingExample[]): string => {
  const h = createHash('sha256');
  for (const e of examples) h.update(`${e.text}\u0000${e.targets.join(',')}\u0000${e.weight}\n`);
  return h.digest('hex').slice(0, 16);
};

const lists = async (
  examples: readonly TrainingExample[],
  source: CandidateSource,
  stats: ModuleStats,
  probsFor: (e: TrainingExample, i: number) => Float64Array,
): Promise<(RankingList & { probs: Float64Array; modules: number[] })[]> => {
  const out: (RankingList & { probs: Float64Array; modules: number[] })[] = [];
  for (const [i, e] of examples.entries()) {
    const { candidates } = await source.search(e.text, CANDIDATES, e.date);
    const probs = probsFor(e, i);
    out.push({
      rows: candidateFeatures(e.text, candidates, probs, stats, e.date),
      gold: candidates.map((c) => e.targets.includes(c.module)),
      probs,
      modules: candidates.map((c) => c.module),
    });
  }
  return out;
};

/**
 * Trains the router for one graph: a softmax classifier on pseudo-queries from the code plus commit
 * subjects, then the candidate reranker (the shipped one, refined on the repository's history when
 * it has enough and that wins on validation), then the hybrid fusion weight. Yields progress; returns
 * the model file content (the caller writes it).
 */
export async function* trainRouter(fullGraph: ModuleGraph, options: TrainRouterOptions): AsyncGenerator<TrainEvent, RouterModelFile> {
  const started = performance.now();
  const cut = options.asOf === undefined ? Infinity : Date.parse(options.asOf);
  const graph: ModuleGraph = Number.isFinite(cut) ? { ...fullGraph, commits: fullGraph.commits.filter((c) => Date.parse(c.date) < cut) } : fullGraph;
  if (Number.isFinite(cut)) {
    yield { kind: 'phase', phase: 'examples', message: `history cut at ${options.asOf}: ${graph.commits.length} of ${fullGraph.commits.length} commits are before it` };
  }
  const deadline = options.timeBudgetS ? started + options.timeBudgetS * 1000 : Infinity;
  const m = graph.modules.length;
  const code = codeExamples(graph);
  const history = historyExamples(graph);
  yield { kind: 'phase', phase: 'examples', message: `${code.length} pseudo-queries from code, ${history.length} commit subjects, ${m} modules` };
  if (m === 1) yield { kind: 'warning', message: `The index has one module (${graph.modules[0]?.id}): every answer will be that module` };
  // Every module has its path as a pseudo-query; one with nothing else gives the classifier little.
  const perModule = new Map<number, number>();
  for (const e of [...code, ...history]) for (const t of e.targets) perModule.set(t, (perModule.get(t) ?? 0) + 1);
  const thin = graph.modules.filter((_, i) => (perModule.get(i) ?? 0) <= 1).map((x) => x.id);
  if (thin.length > 0 && m > 1) {
    yield { kind: 'warning', message: `${thin.length} module(s) have no training example besides their path (no files, names, docs or commits): ${thin.slice(0, 5).join(', ')}${thin.length > 5 ? ', …' : ''}; they rely on lexical matches` };
  }

  // Validation: the newest commits when there is history (later requests are what we must answer),
  // otherwise a seeded sample of the pseudo-queries.
  let train: TrainingExample[];
  let val: TrainingExample[];
  const fromHistory = history.length >= MIN_HISTORY;
  if (fromHistory) {
    const cut = Math.floor(history.length * 0.8);
    train = [...code, ...history.slice(0, cut)];
    val = history.slice(cut);
  } else {
    if (history.length > 0) yield { kind: 'warning', message: `Only ${history.length} usable commits (need ${MIN_HISTORY} to learn from history): using the shipped reranker and validating on pseudo-queries` };
    const rng = rngFor(options.seed, 'validation');
    const held = new Set(m > 1 ? rng.shuffle(code.map((_, i) => i)).slice(0, Math.floor(code.length * 0.15)) : []);
    train = [...code.filter((_, i) => !held.has(i)), ...history];
    val = code.filter((_, i) => held.has(i));
  }

  const clfOptions = { ...defaultClassifierOptions, seed: options.seed };
  yield { kind: 'phase', phase: 'classifier', message: `classifier: ${train.length} training and ${val.length} validation examples` };
  const clfDeadline = Number.isFinite(deadline) ? started + (deadline - started) * 0.5 : Infinity;
  const run = trainClassifier(train, val, m, clfOptions, clfDeadline);
  let step = run.next();
  let bestEpoch = 1;
  let bestAcc = -1;
  while (!step.done) {
    const r = step.value;
    if ((r.valAcc1 ?? 0) > bestAcc) {
      bestAcc = r.valAcc1 ?? 0;
      bestEpoch = r.epoch;
    }
    yield { kind: 'epoch', stage: 'classifier', epoch: r.epoch, maxEpochs: clfOptions.maxEpochs, loss: r.loss, ...(r.valAcc1 !== undefined ? { valAcc1: r.valAcc1 } : {}) };
    step = run.next();
  }
  const clf = step.value;

  const source = createCandidateSource(graph, options.lexicalOptions);
  const stats = moduleStats(graph);
  const shipped = options.shipped ?? loadShippedReranker();
  let reranker = shipped;
  let rerankerSource: 'shipped' | 'repository' | 'lexical' = 'shipped';
  const summary: Record<string, unknown> = { modules: m, codeExamples: code.length, historyExamples: history.length, validation: fromHistory ? 'newest commits' : 'pseudo-queries', validationExamples: val.length, classifierEpochs: bestEpoch };

  yield { kind: 'phase', phase: 'reranker', message: `reranker: scoring ${val.length} validation queries` };
  const valLists = await lists(val, source, stats, (e) => classify(clf, e.text));
  summary.shippedValAcc1 = listAcc1(shipped, valLists);
  const historyTrain = fromHistory ? history.slice(0, Math.floor(history.length * 0.8)) : [];
  if (options.refineReranker === true && historyTrain.length >= MIN_HISTORY && performance.now() < deadline) {
    // The classifier probability of a training query must come from a model that did not see it.
    yield { kind: 'phase', phase: 'folds', message: `reranker: ${FOLDS}-fold classifiers over ${historyTrain.length} commits` };
    const foldOf = (i: number) => i % FOLDS;
    const foldModels: SoftmaxClassifier[] = [];
    for (let f = 0; f < FOLDS; f++) {
      const foldTrain = [...code, ...historyTrain.filter((_, i) => foldOf(i) !== f)];
      const g = trainClassifier(foldTrain, [], m, { ...clfOptions, maxEpochs: bestEpoch, seed: options.seed + f + 1 }, deadline);
      let s = g.next();
      while (!s.done) {
        yield { kind: 'epoch', stage: 'fold', epoch: s.value.epoch, maxEpochs: bestEpoch, loss: s.value.loss };
        s = g.next();
      }
      foldModels.push(s.value);
    }
    const trainLists = await lists(historyTrain, source, stats, (e, i) => classify(foldModels[foldOf(i)] as SoftmaxClassifier, e.text));
    const refined = trainReranker(featureNames, trainLists, { iterations: 300, learningRate: 0.03, l2: 0.05 }, shipped.weights);
    summary.refinedValAcc1 = listAcc1(refined, valLists);
    if ((summary.refinedValAcc1 as number) > (summary.shippedValAcc1 as number)) {
      reranker = refined;
      rerankerSource = 'repository';
    }
  } else if (options.refineReranker === true && fromHistory) {
    yield { kind: 'warning', message: 'Time budget spent before the reranker could learn from history: keeping the shipped reranker' };
  }
  if (fromHistory) {
    // The repository's newest commits are the best judge there is: where lexical order alone answers
    // more of them than either reranker, the hybrid keeps lexical order (and the classifier, via β).
    const lexicalOrder = lexicalOrderReranker();
    summary.lexicalValAcc1 = listAcc1(lexicalOrder, valLists);
    const chosen = rerankerSource === 'repository' ? (summary.refinedValAcc1 as number) : (summary.shippedValAcc1 as number);
    if ((summary.lexicalValAcc1 as number) > chosen) {
      reranker = lexicalOrder;
      rerankerSource = 'lexical';
    }
  }

  // β mixes in the classifier over all modules. Fitted only on real requests (history): pseudo-queries
  // read like the code the classifier learned from and would overrate it.
  let beta = 0;
  if (fromHistory) {
    yield { kind: 'phase', phase: 'fusion', message: 'hybrid: fitting the fusion weight on validation' };
    let best = -1;
    for (const b of [0, 0.05, 0.1, 0.2, 0.3, 0.5]) {
      let hits = 0;
      for (const [i, l] of valLists.entries()) {
        // fused as the hybrid fuses this request (a long one closer to lexical order, modelTrust.ts)
        const fusion = trustedFusion(reranker, b, modelTrust(val[i]?.text ?? ''));
        const fused = fuseRankings(l.modules.map((module) => ({ module })), l.rows, fusion.reranker, l.probs, fusion.beta);
        if (fused[0] && val[i]?.targets.includes(fused[0].module)) hits++;
      }
      if (hits > best) {
        best = hits;
        beta = b;
      }
    }
    summary.hybridValAcc1 = val.length > 0 ? best / val.length : 0;
  }
  summary.rerankerSource = rerankerSource;
  summary.fusionBeta = beta;
  return {
    format: 'modroute-router',
    version: ROUTER_FORMAT_VERSION,
    indexFingerprint: graph.fingerprint,
    moduleIds: graph.modules.map((x) => x.id),
    datasetFingerprint: fingerprint(train),
    config: { seed: options.seed, dims: clfOptions.dims, ...(options.timeBudgetS ? { timeBudgetS: options.timeBudgetS } : {}), ...(options.asOf ? { asOf: options.asOf } : {}) },
    classifier: encodeClassifier(clf),
    reranker: { source: rerankerSource, features: reranker.features, weights: reranker.weights },
    fusion: { beta },
    summary,
  };
}
