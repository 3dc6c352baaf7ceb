import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import { joinPath } from '../joinPath.ts';

/**
 * package.json (or another JSON manifest with `name` and `description`: composer.json) of `dir` as a
 * module candidate; undefined when there is none (warns when it is not JSON).
 */
export const readPackageManifest = async (
  ctx: DiscoveryContext,
  dir: string,
  file = 'package.json',
): Promise<{ candidate: ModuleCandidate; json: Record<string, unknown> } | undefined> => {
  const manifest = joinPath(dir, file);
  const text = await ctx.readText(manifest);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    ctx.warn(`${manifest}: not valid JSON (${(error as Error).message}); skipped`);
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const record = json as Record<string, unknown>;
  const candidate: ModuleCandidate = { path: dir, manifest };
  if (typeof record['name'] === 'string' && record['name'] !== '') candidate.name = record['name'];
  if (typeof record['description'] === 'string' && record['description'] !== '') {
    candidate.description = record['description'];
  }
  return { candidate, json: record };
};
