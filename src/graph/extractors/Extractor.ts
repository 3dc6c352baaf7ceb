import type { FileFacts, SourceFile } from '../types.ts';

/** A tree-sitter tree as returned by web-tree-sitter (typed loosely so core code needs no import). */
export type ParseFn = (language: string, text: string) => Promise<import('web-tree-sitter').Tree>;

/** Turns one source file into facts. Knows files, not graphs: graph/ resolves facts into nodes and edges. */
export interface Extractor {
  /** Also picks tree-sitter-<language>.wasm (from tree-sitter-wasms, or the package grammarSource.ts names), unless `grammar` names another. */
  readonly language: string;
  /**
   * The grammar to load ahead of parsing when it is not `language`'s (a Vue component's scripts are
   * TypeScript or JavaScript); '' for an extractor that reads text by line and parses nothing (Perl, Haskell).
   */
  readonly grammar?: string;
  /** Cheap: path, extension, shebang; no parsing. */
  shouldUse(file: SourceFile): boolean;
  extract(file: SourceFile, parse: ParseFn): Promise<FileFacts>;
}
