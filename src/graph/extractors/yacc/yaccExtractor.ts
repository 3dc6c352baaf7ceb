import type { Extractor } from '../Extractor.ts';
import { docStyles, extractFromTree } from '../shared/extractFromTree.ts';
import { blankMacroComments } from '../shared/blankMacroComments.ts';
import { blankLeadingMacros, visitCFamily } from '../shared/visitCFamily.ts';
import { blankGrammarSections } from './blankGrammarSections.ts';

/** A lex or flex scanner: `.l` is also Lisp's, so only a file with a `%%` line is one. */
const isScanner = (path: string, text: string): boolean => /\.(?:l|ll)$/u.test(path) && /^%%[ \t]*\r?$/mu.test(text);

/**
 * yacc/bison grammars and lex/flex scanners, read as the C they hold (blankGrammarSections): the functions and
 * declarations of their code blocks and epilogue. tmux's `cmd-parse.y` (its configuration parser) had been a file of
 * no language and no words, and a request about config errors found it 28th.
 */
export const yaccExtractor = {
  language: 'yacc',
  grammar: 'c',
  shouldUse: (file) => /\.(?:y|yy|ypp)$/u.test(file.path) || isScanner(file.path, file.text),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'c',
      commentTypes: ['comment'],
      isDocComment: docStyles.cFamily,
      docSkipsPrepared: true,
      prepareText: (text) => blankLeadingMacros(blankMacroComments(blankGrammarSections(text))),
      visit: (ctx) => visitCFamily(ctx, ctx.root, { container: undefined, exported: true, inSource: true }),
    }),
} satisfies Extractor;
