import type { Extractor, ParseFn } from '../Extractor.ts';
import type { FileFacts, SourceFile } from '../../types.ts';
import { docStyles, extractFromTree } from '../shared/extractFromTree.ts';
import { headerDialect } from '../shared/headerDialect.ts';
import { blankInnerBranches } from '../shared/blankInnerBranches.ts';
import { blankMacroComments } from '../shared/blankMacroComments.ts';
import { prepareMacroArguments } from '../shared/prepareMacroArguments.ts';
import { blankLeadingMacros, isCFamilySource, visitCFamily } from '../shared/visitCFamily.ts';

/** A file read as C after `prepare` (also the C that yacc grammars and lex scanners hold: yacc/yaccExtractor.ts). */
export const extractC = (file: SourceFile, parse: ParseFn, prepare: (text: string) => string, inSource = isCFamilySource(file.path)): Promise<FileFacts> =>
  extractFromTree(file, parse, {
    language: 'c',
    commentTypes: ['comment'],
    isDocComment: docStyles.cFamily,
    // (a doc above a blanked macro line still describes the declaration below it: `/** Doc */` · `FOO_API` · `int f(void);`)
    docSkipsPrepared: true,
    prepareText: (text) => blankLeadingMacros(prepare(text)),
    visit: (ctx) => visitCFamily(ctx, ctx.root, { container: undefined, exported: true, inSource }),
  });

export const cExtractor = {
  language: 'c',
  shouldUse: (file) => file.path.endsWith('.c') || (file.path.endsWith('.h') && headerDialect(file) === 'c'),
  extract: (file, parse) => extractC(file, parse, (text) => prepareMacroArguments(blankInnerBranches(blankMacroComments(text)), 'c')),
} satisfies Extractor;
