import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ModrouteError } from '../errors.ts';
import { askCommand } from './commands/askCommand.ts';
import { datasetCommand } from './commands/datasetCommand.ts';
import { doctorCommand } from './commands/doctorCommand.ts';
import { evalCommand } from './commands/evalCommand.ts';
import { graphCommand } from './commands/graphCommand.ts';
import { indexCommand } from './commands/indexCommand.ts';
import { modelCommand } from './commands/modelCommand.ts';
import { modulesCommand } from './commands/modulesCommand.ts';
import { showCommand } from './commands/showCommand.ts';
import { trainCommand } from './commands/trainCommand.ts';
import { err } from './output.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command('modroute')
    .description('Which module(s) of this repository does this requirement concern?')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nExit codes: 0 ok, 1 failure (or eval below --min-acc1), 2 bad usage or bad input.')
    .exitOverride();
  for (const make of [indexCommand, modulesCommand, showCommand, graphCommand, askCommand, evalCommand, modelCommand, datasetCommand, trainCommand, doctorCommand]) program.addCommand(make().exitOverride());
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit through here too, with code 0
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof ModrouteError) {
      err(`error: ${error.message}`);
      if (error.hint) err(`hint: ${error.hint}`);
      return error.exitCode;
    }
    if (error instanceof Error && error.name === 'AbortError') {
      err('interrupted: the previous index was left unchanged');
      return 130;
    }
    err('modroute hit an internal error (this is a bug; please report it with the output below):');
    err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
