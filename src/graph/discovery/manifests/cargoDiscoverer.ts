import type { ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { expandDirectoryGlobs } from '../expandDirectoryGlobs.ts';
import { joinPath } from '../joinPath.ts';
import { readToml, tomlString, tomlStrings } from '../readToml.ts';

/**
 * Cargo: root Cargo.toml [workspace] members (globs) minus exclude; name/description from each member's
 * [package]. A root that is both workspace and package is a crate too, so it becomes the root module.
 */
export const cargoDiscoverer: ManifestDiscoverer = {
  source: 'cargo',
  async discover(ctx) {
    const text = await ctx.readText('Cargo.toml');
    if (text === undefined) return [];
    const root = readToml(text);
    if (!root.has('workspace')) return [];
    const patterns = [
      ...tomlStrings(root, 'workspace', 'members'),
      ...tomlStrings(root, 'workspace', 'exclude').map((e) => `!${e}`),
    ];
    const dirs = await expandDirectoryGlobs(ctx, patterns, 'Cargo.toml [workspace] members');
    const candidates: ModuleCandidate[] = [];
    if (root.has('package')) dirs.unshift('');
    for (const dir of dirs) {
      const manifest = joinPath(dir, 'Cargo.toml');
      const crate = dir === '' ? text : await ctx.readText(manifest);
      if (crate === undefined) continue; // a glob can match folders that are not crates: skip them rather than fail
      const toml = dir === '' ? root : readToml(crate);
      const candidate: ModuleCandidate = { path: dir, manifest };
      const name = tomlString(toml, 'package', 'name');
      const description = tomlString(toml, 'package', 'description');
      if (name !== undefined) candidate.name = name;
      if (description !== undefined) candidate.description = description;
      candidates.push(candidate);
    }
    return candidates;
  },
};
