import { isScaffoldDescription } from './isScaffoldDescription.ts';
import { ConfigError } from '../../errors.ts';
import { asModuleId } from '../types.ts';
import type { ModuleDef } from '../types.ts';
import type { ModuleCandidate } from './DiscoveryContext.ts';
import { normalizeModulePath } from './normalizeModulePath.ts';
import { ROOT_MODULE_ID } from './rootModuleId.ts';

/** Code-point order: deterministic everywhere, unlike localeCompare. */
export const compareIds = (a: ModuleDef, b: ModuleDef): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Candidates → ModuleDefs: one per path (the first candidate wins, later ones fill a missing
 * name/description), id = path ('.' for the root) unless `ids` overrides it, sorted by id.
 */
export const toModuleDefs = (
  candidates: readonly ModuleCandidate[],
  ids: Readonly<Record<string, string>> = {},
  warn: (message: string) => void = () => {},
): ModuleDef[] => {
  const byPath = new Map<string, ModuleCandidate>();
  for (const c of candidates) {
    const known = byPath.get(c.path);
    if (!known) byPath.set(c.path, { ...c });
    else {
      known.name ??= c.name;
      known.description ??= c.description;
      known.manifest ??= c.manifest;
    }
  }
  const overrides = new Map<string, string>();
  for (const [path, id] of Object.entries(ids)) {
    const normalized = normalizeModulePath(path);
    if (normalized !== undefined && byPath.has(normalized)) overrides.set(normalized, id);
    else warn(`modroute.config.json ids: no discovered module has the path "${path}"; ignored`);
  }
  const modules: ModuleDef[] = [];
  const pathOfId = new Map<string, string>();
  const problems: string[] = [];
  for (const c of byPath.values()) {
    const id = overrides.get(c.path) ?? (c.path === '' ? ROOT_MODULE_ID : c.path);
    const other = pathOfId.get(id);
    if (other !== undefined) {
      problems.push(`ids: modules "${other}" and "${c.path}" would both have the id "${id}"`);
      continue;
    }
    pathOfId.set(id, c.path);
    // Fields are only set when known: absent beats `undefined` for JSON output and deepEqual.
    const module: ModuleDef = { id: asModuleId(id), path: c.path };
    if (c.name !== undefined) module.name = c.name;
    if (c.description !== undefined && !isScaffoldDescription(c.description)) module.description = c.description;
    if (c.manifest !== undefined) module.manifest = c.manifest;
    modules.push(module);
  }
  if (problems.length > 0) throw new ConfigError('modroute.config.json', problems);
  return modules.sort(compareIds);
};
