import { futureHistoryWarning } from '../router/futureHistoryWarning.ts';
import { fuseRankings } from '../../train/fuseRankings.ts';
import { steerFused } from '../../train/steerFused.ts';
import { CANDIDATES, createCandidateSource } from '../../train/lexicalCandidates.ts';
import { candidateFeatures, featureLabels, featureNames, moduleStats, type FeatureName } from '../../train/rerankFeatures.ts';
import { alignReranker } from '../../train/alignReranker.ts';
import { modelTrust, trustedFusion } from '../../train/modelTrust.ts';
import { classify, knowsAnyWord, topWords } from '../../train/SoftmaxClassifier.ts';
import type { AskOptions, AskResult, Backend, BackendContext } from '../Backend.ts';
import { lexicalDefaults, lexicalOverrides, mergeLexicalOptions } from '../../index/lexicalDefaults.ts';
import { createLexicalBackend, validateAsk } from '../lexical/createLexicalBackend.ts';
import { loadLexicalIndex } from '../lexical/loadLexicalIndex.ts';
import { checkModelFits, modelState } from '../router/loadRouterModel.ts';
import { probsForGraph } from '../router/moduleMapping.ts';
import { routerClassifier } from '../router/validatedModelCache.ts';

const fallback = async (ctx: BackendContext, why: string): Promise<Backend> => {
  const lexical = await createLexicalBackend(ctx);
  return {
    // What answered, as the timing line and --json report it: the warning says why not hybrid.
    name: 'lexical',
    async ask(query, options) {
      const r = await lexical.ask(query, options);
      return { ...r, warnings: [`${why}; answering with lexical. Run \`modroute train --engine router\` to fix it.`, ...r.warnings] };
    },
  };
};

/** Lexical candidates reranked with the trained classifier, fused with the classifier over all modules. */
export const createHybridBackend = async (ctx: BackendContext): Promise<Backend> => {
  const state = await modelState(ctx.storeDir);
  if (state.kind !== 'ok') return fallback(ctx, `The router model is unusable (${state.kind === 'corrupt' ? state.reason : 'missing'})`);
  const fit = checkModelFits(state.model, ctx.graph);
  if (fit.refused) return fallback(ctx, `The router model was refused: ${fit.refused}`);
  const model = state.model;
  const clf = routerClassifier(model);
  const reranker = alignReranker(model.reranker.features, model.reranker.weights);
  // The lexical backend's cached index (same options): rebuilding it was ~60% of a one-shot ask.
  const overrides = lexicalOverrides(ctx.options);
  const source = createCandidateSource(ctx.graph, overrides, loadLexicalIndex('lexical', ctx, mergeLexicalOptions(lexicalDefaults, overrides)));
  const stats = moduleStats(ctx.graph);
  const modules = ctx.graph.modules;
  return {
    name: 'hybrid',
    async ask(query: string, options: AskOptions): Promise<AskResult> {
      validateAsk(query, options);
      const { candidates, warnings, corrections } = await source.search(query, CANDIDATES, options.asOf);
      // The model reads the words lexical search corrected too ("recieve" is no word it was trained on).
      const text = corrections.length > 0 ? `${query} ${corrections.join(' ')}` : query;
      // Nothing matched and the model knows no word of it: the fused list would be the model's prior.
      if (candidates.length === 0 && !knowsAnyWord(clf, text)) return { modules: [], warnings };
      const probs = probsForGraph(classify(clf, text), fit.mapping);
      const rows = candidateFeatures(text, candidates, probs, stats, options.asOf);
      const later = futureHistoryWarning(ctx.graph, options.asOf, model.config.asOf);
      // A request much longer than a commit subject is answered closer to lexical order (modelTrust.ts).
      const trust = modelTrust(query);
      const fusion = trustedFusion(reranker, model.fusion.beta, trust);
      const ranked = fuseRankings(candidates, rows, fusion.reranker, probs, fusion.beta);
      // (in lexical order the platform and language factors are applied already: steering again would count them twice)
      const fused = (trust > 0 ? steerFused(ranked, candidates) : ranked).slice(0, options.top);
      const trustNote = trust >= 1 ? [] : [trust <= 0 ? 'long request: lexical order' : `long request: lexical order weighs ${Math.round((1 - trust) * 100)}%`];
      return {
        modules: fused.flatMap((f) => {
          const node = modules[f.module];
          if (!node) return [];
          const cand = f.candidate !== undefined ? candidates[f.candidate] : undefined;
          const decisive = (f.contributions ?? [])
            .map((v, k) => ({ name: featureNames[k] ?? '?', v }))
            .filter((x) => x.v > 0)
            .sort((a, b) => b.v - a.v)
            .slice(0, 2)
            .map((x) => x.name);
          const labels = [...new Set(decisive.map((name) => featureLabels[name as FeatureName] ?? name))];
          const words = topWords(clf, text, fit.mapping.toModel[f.module] ?? -1);
          const parts = [
            ...trustNote,
            ...(labels.length > 0 && trust > 0 ? [`reranked on ${labels.join(', ')}`] : []),
            ...(cand ? [cand.reason] : ['not a lexical match']),
            ...(words.length > 0 && trust > 0 ? [`model: ${words.join(', ')}`] : []),
          ];
          return [{
            id: node.id,
            score: Math.round(f.prob * 1e6) / 1e6,
            reason: parts.join(' · '),
            evidence: { probability: f.prob, classifier: probs[f.module] ?? 0, decisive, words, modelTrust: trust, ...(cand ? { lexicalRank: cand.rank + 1, lexical: cand.evidence } : {}) },
          }];
        }),
        warnings: [...(fit.warning ? [fit.warning] : []), ...warnings, ...(later ? [later] : [])],
        ...(later ? { laterHistory: later } : {}),
      };
    },
  };
};
