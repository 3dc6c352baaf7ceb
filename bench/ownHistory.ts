// `node --import tsx bench/ownHistory.ts [REPO] ['{"label": {lexical overrides}}']`: a repository's own
// later commits as requests, on real git history. REPO must be indexed (`modroute index REPO`). Commits
// are taken oldest first; the newest 60% whose subject touched 1–3 modules (leaving out `test`, `bench`,
// `scripts`, `docs` and the root `.`, which follow a change rather than locate it) are asked, each seeing
// only the commits strictly before its own date. Prints Acc@1 / Acc@5 of plain BM25, `lexical` and each
// variant, measured in the same run. The tree is today's, so a later commit's code is already there:
// compare rows with each other, not with the dev benchmark.
import { openIndex } from '../src/api/openIndex.ts';
import { detachGraph } from '../src/graph/detachGraph.ts';
import { buildLexicalIndex } from '../src/index/buildLexicalIndex.ts';
import { bm25BaselineOptions, lexicalDefaults, mergeLexicalOptions, type LexicalOptions } from '../src/index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../src/index/searchLexicalIndex.ts';
import { wordnetSynonyms } from '../src/index/wordnetSynonyms.ts';

const repo = process.argv[2] ?? '.';
const variants = JSON.parse(process.argv[3] ?? '{}') as Record<string, Record<string, unknown>>;
const index = await openIndex({ repo });
const graph = detachGraph(index.graph());
index.close();
const followers = new Set(['test', 'tests', 'bench', 'scripts', 'docs', '.']);
const commits = [...graph.commits].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
const cases = commits
  .slice(Math.floor(commits.length * 0.4))
  .map((c) => ({ query: c.subject, date: c.date, gold: c.modules.filter((m) => !followers.has(m)) }))
  .filter((c) => c.gold.length >= 1 && c.gold.length <= 3);
console.log(`${repo}: ${commits.length} commits, ${cases.length} asked`);
const all: Record<string, LexicalOptions> = { bm25: bm25BaselineOptions, lexical: lexicalDefaults };
for (const [label, overrides] of Object.entries(variants)) all[label] = mergeLexicalOptions(lexicalDefaults, overrides);
for (const [label, options] of Object.entries(all)) {
  const lexical = buildLexicalIndex(graph, options);
  let acc1 = 0;
  let acc5 = 0;
  for (const c of cases) {
    const r = await searchLexicalIndex(lexical, c.query, { top: 5, asOf: c.date, ...(options.wordnet.enabled ? { synonyms: wordnetSynonyms } : {}) });
    const rank = r.hits.findIndex((h) => c.gold.includes(h.id)) + 1;
    if (rank === 1) acc1++;
    if (rank >= 1) acc5++;
  }
  const pct = (x: number) => `${((100 * x) / Math.max(cases.length, 1)).toFixed(1)}%`;
  console.log(`${label.padEnd(12)} Acc@1 ${pct(acc1)}  Acc@5 ${pct(acc5)}`);
}
