import { cleanSynopsis, readDuneFile, type DuneStanza } from '../../extractors/ocaml/readDuneFile.ts';
import type { ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { isFixturePath } from '../isFixturePath.ts';
import { joinPath } from '../joinPath.ts';

/**
 * Folders whose dune stanzas are tests, examples or benchmarks (a cram test's `x.t/` too): they stay with
 * whatever holds them, as the directory rules leave `test/` to the root. dune's own test/ has 200 dune
 * files of test executables.
 */
const SUPPORTING = /^(tests?|examples?|bench(es|marks?)?|docs?|fixtures|testdata)$|\.t$/u;

/**
 * OCaml with dune: when the root has a `dune-project`, every folder whose `dune` file declares a
 * `(library …)` or `(executable(s) …)` is a module, named by the (first) library's name (else the
 * executables' public name, else their name) and described by its `(synopsis "…")`. A folder with
 * `(include_subdirs unqualified|qualified)` is one library with its subfolders (dune_rules/findlib),
 * so dune files below it declare no module of their own. Folders with no such stanza are left to the
 * gap-fill that discoverModules.ts does for every manifest kind. dune 2.9.3: 10 directory modules
 * became its 26 libraries and executables.
 */
export const duneDiscoverer: ManifestDiscoverer = {
  source: 'dune',
  discover: async (ctx) => {
    if (!(await ctx.isFile('dune-project'))) return [];
    const candidates: ModuleCandidate[] = [];
    const folded: string[] = [];
    for (const dir of await ctx.walk()) {
      if (isFixturePath(dir) || dir.split('/').some((segment) => SUPPORTING.test(segment))) continue;
      if (folded.some((root) => root === '' || dir.startsWith(`${root}/`))) continue;
      if (!(await ctx.list(dir)).some((e) => e.kind === 'file' && e.name === 'dune')) continue;
      const manifest = joinPath(dir, 'dune');
      const file = readDuneFile((await ctx.readText(manifest)) ?? '');
      if (file.includeSubdirs) folded.push(dir);
      if (file.stanzas.length === 0) continue;
      candidates.push({ path: dir, manifest, ...describe(file.stanzas) });
    }
    return candidates;
  },
};

const describe = (stanzas: DuneStanza[]): { name?: string; description?: string } => {
  const library = stanzas.find((s) => s.kind === 'library');
  const main = library ?? stanzas[0];
  const name = library ? library.names[0] ?? library.publicNames[0] : main?.publicNames[0] ?? main?.names[0];
  const description = stanzas.map((s) => cleanSynopsis(s.synopsis)).find((d) => d !== undefined);
  return { ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}) };
};
