import { Command } from 'commander';
import { openIndex } from '../../api/openIndex.ts';
import { type CommonOptions, withCommon } from '../commonOptions.ts';
import { out, printJson } from '../output.ts';

export const showCommand = () =>
  withCommon(new Command('show').summary('print a module card').description('Summary, key symbols, dependencies, dependents and recent commits of one module.').argument('<module>', 'module id (see `modroute modules`)')).action(
    async (id: string, flags: CommonOptions) => {
      const index = await openIndex(flags);
      try {
        const card = index.show(id);
        if (flags.json) return printJson(card);
        const list = (xs: { id: string; weight: number }[]) => (xs.length ? xs.slice(0, 12).map((x) => `${x.id} (${x.weight})`).join(', ') : '-');
        out(
          [
            `${card.id}${card.name && card.name !== card.id ? `  [${card.name}]` : ''}`,
            `  ${card.summary}`,
            '',
            `  files        ${card.files} (${Object.entries(card.languages).map(([l, n]) => `${n} ${l}`).join(', ') || '-'})`,
            `  key symbols  ${card.keySymbols.join(', ') || '-'}`,
            `  depends on   ${list(card.dependsOn)}`,
            `  used by      ${list(card.usedBy)}`,
            '  recent commits:',
            ...(card.recentCommits.length ? card.recentCommits.map((c) => `    ${c.sha.slice(0, 10)} ${c.date.slice(0, 10)} ${c.subject}`) : ['    -']),
          ].join('\n'),
        );
      } finally {
        index.close();
      }
    },
  );
