import { UsageError } from '../../errors.ts';
import type { LexicalIndex } from '../../index/LexicalIndex.ts';
import { lexicalDefaults, lexicalOverrides, mergeLexicalOptions, type LexicalOptions } from '../../index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../../index/searchLexicalIndex.ts';
import { expansionSources } from '../../index/expansionSources.ts';
import type { AskOptions, AskResult, Backend, BackendContext } from '../Backend.ts';
import { loadLexicalIndex } from './loadLexicalIndex.ts';

/** Checks what a user can get wrong in an ask; the index itself never throws on odd text. */
export const validateAsk = (query: string, options: AskOptions): void => {
  if (query.trim() === '') throw new UsageError('Empty query', 'Describe the change, e.g. `modroute ask "add a Kotlin extractor"`.');
  if (!Number.isInteger(options.top) || options.top < 1) {
    throw new UsageError(`--top must be a positive integer, got ${options.top}`);
  }
  if (options.asOf !== undefined && Number.isNaN(Date.parse(options.asOf))) {
    throw new UsageError(`Not a date: ${options.asOf}`, 'Pass an ISO date such as 2024-06-30 (or a commit, resolved by the CLI).');
  }
};

/** A backend over a lexical index; `name` and option base differ between `lexical` and `bm25`. */
export const createIndexBackend = (
  name: string,
  ctx: BackendContext,
  base: LexicalOptions,
  prebuilt?: LexicalIndex,
): Backend => {
  const index = prebuilt ?? loadLexicalIndex(name, ctx, mergeLexicalOptions(base, lexicalOverrides(ctx.options)));
  const sources = expansionSources(index.options, ctx.graph.root);
  return {
    name,
    async ask(query: string, options: AskOptions): Promise<AskResult> {
      validateAsk(query, options);
      const result = await searchLexicalIndex(index, query, { top: options.top, asOf: options.asOf, ...sources });
      return {
        modules: result.hits.map((hit) => ({
          id: hit.id,
          score: hit.score,
          reason: hit.reason,
          evidence: { ...hit.evidence },
        })),
        warnings: result.warnings,
      };
    },
  };
};

/** BM25F over module fields with query expansion and a graph step (see src/index/README.md). */
export const createLexicalBackend = async (ctx: BackendContext): Promise<Backend> =>
  createIndexBackend('lexical', ctx, lexicalDefaults);
