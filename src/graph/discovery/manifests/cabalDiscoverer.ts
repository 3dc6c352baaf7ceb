import { DOCS_FOLDERS } from '../../codeTermBag.ts';
import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { joinPath } from '../joinPath.ts';
import { packagesBelowRoot } from './packagesBelowRoot.ts';

/**
 * A top-level field of a .cabal file: `name:` on its line, a value that may go on over indented lines (`description:`
 * mostly does). Field names are case-insensitive; a lone `.` line is Haddock's paragraph break.
 */
export const cabalField = (text: string, field: string): string | undefined => {
  const lines = text.split(/\r?\n/u);
  const start = new RegExp(`^${field}\\s*:`, 'iu');
  const at = lines.findIndex((line) => start.test(line));
  if (at < 0) return undefined;
  const parts = [(lines[at] ?? '').replace(/^[^:]*:\s*/u, '')];
  for (const line of lines.slice(at + 1)) {
    if (!/^\s/u.test(line) || line.trim() === '' || line.trim() === '.') break;
    parts.push(line.trim());
  }
  const value = parts.join(' ').replace(/\s+/gu, ' ').trim();
  return value === '' ? undefined : value;
};

/** `dir`'s Cabal package (`servant-server/servant-server.cabal`) by its `name:` and `synopsis:` (else its description's first paragraph). */
export const cabalPackageIn = async (ctx: DiscoveryContext, dir: string): Promise<ModuleCandidate | undefined> => {
  const file = (await ctx.list(dir)).find((e) => e.kind === 'file' && e.name.endsWith('.cabal') && e.name !== '.cabal');
  if (file === undefined) return undefined;
  const manifest = joinPath(dir, file.name);
  const text = (await ctx.readText(manifest)) ?? '';
  const name = cabalField(text, 'name');
  const description = cabalField(text, 'synopsis') ?? cabalField(text, 'description');
  return { path: dir, manifest, ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}) };
};

/**
 * Haskell: every Cabal package below the root (servant's `servant-server/`, `servant-auth/servant-auth-client/`), named
 * by its `.cabal` file's `name:`; the root's package makes the root a module only beside them (one package alone is
 * split by the directory rules). Without it, servant-auth's five packages had been one module and the cards had no
 * description (servant's has no README; its synopsis says "A family of combinators for defining webservices APIs").
 */
export const cabalDiscoverer: ManifestDiscoverer = {
  source: 'cabal',
  discover: (ctx) => packagesBelowRoot(ctx, (dir) => (inDocs(dir) ? Promise.resolve(undefined) : cabalPackageIn(ctx, dir)), { testTrees: 'skip' }),
};

/**
 * A package of the documentation is its runnable pages (servant's `doc/cookbook/*`: a literate-Haskell recipe and its
 * .cabal each, 23 of them), not a module of the code: the docs folder stays one module.
 */
const inDocs = (dir: string): boolean => dir.split('/').some((segment) => DOCS_FOLDERS.has(segment.toLowerCase()));
