import { Command, CommanderError } from 'commander';
import { ModrouteError } from '../errors.ts';
import { commandNames, type CommandName } from './commandNames.ts';
import { dashedText } from './dashedText.ts';
import { environmentError } from './environmentError.ts';
import { err } from './output.ts';
import { modrouteVersion } from '../util/modrouteVersion.ts';


/**
 * Each command's module is imported only when that command runs (or for the command list in
 * --help): `modroute ask` must not pay for loading the dataset, training and model code.
 */
const commandLoaders: Record<CommandName, () => Promise<() => Command>> = {
  index: async () => (await import('./commands/indexCommand.ts')).indexCommand,
  modules: async () => (await import('./commands/modulesCommand.ts')).modulesCommand,
  show: async () => (await import('./commands/showCommand.ts')).showCommand,
  graph: async () => (await import('./commands/graphCommand.ts')).graphCommand,
  ask: async () => (await import('./commands/askCommand.ts')).askCommand,
  eval: async () => (await import('./commands/evalCommand.ts')).evalCommand,
  dataset: async () => (await import('./commands/datasetCommand.ts')).datasetCommand,
  train: async () => (await import('./commands/trainCommand.ts')).trainCommand,
  model: async () => (await import('./commands/modelCommand.ts')).modelCommand,
  doctor: async () => (await import('./commands/doctorCommand.ts')).doctorCommand,
};

export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command('modroute')
    .description('Which module(s) of this repository does this requirement concern?')
    .version(modrouteVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nExit codes: 0 ok, 1 failure (or eval below --min-acc1), 2 bad usage or bad input.')
    .exitOverride();
  const first = argv.find((a) => !a.startsWith('-'));
  const wanted = first && first in commandLoaders ? [first as CommandName] : argv.some((a) => a === '-V' || a === '--version') ? [] : commandNames;
  for (const name of wanted) program.addCommand((await commandLoaders[name]())().exitOverride());
  return program;
}

/** Commands that take a requirement as free text, which may open with a dash. */
const TEXT_COMMANDS: ReadonlySet<string> = new Set(['ask']);

export async function main(given: string[]): Promise<number> {
  const argv = dashedText(given, TEXT_COMMANDS);
  try {
    await (await buildProgram(argv)).parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // A requirement that opens with a dash reads as an option ("--changed-within rejects dates"): say how to pass it.
      const option = error.code === 'commander.unknownOption' ? /'(.*)'/u.exec(error.message)?.[1] : undefined;
      if (option !== undefined && /\s/u.test(option)) {
        err(`hint: text that starts with "-" goes after "--", with the options before it: modroute ${argv.find((a) => !a.startsWith('-')) ?? 'ask'} [options] -- "${option.length > 40 ? `${option.slice(0, 40)}…` : option}"`);
      }
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
    const environment = environmentError(error);
    if (environment) {
      err(`error: ${environment.message}`);
      err(`hint: ${environment.hint}`);
      return 2;
    }
    err('modroute hit an internal error (this is a bug; please report it with the output below):');
    err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}

// `modroute modules | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
// No top-level await: the bundle (scripts/bundle.mjs) runs this file as a script, not as an ES module.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
