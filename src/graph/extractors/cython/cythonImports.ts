import type { ImportFact } from '../../types.ts';

/**
 * Declarations Cython itself ships (`from libc.math cimport sqrt`, `cimport cython`, `from cpython cimport
 * PyObject`, `cimport openmp`): never a file of the repository, whatever folder happens to share the name.
 */
const BUILT_IN = new Set(['libc', 'libcpp', 'cpython', 'cython', 'posix', 'openmp']);

const IMPORT = /^(c?import)\s+(.+)$/u;
const FROM = /^from\s+(\.*[\w.]*)\s+(c?import)\s+(.+)$/u;
const INCLUDE = /^include\s+(["'])/u;

/**
 * `a.b.c` and, last, its package `a.b`: a compiled module has no `.py` for the resolver to find
 * (`from sklearn.utils._typedefs cimport DTYPE_t` names `_typedefs.pxd`/`.pyx`), and its package's
 * `__init__.py` stands for the same module of the repository.
 */
const withPackage = (dotted: string): string => {
  const dot = dotted.lastIndexOf('.');
  return dot > 0 ? `${dotted}|${dotted.slice(0, dot)}` : dotted;
};

/** `a.b as c, d` or `(a as b, c,)`: the names as written, aliases dropped. */
const namesOf = (list: string): string[] =>
  list
    .replace(/^\(|\)$/gu, '')
    .split(',')
    .map((item) => item.trim().split(/\s+as\s+/u)[0]?.trim() ?? '')
    .filter((name) => /^[\w.]+$/u.test(name));

const isBuiltIn = (keyword: string, dotted: string): boolean => {
  const root = dotted.split('.')[0] ?? '';
  return BUILT_IN.has(root) && (keyword === 'cimport' || root === 'cython');
};

/**
 * The imports of one statement, in the specs Python's extractor writes, so that its resolver reads both:
 * `cimport a.b` and `import a.b` are the package `a.b`; `from a.b cimport c` is `a.b.c|a.b` (the submodule
 * c, else a name of a.b); `from .x cimport y` is the path `.x`, `from . cimport a, b` the paths `.a` and `.b`.
 * An absolute name ends with its package as a last try (withPackage).
 * `include "x.pxi"` is textual inclusion of a file beside this one, an include. Undefined: no import.
 * `literal` is the string an `include` names, already unquoted.
 */
export const cythonImports = (code: string, literal: string | undefined): ImportFact[] | undefined => {
  if (INCLUDE.test(code)) return literal ? [{ spec: literal, kind: 'include' }] : [];
  const plain = IMPORT.exec(code);
  if (plain) {
    const keyword = plain[1] ?? '';
    return namesOf(plain[2] ?? '').filter((name) => !isBuiltIn(keyword, name)).map((name) => ({ spec: withPackage(name), kind: 'package' }));
  }
  const from = FROM.exec(code);
  if (!from) return undefined;
  const module = from[1] ?? '';
  const keyword = from[2] ?? '';
  const list = (from[3] ?? '').trim();
  const wildcard = list === '*';
  const names = wildcard ? [] : namesOf(list);
  const dots = /^\.*/u.exec(module)?.[0] ?? '';
  if (dots === '') {
    if (isBuiltIn(keyword, module)) return [];
    if (names.length === 0) return [{ spec: withPackage(module), kind: 'package' }];
    return names.map((name) => ({ spec: `${module}.${name}|${withPackage(module)}`, kind: 'package' }));
  }
  if (module.length > dots.length) return [{ spec: module, kind: 'path' }];
  if (wildcard) return [{ spec: dots, kind: 'path' }];
  return names.map((name) => ({ spec: `${dots}${name}`, kind: 'path' }));
};
