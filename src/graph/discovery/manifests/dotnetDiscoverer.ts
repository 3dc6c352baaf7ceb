import { posix } from 'node:path';
import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { joinPath } from '../joinPath.ts';
import { packagesBelowRoot } from './packagesBelowRoot.ts';

const PROJECT = /\.(csproj|fsproj|vbproj)$/;

/** The text of a simple XML element (`<Description>…</Description>`), entities decoded. */
const element = (xml: string, name: string): string | undefined => {
  const value = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.trim();
  return value ? value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&') : undefined;
};

/** A directory's .NET project: named by its `<AssemblyName>` or file name, described by `<Description>`. */
const readProject = async (ctx: DiscoveryContext, dir: string): Promise<ModuleCandidate | undefined> => {
  const file = (await ctx.list(dir)).find((e) => e.kind === 'file' && PROJECT.test(e.name));
  if (!file) return undefined;
  const manifest = joinPath(dir, file.name);
  const xml = (await ctx.readText(manifest)) ?? '';
  const description = element(xml, 'Description');
  return { path: dir, manifest, name: element(xml, 'AssemblyName') ?? posix.basename(file.name).replace(PROJECT, ''), ...(description !== undefined ? { description } : {}) };
};

/**
 * .NET: every C#, F# or VB project below the root (`src/Shop.Api/Shop.Api.csproj`), the unit a solution
 * builds and a developer names; a project at the root is the root module only beside others.
 */
export const dotnetDiscoverer: ManifestDiscoverer = {
  source: 'dotnet',
  discover: (ctx) => packagesBelowRoot(ctx, (dir) => readProject(ctx, dir)),
};
