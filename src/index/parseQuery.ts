import { porterStem } from './porterStem.ts';
import { isStopword, stripCommitPrefix } from './stopwords.ts';
import { rawTokens, tokenize } from './tokenize.ts';
import { verbBaseForms } from './verbBaseForms.ts';
import { spellLanguageNames } from '../util/spellLanguageNames.ts';
import { stripRequirementBoilerplate } from '../util/stripBoilerplate.ts';

export interface QueryTerm {
  term: string;
  weight: number;
  source: 'query' | 'compound' | 'inflection' | 'spelling' | 'typo' | 'translation' | 'derivation' | 'abbreviation' | 'wordnet' | 'cooccurrence' | 'feedback';
  /** The query term an expansion came from. */
  from?: string;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Lowercase plain words of the query, unstemmed: what WordNet is asked about. */
  words: string[];
  /**
   * Adjacent words joined (`sprite tiling` → `spritetiling`), stopwords skipped: how the query would
   * read as one identifier or directory (`SpriteTiling`, `sprite-tiling`), whose whole form the index keeps.
   */
  compounds: { term: string; from: string }[];
  /**
   * The initials of three or four adjacent words of a clause (`byte order mark` → `bom`, `time to live` → `ttl`, with and without a
   * small word inside): how code abbreviates a phrase (jq's `UTF8_BOM`, cats' `gcd`). Searched only where the index has
   * the term and it is no word of its own (expandQuery.ts).
   */
  initialisms: { term: string; from: string }[];
  warnings: string[];
}

const WORDNET_WORD = /^[a-z]{3,}$/u;
/** Compounds looked up per query (each is one vocabulary lookup). */
const MAX_COMPOUNDS = 64;

/** Particles of English phrasal verbs that code writes as one word with their verb. */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'in', 'out', 'off', 'back', 'over']);

