import type { Language, Query } from 'web-tree-sitter';

type TreeSitter = typeof import('web-tree-sitter');

let runtime: Promise<TreeSitter> | undefined;
// Compiling a query costs milliseconds; files of one language share it. Keyed by Language object,
// so a grammar reloaded in another worker never sees a Query built for a different instance.
const cache = new WeakMap<Language, Map<string, Query>>();

/**
 * A query compiled once per grammar instance and source. Callers run it synchronously, often limited
 * to a range of rows: a query over the whole tree walks every node, which costs a good part of a parse.
 */
export const compileQuery = async (language: Language, source: string): Promise<Query> => {
  let byLanguage = cache.get(language);
  if (!byLanguage) cache.set(language, (byLanguage = new Map()));
  let query = byLanguage.get(source);
  if (!query) {
    // web-tree-sitter is already loaded by whoever produced the tree; this import just reuses it.
    const { Query: QueryClass } = await (runtime ??= import('web-tree-sitter'));
    query = new QueryClass(language, source);
    byLanguage.set(source, query);
  }
  return query;
};
