import { Command, Option } from 'commander';
import { openSession } from '../../api/openSession.ts';
import { backendNames } from '../../backends/registry.ts';
import { type CommonOptions, parsePositiveInt, withCommon } from '../commonOptions.ts';
import { err, out, printJson } from '../output.ts';

interface AskFlags extends CommonOptions {
  backend: string;
  top: number;
  asOf?: string;
}

export const askCommand = () =>
  withCommon(
    new Command('ask')
      .summary('which modules does this requirement concern?')
      .description('Rank the modules of the index for a requirement, bug report or change note, each with a short reason.')
      .argument('<requirement...>', 'the requirement text (quote it, or pass several words)')
      .addOption(new Option('-b, --backend <name>', `backend: auto, ${backendNames.join(', ')}`).default('auto'))
      .option('-k, --top <k>', 'how many modules to return', parsePositiveInt('--top'), 5)
      .option('--as-of <date|commit>', 'use only history before this date or commit'),
  ).action(async (words: string[], flags: AskFlags) => {
    const session = await openSession(flags);
    try {
      const answer = await session.ask(words.join(' '), { backend: flags.backend, top: flags.top, ...(flags.asOf ? { asOf: flags.asOf } : {}) });
      if (flags.json) return printJson({ ...answer, elapsedMs: Math.round(answer.elapsedMs * 100) / 100 });
      for (const w of answer.warnings) err(`warning: ${w}`);
      if (answer.modules.length === 0) {
        out('No module matches this requirement.');
        return;
      }
      answer.modules.forEach((m, i) => out(`${String(i + 1).padStart(2)}. ${m.id}  (${m.score.toFixed(3)})\n    ${m.reason}`));
      if (!flags.quiet) err(`[${answer.backend}, ${answer.elapsedMs.toFixed(1)} ms]`);
    } finally {
      await session.dispose();
    }
  });
