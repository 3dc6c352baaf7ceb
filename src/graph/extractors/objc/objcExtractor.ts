import type { Extractor } from '../Extractor.ts';
import { docStyles, extractFromTree } from '../shared/extractFromTree.ts';
import { headerDialect } from '../shared/headerDialect.ts';
import { blankExportMacros, visitCFamily } from '../shared/visitCFamily.ts';

// Objective-C++ (.mm) parses well enough with the Objective-C grammar for declarations and imports.
export const objcExtractor = {
  language: 'objc',
  shouldUse: (file) => /\.mm?$/.test(file.path) || (file.path.endsWith('.h') && headerDialect(file) === 'objc'),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'objc',
      commentTypes: ['comment'],
      isDocComment: docStyles.cFamily,
      prepareText: blankExportMacros,
      visit: (ctx) => visitCFamily(ctx, ctx.root),
    }),
} satisfies Extractor;
