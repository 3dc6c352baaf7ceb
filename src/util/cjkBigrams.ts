/**
 * Chinese, Japanese and Korean are written without spaces between words, so a sentence is one run of
 * letters; a request and a comment share words but never a whole run. Overlapping character pairs of a
 * run (`内存泄漏` → 内存, 存泄, 泄漏) are the standard way to search such text without a dictionary
 * (Lucene's CJK analyzer): every two-character word is one of them, and the pairs that span two words
 * are rare enough for IDF to discount. Thai is written without spaces too, but its letters are not
 * syllables: pairs of them say little, so Thai runs stay whole.
 */
// Script extensions (scx), not scripts: the long-vowel mark ー and the iteration mark 々 are letters of
// Japanese words (メモリー, 人々) whose script is Common.
const CJK_RUN = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]+$/u;

const HAN = /\p{scx=Han}/u;

/** Whether a text holds any Chinese character (Han, in Japanese kanji too). */
export const hasHan = (text: string): boolean => HAN.test(text);

const isCjkRun = (text: string): boolean => CJK_RUN.test(text);

/** The overlapping pairs of a CJK run of three or more characters (a shorter one is its own pair), in order; [] for anything else. */
export const cjkBigrams = (run: string): string[] => {
  const chars = [...run];
  if (chars.length < 3 || !isCjkRun(run)) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i] as string}${chars[i + 1] as string}`);
  return out;
};
