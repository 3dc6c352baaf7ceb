import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.ts';
import { CONFIG_FILE, type Config, configSchema } from './configSchema.ts';
import { describeZodIssue, jsonErrorLocation } from '../util/describeZodIssue.ts';

/** Reads `modroute.config.json` from the repository root (defaults when absent), validated by zod. */
export function loadConfig(root: string): { config: Config; file?: string } {
  const file = join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: configSchema.parse({}) };
    throw new ConfigError(file, [`cannot be read: ${(error as Error).message}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new ConfigError(file, [`not valid JSON${jsonErrorLocation(text, message)}: ${message}`]);
  }
  const result = configSchema.safeParse(data);
  if (!result.success) {
    throw new ConfigError(file, result.error.issues.map((issue) => describeZodIssue('', issue, data)), 'See the Configuration section of the README for the fields and their types.');
  }
  return { config: result.data, file };
}
