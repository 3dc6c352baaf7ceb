import { actionForms } from './actionForms.ts';
import type { ReadText } from './scorePhrases.ts';
import { abbreviationExpansions, isGlossaryWord } from './abbreviations.ts';
import type { Translator } from './chineseGlosses.ts';
import { cjkBigrams } from '../util/cjkBigrams.ts';
import { closestIndexTerm } from './closestIndexTerm.ts';
import { cooccurringTerms } from './cooccurrence.ts';
import { vocabularyId, type CutoffState, type LexicalIndex } from './LexicalIndex.ts';
import type { ParsedQuery, QueryTerm } from './parseQuery.ts';
import { porterStem } from './porterStem.ts';
import { verbBaseForms } from './verbBaseForms.ts';
import { adverbBaseForms } from './adverbBaseForms.ts';
import { versionForms } from './versionForms.ts';
import { httpStatusForms } from './httpStatusForms.ts';
import { httpVersionForms } from './httpVersionForms.ts';

/**
 * Half the modules with Chinese text: the code is commented in Chinese, not translated to it in a locale
 * folder (of the English review trees, josm's discovered six modules come nearest: one, 17%).
 */
const CHINESE_CODE_SHARE = 0.5;
const CHINESE_WORDS_PER_WORD = 2;

export type SynonymSource = (word: string) => Promise<string[]>;
/** Whether a word is one of the language's own (any inflection): a word the dictionary knows is never taken for a typo. */
export type Dictionary = (word: string) => boolean;
export type { Translator } from './chineseGlosses.ts';

/** What the index itself does not hold, injected by the caller (each read from files outside the index). */
export interface ExpansionSources {
  synonyms?: SynonymSource;
  dictionary?: Dictionary;
  /** Whether a word is one of the language's own in lower case, not only an abbreviation (`SSE`) or a name; `dictionary` where absent. */
  ordinaryWord?: Dictionary;
  translator?: Translator;
  /** English word → Chinese words it translates (CC-CEDICT read backwards), for code commented in Chinese. */
  chineseWords?: (english: string) => string[];
  /** The repository's files by path, where the search looks for the phrases a request quotes (scorePhrases.ts). */
  readText?: ReadText;
}

/**
 * Adds down-weighted expansion terms: adjacent query words joined as one identifier would be (a phrasal
 * verb too), the other number of each word and the base form of a verb form, the other spelling of a
 * British or American word, the term a mistyped word meant, the English glosses of Chinese words (and, on
 * code commented in Chinese, the Chinese words of English ones), agent nouns and their verbs (`log` ↔
 * `logger`), programmers' abbreviations both ways, WordNet synonyms of the query's words and identifier
 * terms that co-occur with its terms in the repository's own text. An expansion never outweighs an
 * original term (a form that stands in for a word the index lacks takes its weight), and only terms that
 * exist in the index are added (the rest could not match anyway).
 */
