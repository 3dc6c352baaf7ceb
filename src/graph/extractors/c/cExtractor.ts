import type { Extractor } from '../Extractor.ts';
import { docStyles, extractFromTree } from '../shared/extractFromTree.ts';
import { headerDialect } from '../shared/headerDialect.ts';
import { blankInnerBranches } from '../shared/blankInnerBranches.ts';
import { blankMacroComments } from '../shared/blankMacroComments.ts';
import { blankLeadingMacros, isCFamilySource, visitCFamily } from '../shared/visitCFamily.ts';

export const cExtractor = {
  language: 'c',
  shouldUse: (file) => file.path.endsWith('.c') || (file.path.endsWith('.h') && headerDialect(file) === 'c'),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'c',
      commentTypes: ['comment'],
      isDocComment: docStyles.cFamily,
      // (a doc above a blanked macro line still describes the declaration below it: `/** Doc */` · `FOO_API` · `int f(void);`)
      docSkipsPrepared: true,
      prepareText: (text) => blankLeadingMacros(blankInnerBranches(blankMacroComments(text))),
      visit: (ctx) => visitCFamily(ctx, ctx.root, { container: undefined, exported: true, inSource: isCFamilySource(file.path) }),
    }),
} satisfies Extractor;
