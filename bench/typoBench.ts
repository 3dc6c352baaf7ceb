// `node --import tsx bench/typoBench.ts [corpus|bench] ['[["label", {lexical overrides}], ...]']`
// People mistype requirements ("recieve", "reactivty"); a mistyped word matches nothing. This misspells one
// word of every ../shared/corpus query (seeded: one edit a typist makes: a letter dropped, doubled, swapped
// with its neighbour, or replaced or joined by a key beside it on a QWERTY keyboard; words of 5+ letters,
// stopwords left alone) and reports mean primary non-leaking / primary Acc@1 and recall@10 with typo
// correction on (the defaults) and off, and plain BM25, on the queries as written and misspelled, with
// the median milliseconds per search (warm index; mean of the packages' medians). Measurement only; the trees come from bench/indexedTree.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackage, meanOf, scorePackage, type PackageScore } from './corpusEval.ts';
import { bm25BaselineOptions, lexicalDefaults, mergeLexicalOptions, type LexicalOptions } from '../src/index/lexicalDefaults.ts';
import { isStopword } from '../src/index/stopwords.ts';
import { keyboardNeighbours } from '../src/util/keyboardNeighbours.ts';
import { rngFor, type Rng } from '../src/util/random.ts';

const neighbours = (c: string): string[] => {
  const keys = keyboardNeighbours(c);
  return keys.length > 0 ? keys : [c];
};

/** One typist's mistake in `word` (at least 5 letters), never at its first letter. */
export const misspell = (word: string, rng: Rng): string => {
  const at = 1 + rng.int(word.length - 1);
  const c = word[at] as string;
  switch (rng.int(5)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + c + word.slice(at);
    case 2:
      return at + 1 < word.length && word[at + 1] !== c ? word.slice(0, at) + (word[at + 1] as string) + c + word.slice(at + 2) : word.slice(0, at) + word.slice(at + 1);
    case 3:
      return word.slice(0, at) + rng.pick(neighbours(c)) + word.slice(at + 1);
    default:
      return word.slice(0, at) + rng.pick(neighbours(c)) + word.slice(at);
  }
};

/** The query with one of its words of 5+ letters misspelled (the same one every run). */
export const misspellQuery = (query: string, seed = 7): string => {
  const words = [...query.matchAll(/\b[a-z]{5,}\b/gu)].filter((m) => !isStopword(m[0]));
  if (words.length === 0) return query;
  const rng = rngFor(seed, query);
  const chosen = rng.pick(words);
  const at = chosen.index ?? 0;
  return query.slice(0, at) + misspell(chosen[0], rng) + query.slice(at + chosen[0].length);
};

const kind = (process.argv[2] ?? 'corpus') as 'corpus' | 'bench';
const names = kind === 'corpus' ? readdirSync(join('..', 'shared', 'corpus')).filter((n) => !n.includes('.')) : ['svelte', 'pixi'];
const variants: [string, LexicalOptions][] = [
  ['lexical', lexicalDefaults],
  ['no typos', mergeLexicalOptions(lexicalDefaults, { typos: { enabled: false } })],
  ['bm25', bm25BaselineOptions],
  ...(JSON.parse(process.argv[3] ?? '[]') as [string, Record<string, unknown>][]).map(([l, o]): [string, LexicalOptions] => [l, mergeLexicalOptions(lexicalDefaults, o)]),
];
const packages = [];
for (const name of names) packages.push(await loadPackage(kind, name));
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
console.log(`${kind}: ${names.length} packages, primary cases, mean over packages`);
for (const [label, options] of variants) {
  for (const typed of ['as written', 'misspelled'] as const) {
    const scores: PackageScore[] = [];
    for (const pkg of packages) scores.push(await scorePackage(pkg, options, 'primary', typed === 'misspelled' ? (q) => misspellQuery(q) : undefined));
    console.log(
      `${label.padEnd(10)} ${typed.padEnd(10)} NL ${pct(meanOf(scores, (s) => s.primaryNonLeaking.acc1))}  P ${pct(meanOf(scores, (s) => s.primary.acc1))}  R10 ${pct(meanOf(scores, (s) => s.primary.recall10))}  p50 ${meanOf(scores, (s) => s.p50Ms).toFixed(2)} ms`,
    );
  }
}
