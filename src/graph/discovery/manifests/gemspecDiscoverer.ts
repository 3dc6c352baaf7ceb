import { posix } from 'node:path';
import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { joinPath } from '../joinPath.ts';
import { packagesBelowRoot } from './packagesBelowRoot.ts';

/** A string attribute of a gemspec (`s.name = "x"`, `spec.summary = %q{…}`, Debian's `"x".freeze`). */
const attribute = (text: string, name: string): string | undefined => {
  const match = new RegExp(`\\.${name}\\s*=\\s*(?:"([^"\\n]*)"|'([^'\\n]*)'|%q\\{([^}\\n]*)\\})`).exec(text);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  // Ruby code inside a double-quoted string (`"#{s.description}."`, sinatra's rack-protection) is no text of its own
  if (match?.[1] !== undefined && match[1].includes('#{')) return undefined;
  return value?.trim() || undefined;
};

/** The gem a directory's `*.gemspec` declares, with its summary (or description) as the module's description. */
export const readGemspec = async (ctx: DiscoveryContext, dir: string): Promise<ModuleCandidate | undefined> => {
  const file = (await ctx.list(dir)).find((e) => e.kind === 'file' && e.name.endsWith('.gemspec'));
  if (!file) return undefined;
  const manifest = joinPath(dir, file.name);
  const text = await ctx.readText(manifest);
  if (text === undefined) return undefined;
  const candidate: ModuleCandidate = { path: dir, manifest, name: attribute(text, 'name') ?? posix.basename(file.name, '.gemspec') };
  const description = attribute(text, 'summary') ?? attribute(text, 'description');
  if (description !== undefined) candidate.description = description;
  return candidate;
};

/**
 * Ruby: every gem below the root (`activerecord/activerecord.gemspec` in the Rails repository), named by
 * its gemspec; the root's own gemspec makes the root a module only beside them.
 */
export const gemspecDiscoverer: ManifestDiscoverer = {
  source: 'rubygems',
  discover: (ctx) => packagesBelowRoot(ctx, (dir) => readGemspec(ctx, dir), { testTrees: 'skip' }),
};
