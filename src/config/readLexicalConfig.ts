import { ConfigError } from '../errors.ts';
import { lexicalDefaults } from '../index/lexicalDefaults.ts';
import { describeZodIssue } from '../util/describeZodIssue.ts';
import { readConfigFile } from './readConfigFile.ts';

/**
 * The `lexical` section of `modroute.config.json` at `root`, validated ({} when there is no file or
 * no section). Every command that searches reads it, so a change to the weights takes effect at the
 * next `ask` without re-indexing. zod is loaded only when the section exists: `ask` stays fast.
 */
export async function readLexicalConfig(root: string): Promise<Record<string, unknown>> {
  const read = readConfigFile(root);
  if (read === undefined) return {};
  const { file, data } = read;
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