export const parseQuery = (
  query: string,
  options: { stem: boolean; stripCommitPrefix: boolean; stripBoilerplate?: boolean; maxQueryTerms: number; identifierWeight?: number },
): ParsedQuery => {
  const warnings: string[] = [];
  let text = spellLanguageNames(query);
  if (options.stripCommitPrefix) {
    const stripped = stripCommitPrefix(text);
    text = stripped.text;
  }
  if (options.stripBoilerplate) text = stripRequirementBoilerplate(text);
  const unique = new Set<string>();
  const words = new Set<string>();
  const prose = proseWords(text);
  let dropped = 0;
  const written = wordsWrittenAsCode(text);
  for (const token of tokenize(text)) {
    if (isStopword(token) && !written.has(token)) continue;
    const term = options.stem ? porterStem(token) : token;
    if (unique.has(term)) continue;
    if (unique.size >= options.maxQueryTerms) {
      dropped++;
      continue;
    }
    unique.add(term);
    if (WORDNET_WORD.test(token) && prose.has(token)) words.add(token);
  }
  const compounds = new Map<string, string>();
  // (One letter is no word: the `s` of "sender's" made `senders` and `sdisplay`.)
  // A capital letter is a word of its own ("X resources" → `xresources`, "C API"), but not "A" or "I".
  // Neighbours once stopwords are dropped ("the match of path rules" → `matchpath`), but never across a negation:
  // "show no favicon" is no `showfavicon` (Miniflux's `static_favicon.go` had taken a request about feeds' icons).
  const letterRuns = (text.match(/\p{L}+/gu) ?? []).filter((w) => w.length > 1 || /^[B-HJ-Z]$/u.test(w)).map((w) => w.toLowerCase());
  let previous: string | undefined;
  for (const word of letterRuns) {
    if (compounds.size >= MAX_COMPOUNDS) break;
    if (NEGATIONS.has(word)) {
      previous = undefined;
      continue;
    }
    if (isStopword(word)) continue;
    const term = previous === undefined ? undefined : `${previous}${word}`;
    if (term !== undefined && !unique.has(term) && !compounds.has(term)) compounds.set(term, `${previous} ${word}`);
    previous = word;
  }
  // "SVG to PNG" is how a tool named svg2png or pdftotext is asked for (mapnik's utils/svg2png sank to 7th).
  const runs = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
  for (let i = 0; i + 2 < runs.length && compounds.size < MAX_COMPOUNDS; i++) {
    const [a, to, b] = [runs[i] ?? '', runs[i + 1], runs[i + 2] ?? ''];
    if (to !== 'to' || a.length < 2 || b.length < 2 || isStopword(a) || isStopword(b)) continue;
    for (const term of [`${a}2${b}`, `${a}to${b}`]) if (!unique.has(term) && !compounds.has(term)) compounds.set(term, `${a} to ${b}`);
  }
  // A version written apart is one name in code: "RxJava 3" → `rxjava3`, "HTTP/2" → `http2`, "JAXB 3" →
  // `jaxb3` (Retrofit's rxjava and jaxb modules won over their rxjava3 and jaxb3 siblings on the bare name).
  for (let i = 0; i + 1 < runs.length && compounds.size < MAX_COMPOUNDS; i++) {
    const [name, version] = [runs[i] ?? '', runs[i + 1] ?? ''];
    if (!/^\d{1,2}$/u.test(version) || !/^\p{L}{2,}$/u.test(name) || isStopword(name)) continue;
    const term = `${name}${version}`;
    if (!unique.has(term) && !compounds.has(term)) compounds.set(term, `${name} ${version}`);
  }
  // A phrasal verb is one word in code: "shut down" → `shutdown`, "log in" → `login`, "set up" → `setup`
  // (the particle is a stopword, so the pair above never forms); "shutting down" → `shutdown` too.
  for (let i = 0; i + 1 < runs.length && compounds.size < MAX_COMPOUNDS; i++) {
    const [verb, particle] = [runs[i] ?? '', runs[i + 1] ?? ''];
    if (!PARTICLES.has(particle) || verb.length < 2 || isStopword(verb) || !/^\p{L}+$/u.test(verb)) continue;
    const stems = [verb, ...verbBaseForms(verb), ...(/[^s]s$/u.test(verb) ? [verb.slice(0, -1)] : [])];
    for (const stem of stems) {
      const term = `${stem}${particle}`;
      if (!unique.has(term) && !compounds.has(term)) compounds.set(term, `${verb} ${particle}`);
    }
  }
  // A verb and its object are one name in code: "parsing an ISO timestamp" → `parseISO`, "adding one day" → `addDays`
  // (date-fns, one function per folder: its review 65 → 75% at rank 1; no other review store, the corpus nor the dev
  // bench moved). The object is the next word that is no stopword, article or small count, within three.
  for (const { term, from } of verbObjects(text)) {
    if (compounds.size >= MAX_COMPOUNDS) break;
    if (!unique.has(term) && !compounds.has(term)) compounds.set(term, from);
  }
  const initialisms = new Map<string, string>();
  for (const { term, from } of phraseInitials(text)) {
    if (!unique.has(term) && !initialisms.has(term) && initialisms.size < MAX_COMPOUNDS) initialisms.set(term, from);
  }
  if (dropped > 0) {
    warnings.push(`Query too long: used its first ${options.maxQueryTerms} distinct terms, ignored ${dropped} more`);
  }
  const identifiers = (options.identifierWeight ?? 1) !== 1 ? identifierWholes(text, options.stem) : undefined;
  return {
    terms: [...unique].map((term) => ({ term, weight: identifiers?.has(term) ? (options.identifierWeight ?? 1) : 1, source: 'query' })),
    words: [...words],
    compounds: [...compounds].map(([term, from]) => ({ term, from })),
    initialisms: [...initialisms].map(([term, from]) => ({ term, from })),
    warnings,
  };
};

/**
 * Words a request writes as code: in backticks or called (`` `between()` ``, "between(x, lo, hi)"), lower-cased.
 * A stopword written so is a name (dplyr's `between()`, a `some()` helper) and is searched like any other term.
 */
const wordsWrittenAsCode = (text: string): Set<string> => {
  const out = new Set<string>();
  if (!text.includes('`') && !text.includes('(')) return out;
  // (the whole backquoted text or the whole called name: `find_all_by` is no `all`, `value is None` no `is`)
  for (const m of text.matchAll(/`\s*(\p{L}+)\s*(?:\(\))?\s*`|(?<![\p{L}\p{N}_$])(\p{L}+)\(/gu)) out.add((m[1] ?? m[2] ?? '').toLowerCase());
  return out;
};

const ARTICLES: ReadonlySet<string> = new Set(['the', 'an']);
/** Words that say the words around them are apart: "shows no favicon", "works but not offline". */
const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'nor', 'without', 'instead']);

