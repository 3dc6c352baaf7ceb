import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.ts';
import { jsonErrorLocation } from '../util/describeZodIssue.ts';
import { CONFIG_FILE } from './configFile.ts';

/** The parsed (not yet validated) `modroute.config.json` at `root`, or undefined when there is none. */
export function readConfigFile(root: string): { file: string; data: unknown } | undefined {
  const file = join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(file, [`cannot be read: ${(error as Error).message}`]);
  }
  try {
    return { file, data: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    throw new ConfigError(file, [`not valid JSON${jsonErrorLocation(text, message)}: ${message}`]);
  }
}
