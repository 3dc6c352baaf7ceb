/**
 * The adjective an adverb is made from, by rule: `lazily` → lazy, `automatically` → automatic (and automatical),
 * `possibly` → possible, `correctly` → correct, `asynchronously` → asynchronous. Code names the quality (`lazy`,
 * `LazyCriteriaCollection`) where a request says how something happens ("lazily loaded"). Wrong forms cost nothing
 * but a stem the index may hold for itself: so no stem under four letters (`apply` is no `app`, `early` no `ear`)
 * and none ending in p (`supply`, `comply`: `comp` is an abbreviation).
 */
export const adverbBaseForms = (word: string): string[] => {
  if (!/^[a-z]+ly$/u.test(word) || word.length < 6) return [];
  if (word.endsWith('ily')) return [`${word.slice(0, -3)}y`].filter(long);
  if (word.endsWith('ically')) return [word.slice(0, -4), word.slice(0, -2)].filter(long);
  if (word.endsWith('bly')) return [`${word.slice(0, -1)}e`].filter(long);
  const stem = word.slice(0, -2);
  return long(stem) && !stem.endsWith('p') ? [stem] : [];
};

const long = (form: string): boolean => form.length >= 4;
