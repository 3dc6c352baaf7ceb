import type { Extractor } from '../Extractor.ts';
import { docStyles, extractFromTree } from '../shared/extractFromTree.ts';
import { headerDialect } from '../shared/headerDialect.ts';
import { blankInnerBranches } from '../shared/blankInnerBranches.ts';
import { blankMacroComments } from '../shared/blankMacroComments.ts';
import { blankExportMacros, isCFamilySource, visitCFamily } from '../shared/visitCFamily.ts';
import { blankAnnotationMacros } from './blankAnnotationMacros.ts';
import { recoverObjcDeclarations } from './recoverObjcDeclarations.ts';

// Objective-C++ (.mm) is parsed with the Objective-C grammar: imports and what parses come from the tree, and
// where C++ made errors the classes and methods are read from the lines too (recoverObjcDeclarations.ts).
export const objcExtractor = {
  language: 'objc',
  shouldUse: (file) => /\.mm?$/.test(file.path) || (file.path.endsWith('.h') && headerDialect(file) === 'objc'),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'objc',
      commentTypes: ['comment'],
      isDocComment: docStyles.cFamily,
      prepareText: (text) => blankAnnotationMacros(blankExportMacros(blankInnerBranches(blankMacroComments(text)))),
      docSkipsPrepared: true,
      visit: (ctx) => {
        visitCFamily(ctx, ctx.root, { container: undefined, exported: true, inSource: isCFamilySource(file.path) });
        if (ctx.root.hasError) recoverObjcDeclarations(ctx);
      },
    }),
} satisfies Extractor;
