/** Scripts a request may be written in that the code and comments of most repositories are not. */
const SCRIPTS: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ['Chinese', /\p{scx=Han}/u],
  ['Japanese', /[\p{scx=Hiragana}\p{scx=Katakana}]/u],
  ['Korean', /\p{scx=Hangul}/u],
  ['Cyrillic', /\p{sc=Cyrillic}/u],
  ['Greek', /\p{sc=Greek}/u],
  ['Arabic', /\p{sc=Arabic}/u],
  ['Hebrew', /\p{sc=Hebrew}/u],
  ['Thai', /\p{sc=Thai}/u],
  ['Devanagari', /\p{sc=Devanagari}/u],
];

/**
 * The script most of a text's letters are in, when it is not Latin (Japanese when any kana appear among
 * Han characters); undefined for Latin text or text without letters. Says why a request found nothing:
 * it is written in another language than the repository.
 */
export const dominantScript = (text: string): string | undefined => {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    letters++;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0];
    if (script !== undefined) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if ((counts.get('Japanese') ?? 0) > 0 && counts.has('Chinese')) {
    counts.set('Japanese', (counts.get('Japanese') ?? 0) + (counts.get('Chinese') ?? 0));
    counts.delete('Chinese');
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1]) best = entry;
  return best !== undefined && best[1] * 2 > letters ? best[0] : undefined;
};
