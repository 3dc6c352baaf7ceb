import { InvalidArgumentError, Option, type Command } from 'commander';

export interface CommonOptions {
  repo?: string;
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

/** --repo, --db, --json, --quiet: the same spelling and meaning on every command. */
export function withCommon(cmd: Command, opts: { json?: boolean } = { json: true }): Command {
  cmd
    .addOption(new Option('--repo <dir>', 'repository to act on (default: current directory)'))
    .addOption(new Option('--db <path>', 'index database (default: <repo>/.modroute/index.db)'))
    .addOption(new Option('-q, --quiet', 'print nothing but results and errors'));
  if (opts.json) cmd.addOption(new Option('--json', 'print one JSON document instead of text'));
  return cmd;
}

export const parsePositiveInt = (name: string) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive integer, got "${value}"`);
  return n;
};

/** --seed on every command that draws random numbers: any 32-bit unsigned integer (the generator's state). */
export const parseSeed = (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/u.test(value.trim()) || !Number.isSafeInteger(n) || n > 0xffffffff) throw new InvalidArgumentError(`--seed must be an integer from 0 to 4294967295, got "${value}"`);
  return n;
};
