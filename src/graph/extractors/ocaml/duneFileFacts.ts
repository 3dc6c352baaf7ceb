import type { FileFacts } from '../../types.ts';
import { createFactsCollector } from '../shared/createFactsCollector.ts';
import { joinDuneLibraryNames } from './duneLibraryNames.ts';
import { cleanSynopsis, readDuneFile } from './readDuneFile.ts';

/**
 * A `dune` file's facts: each library and executable it declares is a module symbol (its synopsis the
 * doc, and the file's doc too), its `(libraries …)` are package imports that the resolver finds by the
 * names other dune files declare (createOcamlResolver.ts), and those names travel as its package. These
 * are the exact edges between a project's libraries, whatever the module list: dune's review had none.
 */
export const duneFileFacts = (text: string): FileFacts => {
  const out = createFactsCollector('ocaml');
  const { stanzas } = readDuneFile(text);
  const declared: string[] = [];
  const lines = text.split('\n');
  const lineOfName = (name: string): number => {
    const at = lines.findIndex((line) => /\(\s*(public_)?names?\b/u.test(line) && line.split(/[\s()"]+/u).includes(name));
    return at < 0 ? 1 : at + 1;
  };
  for (const stanza of stanzas) {
    const doc = cleanSynopsis(stanza.synopsis);
    if (doc) out.addFileDoc(doc);
    if (stanza.kind === 'library') declared.push(...stanza.names, ...stanza.publicNames);
    for (const name of [...stanza.names, ...stanza.publicNames]) {
      out.addSymbol({ name, kind: 'module', line: lineOfName(name), exported: stanza.kind === 'library' || stanza.publicNames.includes(name), ...(doc ? { doc } : {}) });
    }
    for (const library of stanza.libraries) out.addImport({ spec: library, kind: 'package' });
  }
  const names = joinDuneLibraryNames(declared);
  if (names !== undefined) out.setPackageName(names);
  return out.build(false);
};
