import type { TermBag } from './codeTermBag.ts';
import type { ModuleId, SymbolKind } from './types.ts';

export type { TermBag };

/** A public symbol as stored on a module node. */
export interface ModuleSymbol {
  name: string;
  kind: SymbolKind;
  file: string;
  exported: boolean;
  doc?: string;
  /** The type (or namespace) a member is declared in. */
  container?: string;
}

/** A module node of the knowledge graph with every attribute the backends read. */
export interface ModuleNode {
  id: ModuleId;
  path: string;
  name?: string;
  description?: string;
  /** Repo-relative paths of the files owned by this module (deepest-module rule). */
  files: string[];
  /** File count per language ('other' for files without an extractor). */
  languages: Record<string, number>;
  bytes: number;
  /** Public (exported) symbols first, then the rest, capped. */
  symbols: ModuleSymbol[];
  /** File-level and declaration doc comments, cleaned, capped. */
  docComments: string[];
  /** README text of the module directory, if any (capped). */
  readme?: string;
  /** Deterministic generated summary (no model). */
  summary: string;
}

export interface ModuleEdge {
  from: ModuleId;
  to: ModuleId;
  /** Number of import statements from `from` that resolve into `to`. */
  weight: number;
}

export interface CommitRecord {
  sha: string;
  /** ISO-8601 author date. */
  date: string;
  author: string;
  subject: string;
  /** First paragraph of the body ('' if none). */
  body: string;
  modules: ModuleId[];
}

/** The whole module-level knowledge graph, as loaded from the store. */
export interface ModuleGraph {
  root: string;
  modules: ModuleNode[];
  edges: ModuleEdge[];
  /** Newest first. */
  commits: CommitRecord[];
  /** HEAD commit when indexed, if the repository is a git repository. */
  head?: string;
  /** Fingerprint of the graph content; changes whenever a re-index changed anything. */
  fingerprint: string;
  /**
   * The term bag of a file (graph/codeTermBag.ts), read from the store on demand: too big to load
   * with the graph, and only an index build needs it. Empty for a file without one; absent on a
   * graph built in memory or read from a store that has none.
   */
  termBag?: (file: string) => TermBag;
}
