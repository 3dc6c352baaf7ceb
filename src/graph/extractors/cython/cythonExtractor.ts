import type { FileFacts, SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { cleanDocstring } from '../shared/cleanDoc.ts';
import { createFactsCollector } from '../shared/createFactsCollector.ts';
import { cythonDeclaration } from './cythonDeclaration.ts';
import { cythonImports } from './cythonImports.ts';
import { headerCommentDocs, isCrossReference, withoutStampLines } from './headerCommentDocs.ts';
import { scanCython, type Literal, type Statement } from './scanCython.ts';
import { stripTempita } from './stripTempita.ts';

/**
 * Cython: `.pyx` (a compiled module), `.pxd` (its declarations, what other modules `cimport`), `.pxi`
 * (text an `include` pastes in), and their Tempita templates `.pyx.tp`/`.pxd.tp` (read less their
 * `{{…}}` tags, stripTempita.ts). Read by line (scanCython.ts): the Python grammar reads every C type in a
 * signature as an error.
 * Symbols: `def`/`cpdef`/`cdef` functions (methods inside a class), `class` and `cdef class`, `ctypedef`,
 * `cdef struct`/`union`/`enum` (an anonymous enum's members and module-level assignments as constants), and
 * inside `cdef extern from "h":` the C functions and types it declares, never exported: they are the
 * header's, not this module's. Exported, as Python's extractor says it: a name without a leading `_` that
 * Python code can reach (`def`, `cpdef`, classes, Python assignments); in a `.pxd`, also the C-level
 * declarations, as that file is the API the matching `.pyx` offers to `cimport`.
 * Docs as in Python: a function's or class's first string, the file's leading docstring (or a template's
 * `{{py: """…"""}}` one) and its leading `#` comments, credits and directives aside (headerCommentDocs.ts).
 * Imports: `cimport`, `from … cimport`, `import` and `from … import` as Python's extractor writes them, so
 * Python's resolver reads them; `include "x.pxi"` and `cdef extern from "x.c"` as includes. sklearn's review: its 95 Cython files had
 * no language, symbol, term bag or edge.
 */
export const cythonExtractor = {
  language: 'cython',
  // No tree-sitter grammar: nothing to load ahead.
  grammar: '',
  shouldUse: (file) => /\.(?:pyx|pxd|pxi)(?:\.tp)?$/u.test(file.path),
  extract: async (file) => extractCython(file.path, file.text),
} satisfies Extractor;

/** The scope a block's statements are read in. */
type Scope = 'module' | 'class' | 'extern' | 'enumMembers' | 'skip';

interface Block {
  indent: number;
  scope: Scope;
  /** In a `cdef:` block or an extern block: declarations need no `cdef`. */
  implicitCdef: boolean;
  className?: string;
  classExported?: boolean;
}

/** Blocks whose declarations are the enclosing block's (`IF`/`ELSE` are Cython's compile-time branches). */
const TRANSPARENT = /^(?:if|elif|else|try|except|finally|with|IF|ELIF|ELSE)\b/u;
const MAIN_GUARD = /^if\s+__name__\s*==/u;
const PURE_STRING = /^[A-Za-z]{0,2}("""|'''|"|')\s*\1$/u;

const isPublic = (name: string): boolean => !name.startsWith('_');
const kindOfValue = (name: string): SymbolKind => (/^[A-Z][A-Z0-9_]*$/u.test(name) ? 'constant' : 'variable');

/** The first literal that starts inside [from, to) (literals are sorted by start). */
const literalIn = (literals: readonly Literal[], from: number, to: number): Literal | undefined => {
  let lo = 0;
  let hi = literals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((literals[mid] as Literal).start < from) lo = mid + 1;
    else hi = mid;
  }
  const found = literals[lo];
  return found !== undefined && found.start < to ? found : undefined;
};

const unquote = (raw: string): string => raw.replace(/^[A-Za-z]*("""|'''|"|')/u, '').replace(/("""|'''|"|')$/u, '');

export const extractCython = (path: string, source: string): FileFacts => {
  const out = createFactsCollector('cython');
  const isDeclarations = /\.pxd(?:\.tp)?$/u.test(path);
  const template = /\.tp$/u.test(path) ? stripTempita(source) : { text: source };
  const { statements, literals, comments } = scanCython(template.text);

  const docOf = (statement: Statement): string | undefined => {
    if (!PURE_STRING.test(statement.code)) return undefined;
    const literal = literalIn(literals, statement.start, statement.end);
    return literal ? cleanDocstring(literal.raw) || undefined : undefined;
  };

  const first = statements[0];
  const fileDocs = [withoutStampLines(first ? docOf(first) : undefined), withoutStampLines(template.doc), ...headerCommentDocs(comments, first ? first.line - 1 : Number.MAX_SAFE_INTEGER)];
  for (const doc of fileDocs) if (doc !== undefined && !isCrossReference(doc)) out.addFileDoc(doc);

  const stack: Block[] = [{ indent: -1, scope: 'module', implicitCdef: false }];
  /** A function or class waiting for the first statement of its body, its docstring maybe. */
  let awaiting: { indent: number; add: (doc: string | undefined) => void } | undefined;

  for (const statement of statements) {
    while ((stack.at(-1) as Block).indent >= statement.indent) stack.pop();
    if (awaiting) {
      awaiting.add(statement.indent > awaiting.indent ? docOf(statement) : undefined);
      awaiting = undefined;
    }
    const block = stack.at(-1) as Block;
    // `cdef extern from "_hashindex.c":` compiles that C file into this module: a dependency like an include
    // (borgbackup's review: its `_hashindex` card had no edge to the code it wraps).
    if (/^cdef\s+extern\s+from\s+["']/u.test(statement.code)) {
      const header = literalIn(literals, statement.start, statement.end);
      if (header) out.addImport({ spec: unquote(header.raw), kind: 'include' });
    }
    const literal = /^include\s/u.test(statement.code) ? literalIn(literals, statement.start, statement.end) : undefined;
    const imports = cythonImports(statement.code, literal ? unquote(literal.raw) : undefined);
    if (imports !== undefined) {
      for (const fact of imports) out.addImport(fact);
      continue;
    }
    if (block.scope === 'skip') continue;
    const opens = statement.code.endsWith(':');
    const push = (scope: Scope, extra: Partial<Block> = {}) => {
      if (opens) stack.push({ indent: statement.indent, scope, implicitCdef: false, ...extra });
    };

    if (block.scope === 'enumMembers') {
      for (const part of statement.code.split(',')) {
        const name = /^\s*(\w+)/u.exec(part)?.[1];
        if (name !== undefined) out.addSymbol({ name, kind: 'constant', line: statement.line, exported: isDeclarations && isPublic(name) });
      }
      continue;
    }
    if (opens && TRANSPARENT.test(statement.code)) {
      push(MAIN_GUARD.test(statement.code) ? 'skip' : block.scope, { ...(block.className !== undefined ? { className: block.className, classExported: block.classExported ?? false } : {}), implicitCdef: block.implicitCdef });
      continue;
    }
    const declaration = cythonDeclaration(statement.code, block.implicitCdef);
    if (declaration === undefined) {
      push('skip');
      continue;
    }
    const inExtern = block.scope === 'extern';
    // C-level names reach other modules only through a .pxd; Python-level ones are the module's API.
    const exportedAs = (name: string, pythonLevel: boolean): boolean => !inExtern && isPublic(name) && (pythonLevel || isDeclarations);
    const symbolWithDoc = (name: string, kind: SymbolKind, exported: boolean, container?: string) => {
      const base = { name, kind, line: statement.line, exported, ...(container !== undefined ? { container } : {}) };
      if (opens) awaiting = { indent: statement.indent, add: (doc) => out.addSymbol(doc ? { ...base, doc } : base) };
      else out.addSymbol(base);
    };

    switch (declaration.what) {
      case 'extern':
        push('extern', { implicitCdef: true });
        break;
      case 'cdefBlock':
        push(block.scope, { implicitCdef: true, ...(block.className !== undefined ? { className: block.className, classExported: block.classExported ?? false } : {}) });
        break;
      case 'function': {
        const { name, keyword } = declaration;
        // Dunders implement protocols (`__cinit__`, `__reduce__`), they are no API names.
        if (!/^__\w+__$/u.test(name)) {
          if (block.scope === 'class') {
            const exported = (block.classExported ?? false) && isPublic(name) && (keyword !== 'cdef' || isDeclarations);
            symbolWithDoc(name, 'method', exported, block.className);
          } else {
            symbolWithDoc(name, 'function', exportedAs(name, keyword !== 'cdef'));
          }
        }
        push('skip');
        break;
      }
      case 'class': {
        const { name, keyword } = declaration;
        if (block.scope === 'class') {
          push('skip');
          break;
        }
        const exported = exportedAs(name, keyword !== 'cppclass');
        symbolWithDoc(name, 'class', exported);
        // A C++ class of an extern block lists the header's methods: not this module's.
        push(inExtern ? 'skip' : 'class', { className: name, classExported: exported });
        break;
      }
      case 'struct':
      case 'enum':
      case 'type':
        if (block.scope !== 'class') symbolWithDoc(declaration.name, declaration.what, exportedAs(declaration.name, false));
        push('skip');
        break;
      case 'enumMembers':
        push(block.scope === 'class' || inExtern ? 'skip' : 'enumMembers');
        break;
      case 'variable':
        // Attributes of a class (`cdef public SIZE_t n_features`) and an extern block's C globals are left out.
        if (block.scope === 'module') {
          for (const name of declaration.names) {
            if (name === '__all__') continue;
            out.addSymbol({ name, kind: kindOfValue(name), line: statement.line, exported: exportedAs(name, declaration.keyword === 'python') });
          }
        }
        push('skip');
        break;
    }
  }
  if (awaiting) awaiting.add(undefined);
  return out.build(false);
};
