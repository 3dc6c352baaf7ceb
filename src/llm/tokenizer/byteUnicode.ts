/**
 * GPT-2's bytes_to_unicode: every byte gets a printable character, so that a byte-level BPE
 * vocabulary is made of ordinary strings. Printable Latin-1 bytes map to themselves; the other 68
 * (controls, space, 0x7f–0xa0, 0xad) map to U+0100 onwards in byte order: space is "Ġ", "\n" is "Ċ".
 */
export const byteToUnicode: readonly string[] = (() => {
  const keep = (b: number) => (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  const table: string[] = [];
  let next = 0;
  for (let b = 0; b < 256; b++) table.push(String.fromCodePoint(keep(b) ? b : 256 + next++));
  return table;
})();

export const unicodeToByte: ReadonlyMap<string, number> = new Map(byteToUnicode.map((c, b) => [c, b]));

/** UTF-8 bytes of text, each replaced by its bytes_to_unicode character. */
export const toByteLevel = (text: string): string => Array.from(Buffer.from(text, 'utf8'), (b) => byteToUnicode[b] ?? '').join('');

/** Inverse of toByteLevel; characters outside the table are dropped. */
export const fromByteLevel = (text: string): string =>
  Buffer.from(Array.from(text).flatMap((c) => {
    const b = unicodeToByte.get(c);
    return b === undefined ? [] : [b];
  })).toString('utf8');
