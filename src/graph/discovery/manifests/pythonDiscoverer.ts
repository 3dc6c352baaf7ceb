import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { isFixturePath } from '../isFixturePath.ts';
import { isSkippedDirectory } from '../isSkippedDirectory.ts';
import { joinPath } from '../joinPath.ts';
import { readToml, tomlString } from '../readToml.ts';

const ROOT_MANIFESTS = ['pyproject.toml', 'setup.py', 'setup.cfg'];

/** Top-level importable packages: directories with an __init__.py directly under `base`. */
const packagesUnder = async (ctx: DiscoveryContext, base: string, manifest: string): Promise<ModuleCandidate[]> => {
  const candidates: ModuleCandidate[] = [];
  for (const entry of await ctx.list(base)) {
    if (entry.kind !== 'directory' || isSkippedDirectory(ctx.root, joinPath(base, entry.name))) continue;
    const dir = joinPath(base, entry.name);
    if ((await ctx.list(dir)).some((e) => e.kind === 'file' && e.name === '__init__.py')) {
      candidates.push({ path: dir, name: entry.name, manifest });
    }
  }
  return candidates;
};

/**
 * Python: with a root pyproject.toml / setup.py / setup.cfg, the packages directly under the root and
 * under src/ (name = import name); plus every pyproject.toml in a subdirectory (monorepo; not in test data), named by
 * [project] or [tool.poetry]. setup.py `packages=` is not read: it is code (find_packages()), and the
 * __init__.py scan finds the same packages.
 */
export const pythonDiscoverer: ManifestDiscoverer = {
  source: 'python',
  async discover(ctx) {
    const candidates: ModuleCandidate[] = [];
    for (const manifest of ROOT_MANIFESTS) {
      if (!(await ctx.isFile(manifest))) continue;
      candidates.push(...(await packagesUnder(ctx, '', manifest)), ...(await packagesUnder(ctx, 'src', manifest)));
      break;
    }
    for (const dir of await ctx.walk()) {
      if (dir === '' || isFixturePath(dir)) continue;
      const manifest = joinPath(dir, 'pyproject.toml');
      const text = (await ctx.list(dir)).some((e) => e.name === 'pyproject.toml') ? await ctx.readText(manifest) : undefined;
      if (text === undefined) continue;
      const toml = readToml(text);
      const candidate: ModuleCandidate = { path: dir, manifest };
      const name = tomlString(toml, 'project', 'name') ?? tomlString(toml, 'tool.poetry', 'name');
      const description = tomlString(toml, 'project', 'description') ?? tomlString(toml, 'tool.poetry', 'description');
      if (name !== undefined) candidate.name = name;
      if (description !== undefined) candidate.description = description;
      candidates.push(candidate);
    }
    return candidates;
  },
};
