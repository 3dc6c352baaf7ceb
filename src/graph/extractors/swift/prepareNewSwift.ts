import { blankText } from '../../../util/blankText.ts';

/**
 * Swift newer than the grammar reads, blanked before parsing (spaces for what goes, offsets and lines kept): SwiftUI's
 * `#Preview { … }` blocks whole (a freestanding macro with a trailing closure at the top level), Swift 6's `unsafe`
 * expressions, `isolated deinit`, typed throws' error type (`throws(ParseError)`, and `do throws`), `sending` parameters
 * and results, the `package` access modifier,
 * Swift Testing's `#expect(…)`/`#require(…)` names, and regex literals (`/^#!\s*(\S+)/` read as an empty string).
 * CotEditor 7.0's review: 277 of its 599 Swift files had parse errors, 139 of 442 outside its tests, most for these.
 */
export const prepareNewSwift = (text: string): string => {
  let out = text;
  if (out.includes('#Preview')) out = blankPreviews(out);
  return out
    .replace(/\bunsafe\s+(?=[\w.&(\\[])/gu, (m) => blankText(m))
    .replace(/\bisolated(?=\s+deinit\b)/gu, blankText)
    .replace(/\bthrows\s*\(\s*[\w.]+\s*\)/gu, (m) => `throws${blankText(m.slice(6))}`)
    .replace(/(?<=(?:->|[(:,])\s*)sending(?=\s+[\w[(])/gu, blankText)
    .replace(/(?<=\bdo\s+)throws\b/gu, blankText)
    .replace(/\bpackage(?=\s+(?:import|struct|class|enum|protocol|func|var|let|actor|typealias|extension|init|static|final|subscript|macro|nonisolated)\b)/gu, blankText)
    .replace(/#(?=(?:expect|require)\s*\()/gu, ' ')
    .replace(/(?<=[(,:=]\s*|\breturn\s+|\bof:\s*)\/(?![\s/*=])((?:[^/\\\n]|\\.)+)\/(?![\w/])/gu, (m) => `"${blankText(m.slice(2))}"`);
};

/** Each `#Preview` line through the line that closes its braces, blanked (strings and comments skipped while counting). */
const blankPreviews = (text: string): string => {
  const out = text.split('');
  const opener = /^[ \t]*#Preview\b/gmu;
  for (let m = opener.exec(text); m !== null; m = opener.exec(text)) {
    let depth = 0;
    let opened = false;
    let i = m.index;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        const triple = text.startsWith('"""', i);
        const end = triple ? text.indexOf('"""', i + 3) : endOfString(text, i);
        i = end < 0 ? text.length : end + (triple ? 2 : 0);
      } else if (c === '/' && text[i + 1] === '/') {
        const end = text.indexOf('\n', i);
        i = end < 0 ? text.length : end;
      } else if (c === '{') {
        depth++;
        opened = true;
      } else if (c === '}' && --depth === 0 && opened) break;
    }
    for (let j = m.index; j <= Math.min(i, text.length - 1); j++) if (out[j] !== '\n') out[j] = ' ';
    opener.lastIndex = Math.min(i + 1, text.length);
  }
  return out.join('');
};

/** Index of the quote closing a one-line string opened at `from` (its end of line where none does). */
const endOfString = (text: string, from: number): number => {
  for (let i = from + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"' || text[i] === '\n') return i;
  }
  return text.length;
};
