import { ConfigError } from '../errors.ts';
import { type Config, configSchema } from './configSchema.ts';
import { readConfigFile } from './readConfigFile.ts';
import { describeZodIssue } from '../util/describeZodIssue.ts';

/** Reads `modroute.config.json` from the repository root (defaults when absent), validated by zod. */
export function loadConfig(root: string): { config: Config; file?: string } {
  const read = readConfigFile(root);
  if (read === undefined) return { config: configSchema.parse({}) };
  const { file, data } = read;
  const result = configSchema.safeParse(data);
  if (!result.success) {
    throw new ConfigError(file, result.error.issues.map((issue) => describeZodIssue('', issue, data)), 'See the Configuration section of the README for the fields and their types.');
  }
  return { config: result.data, file };
}
