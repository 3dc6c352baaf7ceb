import type { Node } from 'web-tree-sitter';
import type { FileFacts, SourceFile, SymbolKind } from '../../types.ts';
import type { ParseFn } from '../Extractor.ts';
import { createCommentIndex, type CommentIndex } from './createCommentIndex.ts';
import { createFactsCollector, type FactsCollector } from './createFactsCollector.ts';
import { isBoilerplateComment } from './isBoilerplateComment.ts';
import { lineOf } from './nodes.ts';
import { compileQuery } from './compileQuery.ts';

export interface SymbolInput {
  /** Declaration node: gives the line and, unless `docRow` is set, where its doc comment ends above. */
  node: Node;
  name: string;
  kind: SymbolKind;
  exported: boolean;
  container?: string | undefined;
  /** A doc found another way (Python docstring); skips the comment lookup. */
  doc?: string | undefined;
  /** 0-based row the doc comment must end right above (e.g. above Rust #[attributes]). */
  docRow?: number;
  /** A file the rest of the doc is read from (SymbolFact.docFile). */
  docFile?: string | undefined;
}

export interface ExtractContext {
  root: Node;
  text: string;
  out: FactsCollector;
  comments: CommentIndex;
  /** The row to look for a declaration's doc above (see TreeExtractorSpec.docSkipsPrepared). */
  docRow(row: number): number;
  /** Adds a symbol, attaching the doc comment right above it. */
  symbol(input: SymbolInput): void;
}

export interface TreeExtractorSpec {
  /** Grammar and FileFacts.language. */
  language: string;
  /** Comment node types of this grammar (a query over unknown types fails to compile). */
  commentTypes: readonly string[];
  /** Which comments count as declaration docs (`/**`, `///`, any `//` for Go). */
  isDocComment(raw: string): boolean;
  /** Walks the tree and fills ctx.out; may await queries. */
  visit(ctx: ExtractContext): void | Promise<void>;
  /** Comments before this row can be file docs; defaults to the first non-comment top-level node. */
  firstCodeRow?(root: Node): number;
  /** Which of those comments can be file docs (Rust's `//!` only); defaults to all. */
  isFileDocComment?(raw: string): boolean;
  /**
   * Rewrites every doc, a declaration's or the file's, after the comment markers are gone (PHPDoc's tag
   * lines, RDoc's inline markup); a doc left empty is dropped.
   */
  tidyDoc?(doc: string): string;
  /**
   * Rewrites the text before parsing, each change to as many spaces (so rows and columns stay): what the
   * grammar cannot read and that says nothing, such as C++'s export macros (`class PROTOBUF_EXPORT X`).
   */
  prepareText?(text: string): string;
  /**
   * A declaration's doc is looked for above rows that `prepareText` emptied and that held something: the
   * annotations it blanked stand between a doc and its declaration (`/// Doc` · `API_AVAILABLE(ios(14))` ·
   * `@interface X`).
   */
  docSkipsPrepared?: boolean;
  /** Characters besides '/' and '#' one of which a comment of this grammar has on its last row (Lua: '-]'). */
  commentMarkers?: string;
  /**
   * A declaration's doc may sit one blank line above it (Rack writes `# Rack::ShowExceptions catches … \n\n class
   * ShowExceptions`: 27 of its 63 documented classes had lost their docs).
   */
  docAcrossBlankLine?: boolean;
}

