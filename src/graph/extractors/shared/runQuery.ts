import type { Language, Node, Query, QueryCapture, QueryMatch } from 'web-tree-sitter';

type TreeSitter = typeof import('web-tree-sitter');

let runtime: Promise<TreeSitter> | undefined;
// Compiling a query costs milliseconds; files of one language share it. Keyed by Language object,
// so a grammar reloaded in another worker never sees a Query built for a different instance.
const cache = new WeakMap<Language, Map<string, Query>>();

const compile = async (language: Language, source: string): Promise<Query> => {
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

/** Captures of a (cached) query over `node`, in document order. */
export const queryCaptures = async (node: Node, source: string): Promise<QueryCapture[]> =>
  (await compile(node.tree.language, source)).captures(node);

/** Matches of a (cached) query over `node`; predicates such as #eq? are applied. */
export const queryMatches = async (node: Node, source: string): Promise<QueryMatch[]> =>
  (await compile(node.tree.language, source)).matches(node);
