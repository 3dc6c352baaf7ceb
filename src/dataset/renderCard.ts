import type { CandidateStats } from './attachCandidates.ts';
import type { DatasetStats } from './computeStats.ts';
import type { DatasetOptions } from './generateDataset.ts';

const table = (headers: string[], rows: (string | number)[][]) =>
  [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const bar = (n: number, max: number) => '█'.repeat(max ? Math.round((n / max) * 30) : 0);

const histogram = (h: Record<string, number>) => {
  const max = Math.max(0, ...Object.values(h));
  return ['```text', ...Object.entries(h).map(([k, v]) => `${k.padStart(8)} ${String(v).padStart(6)} ${bar(v, max)}`), '```'].join('\n');
};

const sorted = (r: Record<string, number>) => Object.entries(r).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

/** The dataset card (README.md of the output): what is in it, where it came from, what is thin. Pure. */
export function renderCard(stats: DatasetStats, info: { repo: string; options: DatasetOptions; formats: string[]; generatedAt?: string; candidates?: CandidateStats }): string {
  const o = info.options;
  const c = stats.counts;
  const thin = stats.modules.filter((m) => m.thin || m.belowTarget);
  return [
    `# modroute dataset: ${info.repo}`,
    '',
    `Supervised fine-tuning data generated from the module graph of **${info.repo}** by \`modroute dataset\`` +
      ` (seed ${o.seed}${info.generatedAt ? `, ${info.generatedAt}` : ''}). Each example is a requirement (prompt), a short` +
      ' reasoning passage that cites graph facts, and a machine-readable answer line `ANSWER: <module id>[, <module id>]`.',
    '',
    `Formats: ${info.formats.map((f) => `\`${f}/\``).join(', ')}. Token counts are approximate (characters / 4).`,
    '',
    ...(info.candidates
      ? [
          `Every prompt ends with \`Candidate modules:\` and the lexical top ${info.candidates.k} cards, as \`modroute ask --shortlist ${info.candidates.k}\` shows them` +
            ` (gold: ${info.candidates.gold}). Lexical's top ${info.candidates.k} held every gold module for ${info.candidates.goldInShortlist} of ${info.candidates.examples} examples` +
            `${info.candidates.gold === 'ensure' ? `; gold cards were inserted in ${info.candidates.goldInserted} train examples` : ''}. Ask a model tuned on this data with the same shortlist.`,
          '',
        ]
      : []),
    '## Splits',
    '',
    table(['split', 'examples'], [...Object.entries(stats.splits), ['total', stats.total]]),
    '',
    'Held out by source: history by date (newest commits are test), templates by family' +
      ` (${o.split.testFamilies.join(', ') || 'none'} → test) and by template and description variant, symbols and doc` +
      ' sentences as whole units. Near duplicates never cross splits.',
    '',
    '## Pipeline counts',
    '',
    table(['step', 'count'], [
      ['drafts (before augmentation)', c.drafts],
      ['augmented copies', c.augmented],
      ['exact duplicates dropped', c.exactDuplicates],
      [`near duplicates dropped (Jaccard ≥ ${o.nearDuplicateThreshold})`, c.nearDuplicates],
      ['near duplicates of an earlier split dropped', c.crossSplit],
      ['ambiguous prompts dropped (same text, different answers)', c.conflicting],
      [`over the per-module caps (${o.caps.train}/${o.caps.val}/${o.caps.test})`, c.capped],
      [`prompts over --max-tokens ${o.maxTokens ?? '(none)'}: dropped`, c.tooLong.dropped],
      [`prompts over --max-tokens ${o.maxTokens ?? '(none)'}: truncated`, c.tooLong.truncated],
      ['multi-module examples', stats.multiModule],
      ['hard examples (reasoning rules out a near miss)', stats.hard],
    ]),
    '',
    '## By source',
    '',
    table(['source', 'examples'], sorted(stats.bySource)),
    '',
    '## By augmentation operator',
    '',
    table(['operator', 'examples'], sorted(stats.byOperator)),
    '',
    '## Prompt length (approximate tokens)',
    '',
    histogram(stats.promptTokens),
    '',
    '## Label length (approximate tokens)',
    '',
    histogram(stats.labelTokens),
    '',
    '## Thin modules',
    '',
    thin.length
      ? table(['module', 'train', 'why'], thin.map((m) => [m.id, m.train, [...(m.thin ? m.thinReasons : []), ...(m.belowTarget ? [`below ${o.minTrainPerModule} training examples`] : [])].join('; ')]))
      : 'None: every module has docs or public symbols and at least the target number of training examples.',
    '',
    '## Per module',
    '',
    table(['module', 'train', 'val', 'test', 'thin'], stats.modules.map((m) => [m.id, m.train, m.val, m.test, m.thin ? 'yes' : ''])),
    '',
  ].join('\n');
}