/** Parses, walks, and always frees the tree: wasm memory is not garbage-collected. */
export const extractFromTree = async (file: SourceFile, parse: ParseFn, spec: TreeExtractorSpec): Promise<FileFacts> => {
  const text = spec.prepareText ? spec.prepareText(file.text) : file.text;
  const docRow = spec.docSkipsPrepared && text !== file.text ? aboveEmptied(file.text, text) : (row: number) => row;
  const tree = await parse(spec.language, text);
  try {
    const root = tree.rootNode;
    const commentQuery = `[${spec.commentTypes.map((type) => `(${type})`).join(' ')}] @comment`;
    const comments = createCommentIndex(root, text, await compileQuery(tree.language, commentQuery), spec.commentMarkers);
    const out = createFactsCollector(spec.language);
    const ctx: ExtractContext = {
      root,
      text,
      out,
      comments,
      docRow,
      symbol(input) {
        const found = input.doc ?? comments.docAbove(docRow(input.docRow ?? input.node.startPosition.row), spec.isDocComment, spec.docAcrossBlankLine);
        const doc = found !== undefined && spec.tidyDoc ? spec.tidyDoc(found) || undefined : found;
        out.addSymbol({
          name: input.name,
          kind: input.kind,
          line: lineOf(input.node),
          exported: input.exported,
          doc,
          container: input.container,
          ...(input.docFile === undefined ? {} : { docFile: input.docFile }),
        });
      },
    };
    await spec.visit(ctx);
    const firstCode = spec.firstCodeRow?.(root) ?? defaultFirstCodeRow(root, spec.commentTypes);
    for (const doc of comments.header(firstCode, spec.isFileDocComment)) out.addFileDoc(spec.tidyDoc ? spec.tidyDoc(doc) : doc);
    return out.build(root.hasError);
  } finally {
    tree.delete();
  }
};

/** Maps a row to the first row above the run of rows that preparing the text emptied right above it. */
const aboveEmptied = (original: string, prepared: string) => {
  const before = original.split('\n');
  const after = prepared.split('\n');
  const emptied = (row: number) => (after[row] ?? '').trim() === '' && (before[row] ?? '').trim() !== '';
  return (row: number): number => {
    let r = row;
    while (r > 0 && emptied(r - 1)) r--;
    return r;
  };
};

const defaultFirstCodeRow = (root: Node, commentTypes: readonly string[]): number => {
  for (let i = 0; i < root.namedChildCount; i++) {
    const child = root.namedChild(i);
    // A script's `#!/usr/bin/env node` line is no code: the file's doc follows it (ESLint's bin/eslint.js).
    if (child && !commentTypes.includes(child.type) && child.type !== 'hash_bang_line') return child.startPosition.row;
  }
  return Number.MAX_SAFE_INTEGER;
};

/**
 * Children to walk for declarations: ERROR nodes are flattened so that what parsed around a
 * syntax error is still found.
 */
export const declarationChildren = (node: Node): Node[] => {
  const out: Node[] = [];
  // namedChildren is one call into wasm; namedChild(i) was one per child.
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'ERROR') out.push(...declarationChildren(child));
    else out.push(child);
  }
  return out;
};

export const docStyles = {
  /** JSDoc, Javadoc, KDoc: `/** … *\/`. */
  block: (raw: string): boolean => raw.startsWith('/**') && !raw.startsWith('/**/'),
  /** C#: `///`. */
  tripleSlash: (raw: string): boolean => /^\/\/\/(?!\/)/.test(raw),
  /** Rust, Swift: `///` or `/** *\/`. */
  slashOrBlock: (raw: string): boolean => /^(\/\/\/(?!\/)|\/\*\*(?!\/))/.test(raw),
  /** Doxygen: `/**`, `/*!`, `///`, `//!`. */
  doxygen: (raw: string): boolean => /^(\/\*\*(?!\/)|\/\*!|\/\/\/(?!\/)|\/\/!)/.test(raw),
  /**
   * C, C++ and Objective-C: Doxygen, or any prose comment directly above. Most C/C++ code (Google style, llama.cpp,
   * CPython's C sources) documents declarations with plain `//` or `/* *\/`; requiring Doxygen markers
   * left a header like llama.h with 20 documented symbols out of 265. Commented-out code (ending in
   * `;`, `{`, `}`), separator rules and license or tool lines are not docs.
   */
  cFamily: (raw: string): boolean =>
    docStyles.doxygen(raw) || (/[A-Za-z]{2}/.test(raw) && !/[;{}]\s*(?:\*\/)?$/.test(raw) && !isBoilerplateComment(raw)),
  /** Go: any comment directly above. */
  any: (): boolean => true,
} as const;
