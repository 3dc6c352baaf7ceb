import { mulberry32 } from '../../src/util/random.ts';
import type { FixtureCommit } from '../helpers/gitFixture.ts';

/**
 * A repository whose modules are named for what their code does (ledger, tokens, …) while people
 * describe changes in product words that never occur in the code (refund, password, …). Queries
 * also carry a word from another module's code, so matching words against code misleads.
 */
export const modules = {
  billing: { code: ['ledger', 'journal', 'balance', 'posting'], talk: ['invoice', 'refund', 'tax', 'discount', 'coupon', 'subscription'] },
  auth: { code: ['token', 'credential', 'principal', 'grant'], talk: ['password', 'login', 'signup', 'twofactor', 'lockout', 'sso'] },
  search: { code: ['posting', 'tokenizer', 'ranker', 'shard'], talk: ['autocomplete', 'typo', 'relevance', 'facet', 'synonym', 'filter'] },
  storage: { code: ['blob', 'bucket', 'chunk', 'manifest'], talk: ['upload', 'download', 'attachment', 'quota', 'thumbnail', 'backup'] },
  mailer: { code: ['envelope', 'transport', 'smtp', 'template'], talk: ['newsletter', 'unsubscribe', 'bounce', 'digest', 'reminder', 'notification'] },
  reports: { code: ['pivot', 'aggregate', 'export', 'chart'], talk: ['dashboard', 'spreadsheet', 'monthly', 'kpi', 'revenue', 'analytics'] },
} as const;
export type FixtureModule = keyof typeof modules;
const names = Object.keys(modules) as FixtureModule[];

const templates = [
  'fix {t1} when the {d} is empty',
  '{t1} breaks after {d} changes',
  'users cannot {t1} with {d} enabled',
  'slow {t1} page for a large {d}',
  '{d} shown twice on {t1}',
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Module code: classes and functions named from the code vocabulary, with a doc comment. */
const codeFile = (m: FixtureModule, version: number): string => {
  const words = modules[m].code;
  return [
    `/** ${cap(words[0])} ${words[1]} and ${words[2]} primitives. */`,
    ...words.map((w, i) => `export class ${cap(w)}${cap(m)} {\n  ${w}${i}(value: number): number {\n    return value + ${version + i};\n  }\n}`),
    `export function ${words[3]}${cap(words[0])}(): string {\n  return '${m}';\n}`,
    '',
  ].join('\n');
};

/** One request about `m`: its talk words and a code word of another module as a distractor. */
export const requestFor = (m: FixtureModule, seed: number): string => {
  const rng = mulberry32(seed);
  const talk = modules[m].talk;
  const other = modules[rng.pick(names.filter((n) => n !== m))].code;
  return rng.pick(templates).replace('{t1}', rng.pick(talk)).replace('{d}', rng.pick(other));
};

/** ~`count` commits over two years: an initial import, then one module changed per commit. */
export const historyCommits = (count: number, seed = 7): FixtureCommit[] => {
  const rng = mulberry32(seed);
  const start = Date.parse('2023-01-02T10:00:00Z');
  const initial: Record<string, string> = { 'modroute.config.json': '{"modules": ["src/*"]}\n' };
  for (const m of names) initial[`src/${m}/index.ts`] = codeFile(m, 0);
  const commits: FixtureCommit[] = [{ message: 'initial import', date: new Date(start).toISOString(), files: initial }];
  for (let i = 1; i < count; i++) {
    const m = rng.pick(names);
    commits.push({
      message: `fix: ${requestFor(m, seed * 1000 + i)}`,
      date: new Date(start + i * 5 * 86_400_000).toISOString(),
      files: { [`src/${m}/index.ts`]: codeFile(m, i) },
    });
  }
  return commits;
};

/** Held-out requests, as if from later commits: fresh sentences, never in the repository. */
export const heldOutRequests = (count: number, seed = 99): { query: string; module: FixtureModule }[] => {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const m = names[i % names.length] as FixtureModule;
    return { query: requestFor(m, seed * 7919 + i + rng.int(1000) * 0), module: m };
  });
};
