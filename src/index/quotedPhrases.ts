/**
 * The phrases a request quotes: an error message, a prompt, a label copied from the screen ("Oops!
 * Something went wrong!", “Anchor not found”, 'Should I try again'). Each comes back as its words
 * (phraseWords), when it is prose: three words or more written apart, one of three letters or more, and
 * none of code's punctuation (`export default value;` and `#[config(alias = …)]` are code, which the
 * ordinary search weighs by its names). Two words ("unexpected EOF", "hello world") say too little:
 * most often a library's message or a sample's. A single quote opens only after a space or bracket and
 * closes only before one, so `couldn't` and `sender's` quote nothing.
 */
const BACKTICKS = /`([^`\n]{3,300})`/gu;
// Double quotes of every kind first, single quotes last: a value quoted inside a message is part of it.
const QUOTES: readonly RegExp[] = [
  /"([^"\n]{3,300})"/gu,
  /“([^”\n]{3,300})”/gu,
  /„([^“”\n]{3,300})[“”]/gu,
  /«\s?([^»\n]{3,300}?)\s?»/gu,
  /‘([^\n]{3,300}?)’(?=$|[\s)\]}.,;:!?])/gu,
  /(?:^|[\s([{:,])'([^'\s][^'\n]{1,298}?[^'\s])'(?=$|[\s)\]}.,;:!?])/gu,
];

/**
 * Code's punctuation (`x = f();`, `#[attr]`, `a => b`, `A::b`, `$(cmd)`). Not a lone `=`, `<…>` or `[…]`:
 * messages hold them ("Expected '===' and instead saw '=='", "usage: git <command> [<args>]"); a dotted
 * name is one word (`context.raw`), a file name in a message is the user's (`'notes.txt' failed`).
 */
const CODE = /[;{}]|=>|::|\(\)|#\[| = |\$\(/u;
export const MIN_PHRASE_WORDS = 3;

/** At most this many phrases of a request are looked for, each cut to this many words. */
const MAX_PHRASES = 4;
export const MAX_PHRASE_WORDS = 16;

/** Lowercased runs of letters and digits: how a phrase and a file's text are compared. */
export const phraseWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export const quotedPhrases = (query: string): string[][] => {
  const out: string[][] = [];
  const seen = new Set<string>();
  // A code span's own quotes (`` `"abc" | .[2:4] = "XY"` ``) pair with nothing outside it (jq's review), and
  // what one kind of quote took no later kind sees again.
  let rest = query.replace(/`[^`\n]*`/gu, (span) => ' '.repeat(span.length));
  for (const pattern of [BACKTICKS, ...QUOTES]) {
    const matches = [...(pattern === BACKTICKS ? query : rest).matchAll(pattern)];
    if (pattern !== BACKTICKS) for (const m of matches) rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    for (const match of matches) {
      const text = match[1] ?? '';
      if (CODE.test(text) || text.trim().split(/\s+/u).length < MIN_PHRASE_WORDS) continue;
      const words = phraseWords(text).slice(0, MAX_PHRASE_WORDS);
      if (words.length < MIN_PHRASE_WORDS || !words.some((w) => w.length >= 3 && /\p{L}/u.test(w))) continue;
      const key = words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(words);
      if (out.length >= MAX_PHRASES) return out;
    }
  }
  return out;
};
