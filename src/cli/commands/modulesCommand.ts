import { Command } from 'commander';
import { openIndex } from '../../api/openIndex.ts';
import { type CommonOptions, withCommon } from '../commonOptions.ts';
import { out, printJson, table } from '../output.ts';

export const modulesCommand = () =>
  withCommon(new Command('modules').summary('list the modules of the index').description('List every module id with its size, languages and connections.')).action(
    async (flags: CommonOptions) => {
      const index = await openIndex(flags);
      try {
        const rows = index.modules();
        if (flags.json) return printJson(rows);
        out(table(['module', 'files', 'symbols', 'deps', 'used by', 'commits', 'languages'], rows.map((r) => [r.id, r.files, r.symbols, r.dependsOn, r.usedBy, r.commits, r.languages.join(',')])));
        if (!flags.quiet) out(`\n${rows.length} module${rows.length === 1 ? '' : 's'}`);
      } finally {
        index.close();
      }
    },
  );