/**
 * The initials of every three or four adjacent words within a clause ("read the file. Descriptors leak" is no `rfd`),
 * the phrase opening and closing with a word of its own; a small word inside is initialled too ("time to live" →
 * ttl, "point of sale" → pos).
 */
const phraseInitials = (text: string): { term: string; from: string }[] => {
  const out: { term: string; from: string }[] = [];
  for (const clause of text.split(/[.,;:!?()]+(?:\s|$)/u)) {
    const letters = (clause.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
    for (let i = 0; i < letters.length; i++) {
      for (let n = 3; n <= 4 && i + n <= letters.length; n++) {
        const phrase = letters.slice(i, i + n);
        if (phrase.some((w) => w.length < 2) || isStopword(phrase[0] ?? '') || isStopword(phrase[n - 1] ?? '')) continue;
        // (an article is never initialled: "show the descriptions" is no `std`, "pick the right" no `ptr`)
        // (every word initialled: skipping a small word inside made "authenticated requests should get" `arg`, "icon the
        // site offers" `iso`; 9,274 review requests +2 −1 at rank 1)
        if (phrase.some((w) => ARTICLES.has(w))) continue;
        out.push({ term: phrase.map((w) => w[0]).join(''), from: phrase.join(' ') });
      }
    }
  }
  return out;
};

/**
 * The words of a text that are English as written, whose synonyms may be searched: plain words and the parts of
 * a hyphenated one ("double-click"), not the pieces of a name cut at its capitals or underscores: "FreeBSD" had
 * searched `release` for its `free` (alacritty's review), an identifier's parts are code's own words.
 */
const proseWords = (text: string): Set<string> => {
  const out = new Set<string>();
  for (const raw of rawTokens(text)) {
    if (raw.includes('_')) continue;
    for (const part of raw.split(/-+/u)) if (/^\p{L}+$/u.test(part) && !/\p{Ll}\p{Lu}/u.test(part)) out.add(part.toLowerCase());
  }
  return out;
};

/**
 * An identifier as code writes it: snake_case, or a lower-case letter before a capital inside a word (camelCase,
 * PascalCase; brand names such as GitHub or macOS count too, as measured). Not an acronym, not a hyphenated word.
 */
const IDENTIFIER = /[\p{L}\p{N}]_[\p{L}\p{N}]|\p{Ll}\p{Lu}/u;

/** The whole forms (as the terms are: stemmed when `stem`) of the identifiers a text writes out: `no_proxy` → `noproxy`. */
const identifierWholes = (text: string, stem: boolean): Set<string> => {
  const out = new Set<string>();
  for (const raw of rawTokens(text)) {
    if (!IDENTIFIER.test(raw)) continue;
    const [whole] = tokenize(raw);
    if (whole !== undefined) out.add(stem ? porterStem(whole) : whole);
  }
  return out;
};

/** Words between a verb and its object that a name leaves out: "adding one day", "parsing an ISO timestamp". */
const OBJECT_FILLER = /^(?:one|two|a|an|the|my|our|its|their|some|new)$/u;

/**
 * The base forms of a verb written as its -ing or -ed form joined to its object, singular and plural ("adding one day"
 * → `addday`, `adddays`). (A bare "add" or "get" is no verb by its form; naming those as a list moved nothing.)
 */
const verbObjects = (text: string): { term: string; from: string }[] => {
  const out: { term: string; from: string }[] = [];
  const words = (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  for (let i = 0; i + 1 < words.length; i++) {
    const verb = words[i] ?? '';
    const bases = isStopword(verb) ? [] : verbBaseForms(verb);
    if (bases.length === 0) continue;
    let j = i + 1;
    while (j < words.length && j <= i + 3 && (isStopword(words[j] ?? '') || OBJECT_FILLER.test(words[j] ?? ''))) j++;
    const object = words[j];
    if (object === undefined || j > i + 3 || object.length < 2 || isStopword(object)) continue;
    for (const base of bases) for (const form of [object, `${object}s`]) out.push({ term: `${base}${form}`, from: `${verb} ${object}` });
  }
  return out;
};
