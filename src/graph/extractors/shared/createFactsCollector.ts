import type { FileFacts, ImportFact, SymbolFact } from '../../types.ts';

/** Generated or vendored files can declare thousands of symbols; past this they add noise, not signal. */
export const maxSymbolsPerFile = 500;
const maxImportsPerFile = 1000;
const maxFileDocs = 5;

export interface FactsCollector {
  /** Keeps the first of duplicates, adding a doc found later (a C++ method declared in the class and defined outside, ObjC @interface + @implementation). */
  addSymbol(symbol: SymbolFact): void;
  addImport(fact: ImportFact): void;
  addFileDoc(doc: string | undefined): void;
  setPackageName(name: string): void;
  /** The package or namespace set so far. */
  packageName(): string | undefined;
  /** Names of the symbols collected so far. */
  declaredNames(): Set<string>;
  /** For `export { a, b }` lists: marks top-level symbols exported once everything is collected. */
  markExported(name: string): void;
  build(hasErrors: boolean): FileFacts;
}

export const createFactsCollector = (language: string): FactsCollector => {
  const symbols = new Map<string, SymbolFact>();
  const imports = new Map<string, ImportFact>();
  const docs: string[] = [];
  const exportedNames = new Set<string>();
  let packageName: string | undefined;

  return {
    addSymbol(symbol) {
      if (symbol.name === '') return;
      const key = `${symbol.kind}\0${symbol.container ?? ''}\0${symbol.name}`;
      const known = symbols.get(key);
      if (known) {
        known.doc ??= symbol.doc;
        known.docFile ??= symbol.docFile;
        // a variable declared twice, once exported: `var etag = require('etag')` then `exports.etag = …` (express's utils
        // lost etag); not a function or method (C's `static int helper(int);` then its definition stays file-local)
        if (symbol.exported && (symbol.kind === 'variable' || symbol.kind === 'constant')) known.exported = true;
      } else if (symbols.size < maxSymbolsPerFile) {
        symbols.set(key, stripUndefined(symbol));
      }
    },
    addImport(fact) {
      if (fact.spec === '' || imports.size >= maxImportsPerFile) return;
      imports.set(`${fact.kind}\0${fact.system === true}\0${fact.spec}`, fact);
    },
    addFileDoc(doc) {
      if (doc && docs.length < maxFileDocs && !docs.includes(doc)) docs.push(doc);
    },
    setPackageName(name) {
      packageName ??= name;
    },
    packageName: () => packageName,
    declaredNames: () => new Set([...symbols.values()].map((s) => s.name)),
    markExported(name) {
      exportedNames.add(name);
    },
    build(hasErrors) {
      const list = [...symbols.values()];
      for (const symbol of list) {
        if (symbol.container === undefined && exportedNames.has(symbol.name)) symbol.exported = true;
      }
      // Private variables are implementation detail; collected anyway so `export { x }` can still publish them.
      const kept = list.filter((symbol) => symbol.exported || (symbol.kind !== 'variable' && symbol.kind !== 'constant'));
      const facts: FileFacts = { language, symbols: kept, imports: [...imports.values()], docComments: docs };
      if (packageName !== undefined) facts.packageName = packageName;
      if (hasErrors) facts.hasErrors = true;
      return facts;
    },
  };
};

// Facts cross a worker boundary and get compared with deepEqual: keep absent fields absent.
const stripUndefined = (symbol: SymbolFact): SymbolFact => {
  const out: SymbolFact = { name: symbol.name, kind: symbol.kind, line: symbol.line, exported: symbol.exported };
  if (symbol.doc !== undefined) out.doc = symbol.doc;
  if (symbol.container !== undefined) out.container = symbol.container;
  if (symbol.docFile !== undefined) out.docFile = symbol.docFile;
  return out;
};
