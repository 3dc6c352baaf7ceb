/**
 * The base form of a verb's -ing or -ed form, by rule: `sleeping` → sleep, `uploading` → upload, `closing`
 * → close, `running` → run, `stopped` → stop, `closed` → close, `copied` → copy, `cancelled` → cancel. Wrong forms cost nothing:
 * only terms the index has are searched.
 */
export const verbBaseForms = (word: string): string[] => {
  if (!/^[a-z]+$/u.test(word) || word.length < 5) return [];
  const out: string[] = [];
  const undouble = (stem: string): void => {
    if (/([b-df-hj-np-tv-z])\1$/u.test(stem) && !/(ll|ss|ff|zz)$/u.test(stem)) out.push(stem.slice(0, -1));
    // British spelling doubles an l after an unstressed vowel: `cancelling` → cancel, `labelled` → label, `modelling`
    // → model (dio's "Cancelling a request" had found no cancel); not in a short stem (`rolling`, `filled`, `called`).
    else if (stem.endsWith('ll') && stem.length >= 6) out.push(stem.slice(0, -1));
  };
  // `bring`, `thing`, `red`: no stem of three letters, no verb form.
  if (word.endsWith('ing') && word.length >= 6) {
    const stem = word.slice(0, -3);
    out.push(stem, `${stem}e`);
    undouble(stem);
  } else if (word.endsWith('ied')) out.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith('ed') && word.length >= 5) {
    const stem = word.slice(0, -2);
    out.push(stem, `${stem}e`);
    undouble(stem);
  }
  return out.filter((form) => form.length >= 3);
};
