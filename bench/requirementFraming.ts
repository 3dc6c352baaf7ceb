// `node --import tsx bench/requirementFraming.ts ['[["label", {lexical overrides}], ...]']`
// Real requirements are not commit subjects: they come framed ("As a user, I want to …", "Steps to
// reproduce"). This wraps every ../shared/corpus query in requirement text and reports mean primary
// non-leaking / primary Acc@1 and recall@10 of the lexical defaults, plain BM25 and any variants, on
// the raw queries, on 4 templates written before util/stripBoilerplate.ts's phrase list, and on 6
// written after it as a check (`fresh`). Measurement only; the corpus trees come from bench/indexedTree.
import { loadPackage, scorePackage, meanOf } from './corpusEval.ts';
import { lexicalDefaults, bm25BaselineOptions, mergeLexicalOptions } from '../src/index/lexicalDefaults.ts';
import { stripCommitPrefix } from '../src/util/stripCommitPrefix.ts';
const names = ['echarts','eslint','hono','mongoose','ol','playcanvas','stylelint','undici','webpack'];
const templates = [
  (q: string) => `As a user, I want the following to work: ${q}. This would be really helpful for our team.`,
  (q: string) => `Feature request: it would be great if we could ${q}. Currently this is not possible and users keep asking for it.`,
  (q: string) => `Bug report: ${q}. Steps to reproduce are attached; please take a look when you get a chance.`,
  (q: string) => `We need to ${q} before the next release, since customers are affected.`,
];
// Written after the phrase list, in other words, as a check on it.
const fresh = [
  (q: string) => `Describe the bug: ${q}. Expected behavior: it should just work. Actual behavior: it does not.`,
  (q: string) => `As a developer, I need ${q}, so that my app behaves correctly.`,
  (q: string) => `Hi team, ${q} -- could you please have a look? Thanks!`,
  (q: string) => `Is your feature request related to a problem? ${q}. Describe the solution you'd like: a fix in the next version.`,
  (q: string) => `${q}`,
  (q: string) => `Our product manager asked for this: ${q}. Priority: high.`,
];
const variants: [string, any][] = [['defaults', lexicalDefaults], ['bm25', bm25BaselineOptions], ...(JSON.parse(process.argv[2] ?? '[]') as [string, any][]).map(([l, o]) => [l, mergeLexicalOptions(lexicalDefaults, o)] as [string, any])];
const pkgs = []; for (const n of names) pkgs.push(await loadPackage('corpus', n));
const wrapped = pkgs.map((p) => ({ ...p, cases: p.cases.map((c, i) => ({ ...c, query: templates[i % templates.length]!(stripCommitPrefix(c.query).text) })) }));
const wrapped2 = pkgs.map((p) => ({ ...p, cases: p.cases.map((c, i) => ({ ...c, query: fresh[i % fresh.length]!(stripCommitPrefix(c.query).text) })) }));
const pct = (x: number) => (x * 100).toFixed(1);
for (const [label, opts] of variants) for (const [kind, set] of [['raw', pkgs], ['wrapped', wrapped], ['fresh', wrapped2]] as const) {
  const rs = []; for (const p of set) rs.push(await scorePackage(p as any, opts, 'primary'));
  console.log(label.padEnd(12), kind.padEnd(8), 'NL', pct(meanOf(rs, (s) => s.primaryNonLeaking.acc1)), 'P', pct(meanOf(rs, (s) => s.primary.acc1)), 'R10', pct(meanOf(rs, (s) => s.primary.recall10)));
}
