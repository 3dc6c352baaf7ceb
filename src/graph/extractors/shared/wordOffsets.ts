const isIdentifierChar = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x24;

/**
 * Start offsets of `word` in `text` where it is not part of a longer ASCII identifier (`$` and `_`
 * count as identifier characters). A keyword or identifier token spelled `word` starts at one of
 * these, so callers check only these places against the tree.
 */
export const wordOffsets = (text: string, word: string): number[] => {
  const out: number[] = [];
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) {
    if (i > 0 && isIdentifierChar(text.charCodeAt(i - 1))) continue;
    if (isIdentifierChar(text.charCodeAt(i + word.length))) continue;
    out.push(i);
  }
  return out;
};
