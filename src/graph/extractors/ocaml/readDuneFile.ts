/** An s-expression of a dune file: an atom (quoted strings unquoted) or a list. */
export type Sexp = string | Sexp[];

/** One `(library …)`, `(executable …)` or `(executables …)` stanza, as much of it as routing needs. */
export interface DuneStanza {
  kind: 'library' | 'executable';
  /** `(name x)` or `(names a b)`: what OCaml code calls the library (`Dune_rules`) or the executables' main modules. */
  names: string[];
  /** `(public_name x)` / `(public_names a b)`: what other dune files list in `(libraries …)`, or the installed command. */
  publicNames: string[];
  synopsis?: string;
  /** `(libraries a b (select …) (re_export c))`: the libraries it links, by either name. */
  libraries: string[];
}

export interface DuneFile {
  stanzas: DuneStanza[];
  /** `(include_subdirs unqualified|qualified)`: the folders below belong to this folder's library. */
  includeSubdirs: boolean;
}

/**
 * Reads a dune file's stanzas. A small reader of dune's s-expression syntax (atoms, "strings" with
 * escapes, `;` line comments, `#| … |#` block and `#;` datum comments) rather than regexes: stanzas span
 * lines, nest `(select … from …)` forms and put fields in any order. Never throws; what it cannot read
 * is left out.
 */
export const readDuneFile = (text: string): DuneFile => {
  const stanzas: DuneStanza[] = [];
  let includeSubdirs = false;
  for (const form of readSexps(text)) {
    if (!Array.isArray(form)) continue;
    const [head, ...fields] = form;
    if (head === 'include_subdirs') includeSubdirs = fields[0] === 'unqualified' || fields[0] === 'qualified';
    if (head !== 'library' && head !== 'executable' && head !== 'executables') continue;
    const field = (name: string): string[] => atoms(fields.find((f) => Array.isArray(f) && f[0] === name), 1);
    const synopsis = field('synopsis')[0];
    stanzas.push({
      kind: head === 'library' ? 'library' : 'executable',
      names: [...field('name'), ...field('names')],
      // `-` in `(public_names - tool)` is dune's "not installed", no name.
      publicNames: [...field('public_name'), ...field('public_names')].filter((name) => name !== '-'),
      ...(synopsis !== undefined ? { synopsis } : {}),
      libraries: libraryNames(fields.find((f) => Array.isArray(f) && f[0] === 'libraries')),
    });
  }
  return { stanzas, includeSubdirs };
};

/** The atoms of a list from `from` on (not nested ones). */
const atoms = (form: Sexp | undefined, from: number): string[] =>
  Array.isArray(form) ? form.slice(from).filter((x): x is string => typeof x === 'string' && !x.startsWith(':')) : [];

/** `(libraries a (re_export b) (select c.ml from (d -> e.ml) (-> f.ml)))`: a, b, d. */
const libraryNames = (form: Sexp | undefined): string[] => {
  if (!Array.isArray(form)) return [];
  const out: string[] = [];
  for (const item of form.slice(1)) {
    if (typeof item === 'string') out.push(item);
    else if (item[0] === 're_export') out.push(...atoms(item, 1));
    else if (item[0] === 'select') {
      for (const choice of item.slice(1)) if (Array.isArray(choice)) out.push(...atoms(choice, 0).filter((a) => a !== '->' && !a.includes('.ml') && !a.startsWith('!')));
    }
  }
  return out.filter((name) => /^[\w.-]+$/u.test(name) && !name.startsWith('%'));
};

/** Every top-level form of the text. */
export const readSexps = (text: string): Sexp[] => {
  const root: Sexp[] = [];
  const stack: Sexp[][] = [root];
  // `#;` comments out the next datum: the one completed at the depth where the marker stood.
  let skipDepth = 0;
  const push = (x: Sexp): void => {
    if (skipDepth === stack.length) skipDepth = 0;
    else stack[stack.length - 1]?.push(x);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === ';') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '#' && text[i + 1] === '|') {
      const end = text.indexOf('|#', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '#' && text[i + 1] === ';') {
      skipDepth = stack.length;
      i += 2;
    } else if (c === '(') {
      stack.push([]);
      i++;
    } else if (c === ')') {
      const done = stack.length > 1 ? stack.pop() : undefined;
      if (done) push(done);
      i++;
    } else if (c === '"') {
      let value = '';
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) {
          const next = text[i + 1] ?? '';
          value += next === 'n' ? '\n' : next === '\n' ? '' : next;
          i += 2;
        } else value += text[i++];
      }
      i++;
      push(value);
    } else if (/\s/u.test(c)) {
      i++;
    } else {
      const start = i;
      while (i < text.length && !/[\s()";]/u.test(text[i] ?? '')) i++;
      push(text.slice(start, i));
    }
  }
  // An unclosed list (a file cut short) still counts for what it holds.
  while (stack.length > 1) {
    const done = stack.pop();
    if (done) stack[stack.length - 1]?.push(done);
  }
  return root;
};

/**
 * A synopsis as a description: `[Internal]` markers off, and none at all for the boilerplate that says
 * only that a library is internal (dune's "Internal Dune library, do not use!" on dune_rules, dune_engine …).
 */
export const cleanSynopsis = (synopsis: string | undefined): string | undefined => {
  const text = (synopsis ?? '').replace(/^\s*\[internal\]\s*/iu, '').replace(/[,.;]?\s*do not use!?\s*$/iu, '').trim();
  if (text === '' || /^internal\b[\w\s-]*\blibrary$/iu.test(text)) return undefined;
  return text;
};
