import type { ExtractContext } from '../shared/extractFromTree.ts';
import { docStyles } from '../shared/extractFromTree.ts';

const CONTAINER = /^[ \t]*@(interface|implementation|protocol)[ \t]+([A-Za-z_]\w*)(?:[ \t]*\([ \t]*(\w*)[ \t]*\))?([^\n;]*)$/u;
const METHOD_START = /^[ \t]*[-+][ \t]*\(/u;
/** One part of a selector: `name:` followed by its `(type)` and parameter name. */
const SELECTOR_PART = /([A-Za-z_]\w*)[ \t\n]*:[ \t\n]*(?:\((?:[^()]|\([^()]*\))*\))?[ \t\n]*[A-Za-z_]\w*/gu;
const MAX_SIGNATURE = 600;

/**
 * The Objective-C classes, protocols and methods of a file the grammar could not parse whole, read from
 * its lines: Objective-C++ (`.mm`) mixes C++ (`react::`, `std::atomic<bool>`, templates) into its
 * `@implementation`s, which the C-based grammar takes for errors, so react-native-screens'
 * `RNSScreenStack.mm` gave 10 of its 70 methods. What the tree found stays; the collector merges the
 * duplicates (same kind, container and name).
 */
export const recoverObjcDeclarations = (ctx: ExtractContext): void => {
  const lines = ctx.text.split('\n');
  let container: string | undefined;
  for (let row = 0; row < lines.length; row++) {
    const line = lines[row] as string;
    if (/^[ \t]*@end\b/u.test(line)) {
      container = undefined;
      continue;
    }
    const opened = CONTAINER.exec(line);
    if (opened) {
      const [, keyword, name, category] = opened as unknown as [string, string, string, string | undefined];
      container = name;
      // a category or class extension adds to a class declared elsewhere
      if (category === undefined) add(ctx, row, name, keyword === 'protocol' ? 'protocol' : 'class', undefined);
      continue;
    }
    if (container === undefined || !METHOD_START.test(line)) continue;
    let signature = line;
    for (let next = row + 1; !/[{;]/u.test(signature) && next < lines.length && signature.length < MAX_SIGNATURE; next++) signature += `\n${lines[next]}`;
    const head = signature.split(/[{;]/u)[0] ?? '';
    const afterReturn = head.replace(/^[ \t]*[-+][ \t]*\((?:[^()]|\([^()]*\))*\)/u, '');
    const parts = [...afterReturn.matchAll(SELECTOR_PART)].map((m) => `${m[1]}:`);
    const selector = parts.length > 0 ? parts.join('') : /^[ \t]*([A-Za-z_]\w*)/u.exec(afterReturn)?.[1];
    if (selector) add(ctx, row, selector, 'method', container);
  }
};

const add = (ctx: ExtractContext, row: number, name: string, kind: 'class' | 'protocol' | 'method', container: string | undefined): void => {
  ctx.out.addSymbol({ name, kind, line: row + 1, exported: true, doc: ctx.comments.docAbove(ctx.docRow(row), docStyles.cFamily), container });
};
