/** The offset after a run quoted by `quote` that opens at `open` (a backslash escapes the next character; the run may span lines), or the text's end. */
export const quotedEnd = (text: string, open: number, quote = '"'): number => {
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === quote) return j + 1;
  }
  return text.length;
};