export const expandQuery = async (
  index: LexicalIndex,
  state: CutoffState,
  parsed: ParsedQuery,
  query: string,
  { synonyms, dictionary, ordinaryWord, translator, chineseWords }: ExpansionSources,
): Promise<{ terms: QueryTerm[]; warnings: string[] }> => {
  const { wordnet, cooccurrence, compounds, inflections, spellings, typos, translations, derivations, abbreviations, stem } = index.options;
  const warnings: string[] = [];
  const byTerm = new Map<string, QueryTerm>(parsed.terms.map((t) => [t.term, t]));
  const add = (candidate: QueryTerm): void => {
    if (vocabularyId(index, candidate.term) === undefined) return;
    const existing = byTerm.get(candidate.term);
    if (existing === undefined || existing.weight < candidate.weight) byTerm.set(candidate.term, candidate);
  };

  // Compounds are not stemmed: whole forms of identifiers are indexed as they are.
  if (compounds.enabled) {
    for (const c of parsed.compounds) add({ term: c.term, weight: compounds.weight, source: 'compound', from: c.from });
  }

  // Identifiers keep their number (`effects`, `Effect`), and stemming both sides merged identifiers
  // that differ (`render`/`renderer`): the other number is searched instead, down-weighted.
  // A verb's -ing and -ed forms search its base form too (`sleeping` → sleep), an adverb its adjective (`lazily` → lazy). A query word the index
  // lacks altogether stands in the form the code has it, at its own weight ("sleeping" is nowhere, `sleep`
  // is); beside a word the index has, the other form is down-weighted.
  // "Windows", capitalised and never lowercase in the request, is the system, not a plural of `window`.
  const system = /\bWindows\b/u.test(query) && !/\bwindows\b/u.test(query) ? 'windows' : undefined;
  if (inflections.enabled && !stem) {
    for (const t of parsed.terms) {
      if (t.term === system) continue;
      const weight = t.source === 'query' && vocabularyId(index, t.term) === undefined ? t.weight : inflections.weight;
      const forms = t.source === 'query' ? [...otherNumber(t.term), ...verbBaseForms(t.term)] : otherNumber(t.term);
      for (const form of forms) if (!byTerm.has(form)) add({ term: form, weight, source: 'inflection', from: t.term });
      // (an adjective never stands in for its adverb at full weight: "correctly", "publicly" say how, rarely what)
      if (t.source === 'query') for (const form of adverbBaseForms(t.term)) if (!byTerm.has(form)) add({ term: form, weight: inflections.weight, source: 'inflection', from: t.term });
    }
  }

  // British and American spellings of one word: a request says "colour", the code `color` (or the other way).
  if (spellings.enabled && !stem) {
    for (const t of parsed.terms) {
      if (t.source !== 'query') continue;
      for (const form of otherSpellings(t.term)) if (!byTerm.has(form)) add({ term: form, weight: spellings.weight, source: 'spelling', from: t.term });
    }
  }

  // A mistyped word matches nothing ("recieve", "reactivty"): the index's term one edit away is searched
  // instead, if the word is no word of the dictionary either (a real word one edit from another, `stale`
  // and `state`, is no mistake), nor a programmer's abbreviation (`admin`). Only what the index lacks is
  // corrected, so identifiers stay as written.
  if (typos.enabled && dictionary !== undefined && !stem) {
    for (const t of parsed.terms) {
      if (t.source !== 'query' || t.term.length < typos.minLength || !/^[a-z]+$/u.test(t.term)) continue;
      if (vocabularyId(index, t.term) !== undefined || isGlossaryWord(t.term)) continue;
      try {
        if (dictionary(t.term)) continue;
      } catch (error) {
        warnings.push(`Typo correction skipped: ${error instanceof Error ? error.message : String(error)}`);
        break;
      }
      const meant = closestIndexTerm(index, t.term);
      if (meant !== undefined && !byTerm.has(meant)) add({ term: meant, weight: typos.weight, source: 'typo', from: t.term });
    }
  }

  // A request written in Chinese for code and comments in English: each Chinese word's English glosses.
  if (translations.enabled && translator !== undefined) {
    try {
      for (const gloss of translator(query)) {
        gloss.english.forEach((word, i) => {
          const term = stem ? porterStem(word) : word;
          if (byTerm.get(term)?.source === 'query') return;
          add({ term, weight: i < gloss.primary ? translations.weight : translations.weight / 2, source: 'translation', from: gloss.word });
        });
      }
    } catch (error) {
      warnings.push(`Chinese glosses skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // An English request on code commented in Chinese: each English word also searches the Chinese words it
  // translates, the most exact ones the index has. A word of three or more characters is searched as its
  // character pairs (as the index holds Chinese text), their weights shared.
  if (translations.enabled && translations.fromEnglish && chineseWords !== undefined && index.chineseShare >= CHINESE_CODE_SHARE) {
    try {
      for (const t of parsed.terms) {
        if (t.source !== 'query' || !/^[a-z]{3,}$/u.test(t.term)) continue;
        let kept = 0;
        for (const word of chineseWords(t.term)) {
          if (kept >= CHINESE_WORDS_PER_WORD) break;
          const pieces = [...word].length === 2 ? [word] : cjkBigrams(word);
          if (pieces.length === 0 || pieces.some((piece) => vocabularyId(index, piece) === undefined)) continue;
          for (const piece of pieces) if (!byTerm.has(piece)) add({ term: piece, weight: translations.weight / pieces.length, source: 'translation', from: t.term });
          kept++;
        }
      }
    } catch (error) {
      warnings.push(`Chinese translations skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // Parts of code are named after what they do (`logger`, `formatter`, `iterator`) where requests say
  // the verb ("log metadata"), and the other way round.
  if (derivations.enabled && !stem) {
    for (const t of parsed.terms) {
      if (t.source !== 'query') continue;
      for (const form of agentForms(t.term)) if (!byTerm.has(form)) add({ term: form, weight: derivations.weight, source: 'derivation', from: t.term });
      if (derivations.actionWeight <= 0) continue;
      for (const form of actionForms(t.term)) if (!byTerm.has(form)) add({ term: form, weight: derivations.actionWeight, source: 'derivation', from: t.term });
    }
  }

  // Programmers' abbreviations both ways (`btn` ↔ `button`, `ssr` → server, rendering).
  if (abbreviations.enabled) {
    // A file extension as written (".bat/.cmd/.exe", "*.cfg") names files, not what it abbreviates (fd's review:
    // ".cmd" searched `command` and pulled up its exec module).
    const extensions = new Set([...query.matchAll(/(?:^|[\s/,;(*])\.([a-z][a-z0-9]{0,5})\b/giu)].map((m) => (m[1] as string).toLowerCase()));
    const originals = parsed.terms.filter((t) => t.source === 'query' && !extensions.has(t.term)).map((t) => t.term);
    for (const { term, from } of abbreviationExpansions(originals, otherNumber)) {
      const searched = stem ? porterStem(term) : term;
      if (byTerm.get(searched)?.source === 'query') continue;
      add({ term: searched, weight: abbreviations.weight, source: 'abbreviation', from });
    }
    // A version written in digits as code names it ("zstd 0.5" → `zstd_v05.c`, "API version 2" → `v2`).
    for (const { term, from } of versionForms(query)) if (!byTerm.has(term)) add({ term, weight: abbreviations.weight, source: 'abbreviation', from });
    // An HTTP status code written in digits as code names it ("422" → `UNPROCESSABLE_ENTITY`, `StatusUnprocessableEntity`).
    for (const { term, from } of httpStatusForms(query)) if (!byTerm.has(term)) add({ term, weight: abbreviations.weight, source: 'abbreviation', from });
    // An HTTP version as code names it ("HTTP/2" → `http2`, `h2`).
    for (const { term, from } of httpVersionForms(query)) if (!byTerm.has(term)) add({ term, weight: abbreviations.weight, source: 'abbreviation', from });
    // A phrase's initials the code uses as a name (`byte order mark` → `bom`), if they are no word of their own
    // ("make all pages" → `map`, "on the fly" are no initialisms the code meant). A word the dictionary knows
    // only as an abbreviation is one (`sse`, `cli`: WordNet's south-southeast and command line interface).
    const isWord = ordinaryWord ?? dictionary;
    if (abbreviations.initialismWeight > 0 && isWord !== undefined && !stem) {
      for (const { term, from } of parsed.initialisms) {
        if (byTerm.has(term) || vocabularyId(index, term) === undefined) continue;
        try {
          if (isWord(term)) continue;
        } catch {
          continue;
        }
        add({ term, weight: abbreviations.initialismWeight, source: 'abbreviation', from });
      }
    }
  }

  if (wordnet.enabled && synonyms !== undefined && parsed.words.length > 0) {
    const words = parsed.words.slice(0, wordnet.maxLookups);
    try {
      const lists = await Promise.all(words.map((w) => synonyms(w)));
      words.forEach((word, i) => {
        let kept = 0;
        for (const synonym of lists[i] ?? []) {
          if (kept >= wordnet.maxSynonymsPerTerm) break;
          const term = stem ? porterStem(synonym) : synonym;
          if (vocabularyId(index, term) === undefined || byTerm.get(term)?.source === 'query') continue;
          add({ term, weight: wordnet.weight, source: 'wordnet', from: word });
          kept++;
        }
      });
    } catch (error) {
      warnings.push(`WordNet expansion skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  if (cooccurrence.enabled) {
    for (const original of parsed.terms) {
      const neighbours = cooccurringTerms(index, state, original.term);
      const best = neighbours[0]?.ppmi ?? 0;
      for (const { term, ppmi } of neighbours) {
        add({ term, weight: (cooccurrence.weight * ppmi) / best, source: 'cooccurrence', from: original.term });
      }
    }
  }
  return { terms: [...byTerm.values()], warnings };
};

/**
 * The other grammatical number of an English word, by rule: `effects` → `effect`, `classes` →
 * `class`/`classe`, `entries` → `entry`, `block` → `blocks`, `query` → `querys`/`queries`. Wrong forms
 * cost nothing: only terms the index has are searched. Short words and `-ss` words are left alone.
 */
// Words whose plural-looking form is another word: `http` is no singular of `https`.
const NO_NUMBER: ReadonlySet<string> = new Set(['http', 'https', 'news', 'series', 'species', 'canvas', 'alias', 'bias', 'lens']);

export const otherNumber = (word: string): string[] => {
  if (!/^[a-z]+$/u.test(word) || word.length < 3 || NO_NUMBER.has(word)) return [];
  if (word.endsWith('ies') && word.length > 4) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('es') && word.length > 4) return [word.slice(0, -2), word.slice(0, -1)];
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return [`${word}es`];
  if (word.endsWith('s')) return word.length > 3 ? [word.slice(0, -1)] : [];
  return word.endsWith('y') && !/[aeiou]y$/u.test(word) ? [`${word.slice(0, -1)}ies`] : [`${word}s`];
};

/**
 * The other spelling of a British or American word: -our/-or (`colour`, `behaviour`, `favourite`),
 * -ise/-ize and -yse/-yze (`initialise`, `serialisation`, `analyse`), -tre to -ter (`centre`; not back:
 * `filter` is no `filtre`), -ogue/-og
 * (`catalogue`), a doubled l before -ed/-ing (`cancelled`, `modelling`), and a few of their own. Wrong
 * forms cost nothing: only terms the index has are searched.
 */
const SPELLING_PAIRS: ReadonlyArray<readonly [string, string]> = [['licence', 'license'], ['defence', 'defense'], ['offence', 'offense'], ['grey', 'gray'], ['programme', 'program'], ['aluminium', 'aluminum']];
const OUR_ENDING = '(s|ed|ing|ite|ites|able|ful|less|er|ers|ly)?';
// Compiled once: this runs for every word of every request.
const SPELLING_SWAPS: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(`([a-z]{2,})our${OUR_ENDING}$`, 'u'), '$1or$2'],
  [new RegExp(`([a-z]{2,}[^aeiou])or${OUR_ENDING}$`, 'u'), '$1our$2'],
  [/([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations)$/u, '$1iz$2'],
  [/([a-z]{3,})iz(e|es|ed|ing|er|ers|ation|ations)$/u, '$1is$2'],
  [/([a-z]{2,})ys(e|es|ed|ing)$/u, '$1yz$2'],
  [/([a-z]{2,})yz(e|es|ed|ing)$/u, '$1ys$2'],
  [/([a-z]{3,})tre(s)?$/u, '$1ter$2'],
  [/([a-z]{3,})ogue(s)?$/u, '$1og$2'],
  [/([a-z]{3,}[aeiou])ll(ed|ing|er|ers)$/u, '$1l$2'],
  [/([a-z]{3,}[aeiou])l(ed|ing|er|ers)$/u, '$1ll$2'],
];
export const otherSpellings = (word: string): string[] => {
  if (!/^[a-z]+$/u.test(word) || word.length < 4) return [];
  const out = new Set<string>();
  for (const [gb, us] of SPELLING_PAIRS) {
    if (word.startsWith(gb)) out.add(us + word.slice(gb.length));
    if (word.startsWith(us)) out.add(gb + word.slice(us.length));
  }
  for (const [pattern, replacement] of SPELLING_SWAPS) if (pattern.test(word)) out.add(word.replace(pattern, replacement));
  out.delete(word);
  return [...out];
};

/**
 * The agent noun of a verb and the verb of an agent noun: code names its parts after what they do
 * (`logger`, `formatter`, `compiler`, `iterator`, `collector`) where requests say the verb ("log
 * metadata", "format the output"), and a verb in -ify and its noun in -ification. Every spelling rule's
 * candidates are tried; only terms the index has are searched.
 */
export const agentForms = (word: string): string[] => {
  if (!/^[a-z]+$/u.test(word) || word.length < 3) return [];
  const out = new Set<string>();
  // A verb in -ify and its noun in -ification ("notification" is `notify` in tmux's control-notify.c; modify,
  // verify, classify, simplify), both ways.
  if (word.endsWith('ification') && word.length >= 11) out.add(`${word.slice(0, -9)}ify`);
  else if (word.endsWith('ify') && word.length > 4) out.add(`${word.slice(0, -3)}ification`);
  const last = word[word.length - 1] ?? '';
  if (/(er|or)$/u.test(word) && word.length > 4) {
    const base = word.slice(0, -2);
    out.add(base);
    out.add(`${base}e`);
    if (base.length > 2 && base[base.length - 1] === base[base.length - 2]) out.add(base.slice(0, -1));
  } else if (word.endsWith('e')) {
    out.add(`${word}r`);
    out.add(`${word.slice(0, -1)}or`);
  } else {
    out.add(`${word}er`);
    out.add(`${word}or`);
    if (/[^aeiou][aeiou][bdgklmnprt]$/u.test(word)) out.add(`${word}${last}er`);
  }
  out.delete(word);
  return [...out];
};
