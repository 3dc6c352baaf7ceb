/**
 * The original Porter (1980) stemmer, for lowercase ASCII words. Words with other characters, and
 * words of 1–2 letters, are returned unchanged (identifiers like `vec3`, non-English text).
 */

const isConsonant = (w: string, i: number): boolean => {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
  if (c === 'y') return i === 0 ? true : !isConsonant(w, i - 1);
  return true;
};

/** m in [C](VC){m}[V] of the stem w[0..end). */
const measure = (w: string, end: number): number => {
  let n = 0;
  let i = 0;
  while (i < end && isConsonant(w, i)) i++;
  while (i < end) {
    while (i < end && !isConsonant(w, i)) i++;
    if (i >= end) break;
    n++;
    while (i < end && isConsonant(w, i)) i++;
  }
  return n;
};

const hasVowel = (w: string, end: number): boolean => {
  for (let i = 0; i < end; i++) if (!isConsonant(w, i)) return true;
  return false;
};

const endsDoubleConsonant = (w: string, end: number): boolean =>
  end >= 2 && w[end - 1] === w[end - 2] && isConsonant(w, end - 1);

/** *o: stem ends cvc where the last c is not w, x or y. */
const endsCvc = (w: string, end: number): boolean => {
  if (end < 3) return false;
  if (!isConsonant(w, end - 1) || isConsonant(w, end - 2) || !isConsonant(w, end - 3)) return false;
  const c = w[end - 1];
  return c !== 'w' && c !== 'x' && c !== 'y';
};

/** Replaces suffix by replacement when the stem before it has measure > minMeasure. */
const replaceIf = (w: string, rules: readonly (readonly [string, string])[], minMeasure: number): string => {
  for (const [suffix, replacement] of rules) {
    if (w.endsWith(suffix)) {
      const stemEnd = w.length - suffix.length;
      return measure(w, stemEnd) > minMeasure ? w.slice(0, stemEnd) + replacement : w;
    }
  }
  return w;
};

const STEP2: readonly (readonly [string, string])[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'],
  ['abli', 'able'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'],
  ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'],
  ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'],
];
// Porter picks the longest matching suffix; sorting makes first match = longest.
const STEP2_SORTED = STEP2.slice().sort((a, b) => b[0].length - a[0].length);
const STEP3: readonly (readonly [string, string])[] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = [
  'ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize',
  'ion', 'al', 'er', 'ic', 'ou',
];

const step1ab = (word: string): string => {
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1);

  if (w.endsWith('eed')) {
    return measure(w, w.length - 3) > 0 ? w.slice(0, -1) : w;
  }
  let stripped: string | undefined;
  if (w.endsWith('ed') && hasVowel(w, w.length - 2)) stripped = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) stripped = w.slice(0, -3);
  if (stripped === undefined) return w;
  if (stripped.endsWith('at') || stripped.endsWith('bl') || stripped.endsWith('iz')) return `${stripped}e`;
  const last = stripped[stripped.length - 1];
  if (endsDoubleConsonant(stripped, stripped.length) && last !== 'l' && last !== 's' && last !== 'z') {
    return stripped.slice(0, -1);
  }
  if (measure(stripped, stripped.length) === 1 && endsCvc(stripped, stripped.length)) return `${stripped}e`;
  return stripped;
};

const step1c = (w: string): string =>
  w.endsWith('y') && hasVowel(w, w.length - 1) ? `${w.slice(0, -1)}i` : w;

const step4 = (w: string): string => {
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    const stemEnd = w.length - suffix.length;
    if (measure(w, stemEnd) <= 1) return w;
    if (suffix === 'ion' && w[stemEnd - 1] !== 's' && w[stemEnd - 1] !== 't') return w;
    return w.slice(0, stemEnd);
  }
  return w;
};

const step5 = (word: string): string => {
  let w = word;
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1);
    if (m > 1 || (m === 1 && !endsCvc(w, w.length - 1))) w = w.slice(0, -1);
  }
  if (w.endsWith('ll') && measure(w, w.length) > 1) w = w.slice(0, -1);
  return w;
};

const ASCII_WORD = /^[a-z]+$/u;

export const porterStem = (word: string): string => {
  if (word.length <= 2 || !ASCII_WORD.test(word)) return word;
  let w = step1ab(word);
  w = step1c(w);
  w = replaceIf(w, STEP2_SORTED, 0);
  w = replaceIf(w, STEP3, 0);
  w = step4(w);
  return step5(w);
};
