/**
 * How many arguments the parenthesised list opening at `open` holds: the commas outside nested brackets,
 * `{…}`, `[…]` and binaries `<<…>>` included, plus one; 0 for `()`. `text` has its strings blanked (see
 * maskErlang); a quoted atom is skipped whole, as it may hold a comma or a bracket.
 */
export const arityAt = (text: string, open: number, maxChars = 20_000): number => {
  let depth = 0;
  let commas = 0;
  let any = false;
  const end = Math.min(text.length, open + maxChars);
  for (let j = open; j < end; j++) {
    const c = text[j];
    if (c === "'") {
      any = true;
      for (j++; j < end && text[j] !== "'"; j++) if (text[j] === '\\') j++;
    } else if (c === '(' || c === '[' || c === '{') {
      if (depth > 0) any = true;
      depth++;
    } else if (c === '<' && text[j + 1] === '<') {
      any = true;
      depth++;
      j++;
    } else if (c === '>' && text[j + 1] === '>' && depth > 1) {
      depth--;
      j++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) break;
    } else if (c === ',' && depth === 1) {
      commas++;
    } else if (c !== undefined && c.trim() !== '') {
      any = true;
    }
  }
  return any ? commas + 1 : 0;
};
