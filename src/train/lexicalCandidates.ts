import type { ModuleGraph } from '../graph/ModuleGraph.ts';
import type { ModuleId } from '../graph/types.ts';
import { buildLexicalIndex } from '../index/buildLexicalIndex.ts';
import type { LexicalEvidence } from '../index/explainModule.ts';
import type { LexicalIndex } from '../index/LexicalIndex.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../index/searchLexicalIndex.ts';
import { expansionSources } from '../index/expansionSources.ts';

/** One lexical candidate of a query: module index (into graph.modules), score, 0-based rank, evidence. */
export interface Candidate {
  module: number;
  id: ModuleId;
  score: number;
  rank: number;
  reason: string;
  evidence: LexicalEvidence;
}

export interface CandidateSource {
  /** `corrections`: the index terms searched for mistyped words of the query (`receive` for "recieve") and for its Chinese words (`memory` for 内存). */
  search(query: string, top: number, asOf?: string): Promise<{ candidates: Candidate[]; warnings: string[]; corrections: string[] }>;
}

/** How many lexical candidates the reranker scores together (the experiment used 30). */
export const CANDIDATES = 30;

/**
 * The `lexical` backend's index and search (same defaults and overrides), as the reranker's candidate list.
 * `prebuilt`: that index read back from the store's cache (hybrid), instead of building it again.
 */
export const createCandidateSource = (graph: ModuleGraph, overrides: Record<string, unknown> = {}, prebuilt?: LexicalIndex): CandidateSource => {
  const index = prebuilt ?? buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, overrides));
  const sources = expansionSources(index.options, graph.root);
  const position = new Map(graph.modules.map((m, i) => [m.id as string, i]));
  return {
    async search(query, top, asOf) {
      const result = await searchLexicalIndex(index, query, { top, ...(asOf ? { asOf } : {}), ...sources });
      const candidates: Candidate[] = [];
      result.hits.forEach((hit, rank) => {
        const module = position.get(hit.id);
        if (module !== undefined) candidates.push({ module, id: hit.id, score: hit.score, rank, reason: hit.reason, evidence: hit.evidence });
      });
      const corrections = result.terms.filter((t) => t.source === 'typo' || t.source === 'translation').map((t) => t.term);
      return { candidates, warnings: result.warnings, corrections };
    },
  };
};
