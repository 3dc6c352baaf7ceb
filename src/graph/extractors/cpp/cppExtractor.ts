import type { Extractor } from '../Extractor.ts';
import { docStyles, extractFromTree } from '../shared/extractFromTree.ts';
import { headerDialect } from '../shared/headerDialect.ts';
import { blankInnerBranches } from '../shared/blankInnerBranches.ts';
import { blankMacroComments } from '../shared/blankMacroComments.ts';
import { prepareMacroArguments } from '../shared/prepareMacroArguments.ts';
import { blankExportMacros, isCFamilySource, visitCFamily } from '../shared/visitCFamily.ts';
import { blankBracedDefaults } from './blankBracedDefaults.ts';
import { blankNamespaceSemicolons } from './blankNamespaceSemicolons.ts';
import { blankQtMacros } from './blankQtMacros.ts';

export const cppExtractor = {
  language: 'cpp',
  shouldUse: (file) =>
    /\.(cc|cpp|cxx|c\+\+|hh|hpp|hxx|h\+\+|ipp|inl|tpp|cu|cuh|metal)$/.test(file.path) ||
    (file.path.endsWith('.h') && headerDialect(file) === 'cpp'),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'cpp',
      commentTypes: ['comment'],
      isDocComment: docStyles.cFamily,
      // (a doc above a blanked macro line still describes the declaration below it: `/** Doc */` · `FOO_API` · `int f(void);`)
      docSkipsPrepared: true,
      prepareText: (text) => blankExportMacros(prepareMacroArguments(blankInnerBranches(blankMacroComments(blankBracedDefaults(blankQtMacros(blankNamespaceSemicolons(text))))), 'cpp')),
      visit: (ctx) => visitCFamily(ctx, ctx.root, { container: undefined, exported: true, inSource: isCFamilySource(file.path) }),
    }),
} satisfies Extractor;
