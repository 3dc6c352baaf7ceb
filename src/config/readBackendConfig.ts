import { isAbsolute, resolve } from 'node:path';
import { ConfigError } from '../errors.ts';
import { lexicalDefaults, lexicalOverrides } from '../index/lexicalDefaults.ts';
import { describeZodIssue } from '../util/describeZodIssue.ts';
import { isRecord } from '../util/isRecord.ts';
import { CONFIG_KEYS } from './configKeys.ts';
import { readConfigFile } from './readConfigFile.ts';

/** What `modroute.config.json` says about searching: lexical tunables and model backend options. */
export interface BackendConfig {
  lexical: Record<string, unknown>;
  llm: Record<string, unknown>;
}

const HINT = 'See the Configuration section of the README.';

/**
 * The `lexical` and `llm` sections of `modroute.config.json` at `root`, validated (empty when there is
 * no file or no section). Every command that searches reads them, so an edit takes effect at the next
 * command without re-indexing. zod is loaded only when a section exists: `ask` stays fast. Model and
 * adapter paths are resolved against the repository root.
 */
export async function readBackendConfig(root: string): Promise<BackendConfig> {
  const read = readConfigFile(root);
  const out: BackendConfig = { lexical: {}, llm: {} };
  if (read === undefined || !isRecord(read.data)) return out;
  const { file, data } = read;
  // A section name nobody knows is a typo of one (`lexcal`): the whole file is validated to say so.
  if (Object.keys(data).some((key) => !CONFIG_KEYS.includes(key))) (await import('./loadConfig.ts')).loadConfig(root);
  if ('lexical' in data) out.lexical = await validateLexical(file, data.lexical);
  if ('llm' in data) out.llm = await validateLlm(file, root, data.llm);
  return out;
}

/** Backend options for a session: the config's, under what the caller passed (flags win). */
export const withBackendConfig = (config: BackendConfig, options: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...config.llm,
  ...options,
  lexical: { ...config.lexical, ...lexicalOverrides(options) },
});

async function validateLexical(file: string, section: unknown): Promise<Record<string, unknown>> {
  const { lexicalConfigSchema } = await import('./lexicalConfigSchema.ts');
  const result = lexicalConfigSchema.safeParse(section);
  if (!result.success) throw new ConfigError(file, result.error.issues.map((issue) => describeZodIssue('lexical', issue, section)), HINT);
  // A field the defaults lack is new: it needs everything a field has.
  const incomplete = Object.entries(result.data.fields ?? {})
    .filter(([name, f]) => !(name in lexicalDefaults.fields) && (f.weight === undefined || f.b === undefined || f.sources === undefined))
    .map(([name]) => `lexical.fields.${name}: a new field needs weight, b and sources (the default fields are ${Object.keys(lexicalDefaults.fields).join(', ')})`);
  if (incomplete.length > 0) throw new ConfigError(file, incomplete, HINT);
  return result.data as Record<string, unknown>;
}

async function validateLlm(file: string, root: string, section: unknown): Promise<Record<string, unknown>> {
  const [{ llmConfigSchema }, { parseLoraSpec }] = await Promise.all([import('./llmConfigSchema.ts'), import('../backends/llm/llmOptions.ts')]);
  const result = llmConfigSchema.safeParse(section);
  if (!result.success) {
    const problems = result.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys' && issue.keys.includes('apiKey')
        ? 'llm.apiKey: keys do not belong in a file; set an environment variable and name it in llm.apiKeyEnv'
        : describeZodIssue('llm', issue, section));
    throw new ConfigError(file, problems, HINT);
  }
  // Only what the user wrote (the backends apply their own defaults), with paths made absolute.
  const given = { ...(section as Record<string, unknown>) };
  const absolute = (p: string) => (isAbsolute(p) ? p : resolve(root, p));
  // With an endpoint, `model` is the server's model name; otherwise it is a GGUF file.
  if (typeof given.model === 'string' && (given.endpoint === undefined || given.model.toLowerCase().endsWith('.gguf'))) given.model = absolute(given.model);
  if (Array.isArray(given.lora)) {
    given.lora = given.lora.map((spec: unknown) => {
      if (typeof spec === 'string') {
        const { path, scale } = parseLoraSpec(spec);
        return { path: absolute(path), scale };
      }
      return isRecord(spec) && typeof spec.path === 'string' ? { ...spec, path: absolute(spec.path) } : spec;
    });
  }
  return given;
}
