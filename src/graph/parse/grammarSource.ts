/** Where a grammar's wasm is found, and how its parser is best given the text. */
export interface GrammarSource {
  /** Package path of the wasm, for require.resolve. */
  wasm: string;
  /**
   * Feed the text in pieces of this many characters instead of whole (see `ownPackages`); absent: whole.
   * web-tree-sitter copies up to 10,240 characters into wasm memory on each read, from where the lexer asks.
   */
  chunkChars?: number;
}

/**
 * Grammars taken from their own npm package instead of tree-sitter-wasms, whose copies are too old for
 * the code they meet.
 *
 * Scala: tree-sitter-wasms 0.1.13's grammar (ABI 13) left parse errors in 900 of the 1,286 files of
 * Scala 2.11's src/ (package objects, `def ? : Any`, annotated classes), tree-sitter-scala 0.24.0's in 69.
 * Its lexer goes back to an earlier position some 600 times a file, and each time web-tree-sitter reads
 * the text again from there: given whole, that copied up to 10,240 characters per read, 14 s for those
 * 10 M characters in every round (not a warm-up) against 1.4 s with the old grammar; in 64-character
 * pieces the same parse takes 3.9 s. Java and TypeScript parse as fast either way, so other grammars
 * keep the whole text.
 */
const ownPackages: Record<string, GrammarSource> = {
  scala: { wasm: 'tree-sitter-scala/tree-sitter-scala.wasm', chunkChars: 64 },
};

export const grammarSource = (language: string): GrammarSource =>
  ownPackages[language] ?? { wasm: `tree-sitter-wasms/out/tree-sitter-${language}.wasm` };
