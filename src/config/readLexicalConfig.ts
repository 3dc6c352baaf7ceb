import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.ts';
import { lexicalDefaults } from '../index/lexicalDefaults.ts';
import { describeZodIssue, jsonErrorLocation } from '../util/describeZodIssue.ts';
import { CONFIG_FILE } from './configFile.ts';

/**
 * The `lexical` section of `modroute.config.json` at `root`, validated ({} when there is no file or
 * no section). Every command that searches reads it, so a change to the weights takes effect at the
 * next `ask` without re-indexing. zod is loaded only when the section exists: `ask` stays fast.
 */
export async function readLexicalConfig(root: string): Promise<Record<string, unknown>> {
  const file = join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ConfigError(file, [`cannot be read: ${(error as Error).message}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new ConfigError(file, [`not valid JSON${jsonErrorLocation(text, message)}: ${message}`]);
  }
  if (typeof data !== 'object' || data === null || !('lexical' in data)) return {};
  const { lexicalConfigSchema } = await import('./lexicalConfigSchema.ts');
  const section = (data as { lexical: unknown }).lexical;
  const result = lexicalConfigSchema.safeParse(section);
  const hint = 'See the Configuration section of the README for the lexical fields.';
  if (!result.success) throw new ConfigError(file, result.error.issues.map((issue) => describeZodIssue('lexical', issue, section)), hint);
  // A field the defaults lack is new: it needs everything a field has.
  const incomplete = Object.entries(result.data.fields ?? {})
    .filter(([name, f]) => !(name in lexicalDefaults.fields) && (f.weight === undefined || f.b === undefined || f.sources === undefined))
    .map(([name]) => `lexical.fields.${name}: a new field needs weight, b and sources (the default fields are ${Object.keys(lexicalDefaults.fields).join(', ')})`);
  if (incomplete.length > 0) throw new ConfigError(file, incomplete, hint);
  return result.data as Record<string, unknown>;
}
