import { posix } from 'node:path';
import { splitDuneLibraryNames } from './extractors/ocaml/duneLibraryNames.ts';
import type { ModuleDef, ModuleId } from './types.ts';

export interface OcamlResolverInput {
  files: Iterable<string>;
  modules: ModuleDef[];
  moduleOf: (path: string) => ModuleId | undefined;
  /** Per-file declarations by family key; a `dune` file's are its library names (duneLibraryNames.ts). */
  packages: Map<string, Map<ModuleId, number>>;
}

export interface OcamlResolver {
  /** A module name as code writes it, one or two segments (`Import`, `Dune_rules.Super_context`). */
  module(fromFile: string, spec: string): ModuleId | undefined;
  /** A library as a dune file's `(libraries …)` lists it, by name or public name (`stdune`, `dune-private-libs.ocaml-config`). */
  library(name: string): ModuleId | undefined;
}

const SOURCE = /\.(ml|mli|mll|mly)$/u;

/**
 * OCaml names modules after files (`watermarks.ml` is `Watermarks`) and libraries after their dune
 * stanza (`(library (name dune_rules))` is `Dune_rules`, wrapping its files as `Dune_rules.Watermarks`).
 * So a name is first a file of that name, the one nearest the referring file (its folder, its module,
 * then the deepest shared folder: `Path` is the importer's library's own before another's), else a
 * library: by the names dune files declare, by a module's manifest name, or by a folder named so; with
 * a second segment, the file of that name inside the library. A name found in neither is outside the
 * repository (`List`, `Unix`, a dependency) and makes no edge.
 */
export const createOcamlResolver = (input: OcamlResolverInput): OcamlResolver => {
  const byStem = new Map<string, string[]>();
  const folderOf = new Map<string, string>();
  for (const file of input.files) {
    if (!SOURCE.test(file)) continue;
    const base = posix.basename(file).replace(SOURCE, '');
    const key = base.toLowerCase();
    const list = byStem.get(key) ?? byStem.set(key, []).get(key)!;
    if (!list.includes(file)) list.push(file);
    // A folder of OCaml files named like a library (src/dune_rules) stands for it when nothing declares it.
    const dir = posix.dirname(file);
    const folder = posix.basename(dir).toLowerCase().replace(/-/gu, '_');
    if (dir !== '.' && !folderOf.has(folder)) folderOf.set(folder, dir);
  }
  const libraries = new Map<string, ModuleId>();
  for (const [key, owners] of input.packages) {
    for (const name of splitDuneLibraryNames(key.slice(key.indexOf(':') + 1))) {
      const owner = [...owners.keys()].sort()[0];
      if (owner !== undefined && !libraries.has(name)) libraries.set(name, owner);
    }
  }
  for (const m of input.modules) if (m.name && !libraries.has(m.name)) libraries.set(m.name, m.id);

  const nearest = (fromFile: string, files: string[]): string | undefined => {
    const dir = posix.dirname(fromFile);
    const own = input.moduleOf(fromFile);
    const from = dir.split('/');
    const shared = (f: string): number => {
      const dirs = posix.dirname(f).split('/');
      let n = 0;
      while (n < dirs.length && n < from.length && dirs[n] === from[n]) n++;
      return n;
    };
    const rank = (f: string): number => (posix.dirname(f) === dir ? 2 : input.moduleOf(f) === own ? 1 : 0);
    return [...files].sort((a, b) => rank(b) - rank(a) || shared(b) - shared(a) || a.length - b.length || (a < b ? -1 : 1))[0];
  };

  const library = (name: string): ModuleId | undefined => {
    const found = libraries.get(name) ?? libraries.get(name.replace(/_/gu, '-')) ?? libraries.get(name.replace(/-/gu, '_'));
    if (found !== undefined) return found;
    const dir = folderOf.get(name.toLowerCase().replace(/-/gu, '_'));
    return dir === undefined ? undefined : input.moduleOf(`${dir}/_`);
  };

  return {
    library,
    module(fromFile, spec) {
      const [first = '', second] = spec.split('.');
      const files = (byStem.get(first.toLowerCase()) ?? []).filter((f) => f !== fromFile);
      const hit = nearest(fromFile, files);
      if (hit !== undefined) return input.moduleOf(hit);
      const lib = library(first.toLowerCase());
      if (lib === undefined || second === undefined) return lib;
      // `Dune_rules.Super_context`: the library's file of that name, which a finer module list may own.
      const path = input.modules.find((m) => m.id === lib)?.path;
      const inside = (byStem.get(second.toLowerCase()) ?? []).filter((f) => path === undefined || path === '' || f.startsWith(`${path}/`));
      const file = nearest(fromFile, inside);
      return file === undefined ? lib : (input.moduleOf(file) ?? lib);
    },
  };
};
