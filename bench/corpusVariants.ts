// `node --import tsx bench/corpusVariants.ts ['[["label", {lexical overrides}], ...]']`
// Lexical option variants on ../shared/corpus, in process (the graphs are loaded once): mean Acc@1 over the nine
// packages on all cases, on the primary ones and on the primary cases that name no module, and mean MRR; the
// defaults first. What the README's "corpus" figures for a lexical change are measured with.
import { lexicalDefaults, mergeLexicalOptions, type LexicalOptions } from '../src/index/lexicalDefaults.ts';
import { loadPackage, meanOf, scorePackage, type LoadedPackage, type PackageScore } from './corpusEval.ts';
import { corpusNames } from './indexedTree.ts';

const extra = JSON.parse(process.argv[2] ?? '[]') as [string, Record<string, unknown>][];
const packages: LoadedPackage[] = [];
for (const name of corpusNames) packages.push(await loadPackage('corpus', name));
const variants: [string, LexicalOptions][] = [
  ['lexical', lexicalDefaults],
  ...extra.map(([label, overrides]): [string, LexicalOptions] => [label, mergeLexicalOptions(lexicalDefaults, overrides)]),
];
const pct = (x: number): string => (100 * x).toFixed(1);
for (const [label, options] of variants) {
  const scores: PackageScore[] = [];
  for (const pkg of packages) scores.push(await scorePackage(pkg, options));
  console.log(
    `${label.padEnd(14)} all ${pct(meanOf(scores, (s) => s.all.acc1))} primary ${pct(meanOf(scores, (s) => s.primary.acc1))}` +
      ` non-leaking ${pct(meanOf(scores, (s) => s.primaryNonLeaking.acc1))} MRR ${meanOf(scores, (s) => s.all.mrr).toFixed(3)}` +
      ` | ${scores.map((s) => `${s.name} ${pct(s.all.acc1)}`).join(' ')}`,
  );
}
