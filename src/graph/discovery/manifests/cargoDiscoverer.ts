import type { ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { expandDirectoryGlobs } from '../expandDirectoryGlobs.ts';
import { joinPath } from '../joinPath.ts';
import { cargoPathDependencies } from './cargoPathDependencies.ts';
import { readToml, tomlString, tomlStrings } from '../readToml.ts';

/**
 * Cargo: root Cargo.toml [workspace] members (globs) minus exclude, and, as Cargo has it, every crate inside the workspace
 * that the root or a member names as a path dependency (cargoPathDependencies.ts); name/description from each member's
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
    const excluded = new Set(await expandDirectoryGlobs(ctx, tomlStrings(root, 'workspace', 'exclude'), 'Cargo.toml [workspace] exclude'));
    const candidates: ModuleCandidate[] = [];
    if (root.has('package')) dirs.unshift('');
    const seen = new Set(dirs);
    const fromDependencies = new Set<string>();
    // (the list grows while it is walked: a member's path dependencies join it, and theirs)
    const follow = (crateText: string, dir: string): void => {
      for (const dep of cargoPathDependencies(crateText, dir)) {
        if (seen.has(dep) || excluded.has(dep)) continue;
        seen.add(dep);
        fromDependencies.add(dep);
        dirs.push(dep);
      }
    };
    follow(text, '');
    for (let i = 0; i < dirs.length; i++) {
      const dir = dirs[i] as string;
      const manifest = joinPath(dir, 'Cargo.toml');
      const crate = dir === '' ? text : await ctx.readText(manifest);
      if (crate === undefined) continue; // a glob can match folders that are not crates: skip them rather than fail
      const toml = dir === '' ? root : readToml(crate);
      if (dir !== '') follow(crate, dir);
      // (a path dependency is a member only as a crate: a folder of a virtual workspace's own is not one)
      if (fromDependencies.has(dir) && !toml.has('package')) continue;
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
