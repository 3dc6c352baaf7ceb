import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError, UsageError } from '../../errors.ts';
import { asModuleId } from '../types.ts';
import type { ModuleDef } from '../types.ts';
import { describeZodIssue, jsonErrorLocation } from '../../util/describeZodIssue.ts';
import { normalizeModulePath } from './normalizeModulePath.ts';
import { ROOT_MODULE_ID } from './rootModuleId.ts';

const entrySchema = z.object({
  path: z.string(),
  id: z.string().min(1).optional(),
  name: z.string().optional(),
  description: z.string().optional(),
});
const listSchema = z.array(entrySchema).min(1);

const MAX_PROBLEMS = 10;
const HINT = 'A module list is a JSON array of {"id", "path"} objects (or {"modules": [...]}); "id" defaults to "path".';

const readListFile = async (file: string): Promise<string> => {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`Module list not found: ${file}`, 'Check the path given for the module list.');
    if (code === 'EISDIR') throw new UsageError(`Module list is a directory, not a JSON file: ${file}`, HINT);
    throw error;
  }
};

/**
 * Reads and validates an explicit module list. Unknown fields (gitPath, filesAtV …) are ignored.
 * Exact duplicates are dropped with a warning; two entries sharing an id or a path are an error,
 * because files could then not be assigned to exactly one module.
 */
export const loadModuleList = async (file: string): Promise<{ modules: ModuleDef[]; warnings: string[] }> => {
  const text = await readListFile(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new ConfigError(file, [`not valid JSON${jsonErrorLocation(text, message)}: ${message}`], HINT);
  }
  const entries =
    typeof json === 'object' && json !== null && !Array.isArray(json) && 'modules' in json
      ? (json as { modules: unknown }).modules
      : json;
  if (!Array.isArray(entries)) {
    const got = json === null ? 'null' : Array.isArray(json) ? 'array' : typeof json;
    throw new ConfigError(file, [`expected an array of modules or an object with a "modules" array, got ${got}`], HINT);
  }
  const parsed = listSchema.safeParse(entries);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => describeZodIssue('modules', issue, entries));
    if (problems.length > MAX_PROBLEMS) {
      problems.splice(MAX_PROBLEMS, Infinity, `… and ${problems.length - MAX_PROBLEMS} more`);
    }
    throw new ConfigError(file, problems, HINT);
  }

  const problems: string[] = [];
  const warnings: string[] = [];
  const modules: ModuleDef[] = [];
  const byId = new Map<string, number>();
  const byPath = new Map<string, number>();
  parsed.data.forEach((entry, index) => {
    const path = normalizeModulePath(entry.path);
    if (path === undefined) {
      problems.push(`modules[${index}].path: expected a path relative to the repository root, got "${entry.path}"`);
      return;
    }
    const id = entry.id ?? (path === '' ? ROOT_MODULE_ID : path);
    const sameId = byId.get(id);
    const samePath = byPath.get(path);
    if (sameId !== undefined && sameId === samePath) {
      warnings.push(`${file}: modules[${index}] repeats modules[${sameId}] (id "${id}"); ignored`);
      return;
    }
    if (sameId !== undefined) {
      problems.push(`modules[${index}].id: "${id}" is already used by modules[${sameId}] with another path`);
      return;
    }
    if (samePath !== undefined) {
      problems.push(`modules[${index}].path: "${path}" is already the path of modules[${samePath}] with another id`);
      return;
    }
    byId.set(id, index);
    byPath.set(path, index);
    const module: ModuleDef = { id: asModuleId(id), path };
    if (entry.name !== undefined) module.name = entry.name;
    if (entry.description !== undefined) module.description = entry.description;
    modules.push(module);
  });
  if (problems.length > 0) throw new ConfigError(file, problems.slice(0, MAX_PROBLEMS), HINT);
  return { modules, warnings };
};
