import { firstSenseWords } from '../../index/chineseGlosses.ts';
import { lexicalDefaults, lexicalOverrides, mergeLexicalOptions } from '../../index/lexicalDefaults.ts';
import { classify, knowsAnyWord, topWords } from '../../train/SoftmaxClassifier.ts';
import type { AskOptions, AskResult, Backend, BackendContext } from '../Backend.ts';
import { validateAsk } from '../lexical/createLexicalBackend.ts';
import { futureHistoryWarning } from './futureHistoryWarning.ts';
import { probsForGraph } from './moduleMapping.ts';
import { requireRouterModel } from './loadRouterModel.ts';
import { routerClassifier } from './validatedModelCache.ts';

export const NO_KNOWN_WORD = 'No word of the request occurs in what the model was trained on: say what should change in the words the code, its docs or its commits use';

/**
 * The trained classifier alone: a softmax over every module of the index, so it answers even when
 * no word of the query occurs in the code. History after `asOf` may have been seen in training,
 * and the answer then carries a warning saying so.
 */
export const createRouterBackend = async (ctx: BackendContext): Promise<Backend> => {
  const { model, mapping, warnings } = await requireRouterModel(ctx.storeDir, ctx.graph);
  const clf = routerClassifier(model);
  const modules = ctx.graph.modules;
  // The Chinese words of a request also as their English glosses (index/chineseGlosses.ts), as in `lexical`.
  const glossed = mergeLexicalOptions(lexicalDefaults, lexicalOverrides(ctx.options)).translations.enabled;
  return {
    name: 'router',
    async ask(request: string, options: AskOptions): Promise<AskResult> {
      validateAsk(request, options);
      let glosses: string[] = [];
      try {
        if (glossed) glosses = firstSenseWords(request);
      } catch {
        // No dictionary to read: the request's own words only (lexical says why).
      }
      const query = glosses.length > 0 ? `${request} ${glosses.join(' ')}` : request;
      const later = futureHistoryWarning(ctx.graph, options.asOf, model.config.asOf);
      const history = later ? [later] : [];
      // Every module has a probability, even for a request the model knows no word of: that list would
      // be the prior dressed up as an answer.
      // (With one module there is only one answer, and training said so.)
      if (modules.length > 1 && !knowsAnyWord(clf, query)) return { modules: [], warnings: [...warnings, NO_KNOWN_WORD, ...history] };
      const probs = probsForGraph(classify(clf, query), mapping);
      // A module added since training has no probability to rank it by: the model alone can't name it.
      const order = [...probs.keys()].filter((i) => (mapping.toModel[i] ?? -1) >= 0).sort((a, b) => (probs[b] ?? 0) - (probs[a] ?? 0) || a - b).slice(0, options.top);
      return {
        modules: order.flatMap((i) => {
          const node = modules[i];
          if (!node) return [];
          const words = topWords(clf, query, mapping.toModel[i] ?? -1);
          const p = probs[i] ?? 0;
          return [{
            id: node.id,
            score: Math.round(p * 1e6) / 1e6,
            reason: words.length > 0 ? `model: ${words.join(', ')} (p ${p.toFixed(2)})` : `model prior (p ${p.toFixed(2)})`,
            evidence: { probability: p, words },
          }];
        }),
        warnings: [...warnings, ...history],
        ...(later ? { laterHistory: later } : {}),
      };
    },
  };
};
