/**
 * The verb of an action noun and the action nouns of a verb, by rule: requests name a change by its noun
 * ("compression is slow", "input validation fails", "the deployment hangs") where code names the
 * function by its verb (`compress`, `validateInput`, `deploy`), and the other way round (`Compression`,
 * `validation/`). Suffixes -ation, -tion, -ssion, -sion, -cion and -ment; every spelling rule's candidates are tried
 * and only terms the index has are searched, so a wrong form costs nothing. Short stems and the nouns
 * whose verb-looking stem is another word (`station` is no `state`, `statement` no `state`) are left alone.
 */
const NOT_ACTIONS: ReadonlySet<string> = new Set([
  'station', 'nation', 'ration', 'statement', 'exception', 'mention', 'question', 'section', 'portion', 'caption',
  'motion', 'emotion', 'potion', 'lotion', 'edition', 'mission', 'session', 'version', 'apartment', 'department',
  'comment', 'moment', 'element', 'segment', 'fragment', 'document', 'argument', 'environment', 'garment',
  // verbs that end like nouns, and nouns whose stem is another word
  'implement', 'increment', 'decrement', 'experiment', 'augment', 'complement', 'supplement', 'compliment', 'cement',
  'lament', 'torment', 'ferment', 'foundation', 'occasion', 'dimension', 'pension', 'illusion', 'precision', 'passion',
]);
// Verbs whose action noun reads as another word (`state` → `station`, `except` → `exception`).
const NOT_VERBS: ReadonlySet<string> = new Set(['state', 'except', 'mention', 'question', 'section', 'format', 'comment', 'document', 'element', 'content', 'express', 'found', 'present', 'intent', 'event']);

const MIN_STEM = 4;

/** Adjectives in -able and -ible whose stem is another word or none (`table`, `variable`, `possible`). */
const NOT_ABLE: ReadonlySet<string> = new Set([
  'variable', 'capable', 'probable', 'possible', 'visible', 'invisible', 'terrible', 'horrible', 'incredible', 'vegetable',
  'comfortable', 'syllable', 'available', 'unavailable', 'responsible', 'compatible', 'incompatible', 'eligible',
  'flexible', 'sensible', 'suitable', 'notable', 'portable', 'tangible', 'feasible', 'plausible', 'audible', 'legible',
]);

export const actionForms = (word: string): string[] => {
  if (!/^[a-z]+$/u.test(word) || word.length < 5) return [];
  const out = new Set<string>();
  const stem = (suffix: string): string | undefined => {
    if (!word.endsWith(suffix)) return undefined;
    const base = word.slice(0, -suffix.length);
    return base.length >= MIN_STEM ? base : undefined;
  };
  if (NOT_ACTIONS.has(word) || NOT_VERBS.has(word)) return [];
  const ation = stem('ation');
  const tion = stem('ion');
  const ment = stem('ment');
  if (ation !== undefined) {
    // validation → validate, configuration → configure, transformation → transform.
    out.add(`${ation}ate`).add(`${ation}e`).add(ation);
  } else if (tion !== undefined && (word.endsWith('tion') || word.endsWith('ssion'))) {
    // connection → connect, compression → compress, deletion → delete, execution → execute,
    // definition → define.
    out.add(tion).add(`${tion}e`);
    const ition = stem('ition');
    if (ition !== undefined) out.add(`${ition}e`);
    // description → describe, subscription → subscribe
    const scription = word.endsWith('scription') ? word.slice(0, -'ption'.length) : undefined;
    if (scription !== undefined) out.add(`${scription}be`);
  } else if (tion !== undefined && word.endsWith('sion')) {
    // The other -sion nouns: conversion → convert, expansion → expand, inclusion → include, decision → decide,
    // revision → revise (drizzle's review: "coercion" never met `coerce`, below).
    // (by the letter before: "extension" is no `extent`, "inversion" no `inverse`)
    const sion = stem('sion');
    if (sion !== undefined && word.endsWith('nsion')) out.add(`${sion}d`);
    else if (sion !== undefined && word.endsWith('rsion')) out.add(`${sion}t`);
    else if (sion !== undefined) out.add(`${sion}de`).add(`${sion}se`);
  } else if (tion !== undefined && word.endsWith('cion')) {
    // coercion → coerce
    out.add(`${tion}e`);
  } else if (ment !== undefined) {
    // deployment → deploy, management → manage, attachment → attach.
    out.add(ment);
  } else if (/[^aeiou](?:able|ible)$/u.test(word) && !NOT_ABLE.has(word) && word.length - 4 >= MIN_STEM) {
    // An adjective of what can be done is its verb: streamable → stream (Flask's review), configurable →
    // configure, serializable → serialize, reducible → reduce, forgettable → forget.
    const base = word.slice(0, -4);
    out.add(base).add(`${base}e`);
    if (/([b-df-hj-np-tv-z])\1$/u.test(base)) out.add(base.slice(0, -1));
  } else if (!/(ion|ment|ing|ed|[^s]s)$/u.test(word)) {
    // The other way: validate → validation, configure → configuration, connect → connection,
    // compress → compression, install → installation, deploy → deployment.
    if (word.endsWith('ate')) out.add(`${word.slice(0, -1)}ion`);
    else if (word.endsWith('e')) out.add(`${word.slice(0, -1)}ion`).add(`${word.slice(0, -1)}ation`);
    else if (/(t|ss)$/u.test(word)) out.add(`${word}ion`).add(`${word}ation`);
    else out.add(`${word}ation`);
    out.add(`${word}ment`);
  }
  out.delete(word);
  return [...out];
};
