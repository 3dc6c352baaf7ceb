import type { Extractor } from '../Extractor.ts';
import { extractC } from '../c/cExtractor.ts';
import { blankMacroComments } from '../shared/blankMacroComments.ts';
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
  extract: (file, parse) => extractC(file, parse, (text) => blankMacroComments(blankGrammarSections(text)), true),
} satisfies Extractor;
