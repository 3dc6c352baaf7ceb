/**
 * A block comment inside a `#define`'s value (`(srcSize) < (128<<10)) ? … /* margin, from 64 to 0 *\/ : 0)`), blanked
 * to spaces before parsing: tree-sitter's C grammar reads a macro with one as an error and the macro is lost (zstd's
 * public `ZSTD_COMPRESSBOUND(srcSize)`). A comment that ends the line stays: nothing follows it to break.
 */
export const blankMacroComments = (text: string): string =>
  text.includes('#') && text.includes('/*')
    ? text.replace(/^[ \t]*#[ \t]*define\b(?:[^\n]*\\\r?\n)*[^\n]*/gmu, (macro) =>
        macro.includes('/*') ? macro.replace(/\/\*[^\n]*?\*\/(?=[^\n]*\S)/gu, (comment) => ' '.repeat(comment.length)) : macro)
    : text;
