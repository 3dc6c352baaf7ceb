import type { SourceFile } from '../../types.ts';

export type HeaderDialect = 'c' | 'cpp' | 'objc';

// Looked for in the first 16 KB only: markers sit near the top, and a header can be megabytes.
const objcMarkers = /^\s*(@interface|@protocol|@import|#import)\b/m;
const cppMarkers = /^\s*(class\s+\w|namespace\s+\w|template\s*<|using\s+namespace\b)|\bstd::/m;

/** A `.h` file is C unless it shows Objective-C or C++ markers; decided from text, without parsing. */
export const headerDialect = (file: SourceFile): HeaderDialect => {
  const head = file.text.slice(0, 16_384);
  if (objcMarkers.test(head)) return 'objc';
  if (cppMarkers.test(head)) return 'cpp';
  return 'c';
};
