import type { FileFacts, SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { capDoc } from '../shared/cleanDoc.ts';
import { createFactsCollector } from '../shared/createFactsCollector.ts';
import { isBoilerplateComment } from '../shared/isBoilerplateComment.ts';

/**
 * F#, read by line (no grammar ships for it; OCaml's does not read F#'s indentation). `namespace Giraffe`
 * is the file's package, so `open Giraffe.Routing` finds Routing.fs the way a C# `using` finds a class
 * (the .NET family's `namespace.FileStem`); a top-level `module Giraffe.Core` gives `Giraffe` likewise.
 * Declarations are read by indentation: `module X =` opens a body, and in it `let` bindings at the body's own
 * indentation are its functions and values (deeper ones are locals), `type`/`and`/`exception` its types, and
 * `member`/`abstract`/`override` lines below a type its methods. `private` and `internal` hide a name.
 * `///` comments (XML doc tags read plain) document what follows; the first module's doc is the file's.
 * Giraffe's review: 22 library files had no symbol, doc or edge.
 */
export const fsharpExtractor = {
  language: 'fsharp',
  // No tree-sitter grammar: nothing to load ahead.
  grammar: '',
  shouldUse: (file) => /\.(?:fs|fsi|fsx)$/u.test(file.path),
  extract: async (file) => extractFSharp(file.text),
} satisfies Extractor;

const NAMESPACE = /^namespace\s+(?:rec\s+|global\s*$)?([A-Za-z_][\w.]*)?/u;
const MODULE = /^(\s*)module\s+(?:(?:private|internal|public|rec)\s+)*([A-Za-z_][\w.]*)\s*(=)?/u;
const LET = /^(\s*)let\s+(?:(?:inline|rec|mutable|private|internal|public)\s+)*(?:\(\s*([^)\s]+)\s*\)|([A-Za-z_][\w']*))/u;
const TYPE = /^(\s*)(?:type|and)\s+(?:\[<[^\]]*>\]\s*)?(?:(?:private|internal|public)\s+)?([A-Za-z_][\w']*)/u;
const EXCEPTION = /^(\s*)exception\s+([A-Za-z_][\w']*)/u;
const MEMBER = /^(\s*)(?:static\s+)?(?:member|abstract(?:\s+member)?|override|default)\s+(?:(?:inline|private|internal|public|val)\s+)*(?:[A-Za-z_][\w']*\.)?(?:\(\s*([^)\s]+)\s*\)|([A-Za-z_][\w']*))/u;
const OPEN = /^\s*open\s+(?:type\s+)?([A-Za-z_][\w.]*)/u;
const HIDDEN = /^\s*(?:let|type|and|module|member|static\s+member|abstract|exception)\s+(?:[\w\s]*\s)?(?:private|internal)\b/u;

/** A `///` comment's text: XML doc tags read plain (`<summary>`, `<see cref="X"/>` → X), `<param>` and later tags dropped. */
const docText = (lines: string[]): string => {
  const raw = lines.map((l) => l.replace(/^\s*\/\/\/\s?/u, '')).join('\n');
  const cut = raw.search(/<(?:param|returns|typeparam|exception|example|remarks)\b/u);
  return capDoc(
    (cut >= 0 ? raw.slice(0, cut) : raw)
      .replace(/<see\s+(?:cref|href|langword)="(?:\w:)?([^"]*)"\s*\/>/gu, '$1')
      .replace(/<\/?[a-z][^>]*>/giu, ' ')
      .replace(/\s+/gu, ' ')
      .trim(),
  );
};

const indentOf = (line: string): number => line.length - line.trimStart().length;

interface Scope {
  /** The module's name (undefined for a namespace or the file's top). */
  name: string | undefined;
  /** Indentation of the module's own declarations: unknown (-1) until its first line. */
  body: number;
  /** Indentation of the `module … =` line itself (-1 for the file). */
  header: number;
}

export const extractFSharp = (text: string): FileFacts => {
  const out = createFactsCollector('fsharp');
  const lines = text.split('\n');
  let pending: string[] = [];
  let fileDocDone = false;
  let namespace: string | undefined;
  const scopes: Scope[] = [{ name: undefined, body: 0, header: -1 }];
  // The type whose members the lines below it declare, and its indentation.
  let type: { name: string; indent: number } | undefined;
  // What the last declaration of a body was: `and` after `let rec f … ` binds a function, after `type` a type.
  let last: 'let' | 'type' = 'type';
  let inString = false;
  let inBlockComment = false;

  const add = (name: string, kind: SymbolKind, line: number, hidden: boolean, container: string | undefined, doc: string): void => {
    out.addSymbol({ name, kind, line, exported: !hidden, ...(container !== undefined ? { container } : {}), ...(doc ? { doc } : {}) });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // Triple-quoted strings and (* … *) comments hold no declarations.
    if (inString) {
      if ((line.match(/"""/gu)?.length ?? 0) % 2 === 1) inString = false;
      continue;
    }
    if (inBlockComment) {
      if (line.includes('*)')) inBlockComment = false;
      continue;
    }
    if (/^\s*\(\*(?!\))/u.test(line) && !line.includes('*)')) {
      inBlockComment = true;
      continue;
    }
    if (/^\s*\/\/\//u.test(line)) {
      pending.push(line);
      continue;
    }
    const trimmed = line.trim();
    // Plain comments, attributes and preprocessor lines keep a pending doc for the declaration below them.
    if (trimmed === '' || trimmed.startsWith('//') || /^\[<.*>\]$/u.test(trimmed) || trimmed.startsWith('#')) continue;
    const indent = indentOf(line);
    const text = pending.length > 0 ? docText(pending) : '';
    const doc = isBoilerplateComment(text) ? '' : text;
    pending = [];
    if (((line.match(/"""/gu)?.length ?? 0) % 2) === 1) inString = true;

    const ns = indent === 0 ? NAMESPACE.exec(line) : null;
    if (ns) {
      if (ns[1] !== undefined && namespace === undefined) {
        namespace = ns[1];
        out.setPackageName(ns[1]);
      }
      scopes.length = 1;
      type = undefined;
      if (doc && !fileDocDone) {
        out.addFileDoc(doc);
        fileDocDone = true;
      }
      continue;
    }
    // Leave the modules (and the type) this line is no longer inside.
    while (scopes.length > 1 && indent <= (scopes.at(-1)?.header ?? -1)) scopes.pop();
    if (type !== undefined && indent <= type.indent) type = undefined;
    const scope = scopes.at(-1) as Scope;
    if (scope.body < 0 && indent > scope.header) scope.body = indent;
    const container = scope.name;
    const hidden = HIDDEN.test(line);

    const mod = MODULE.exec(line);
    if (mod?.[2] !== undefined) {
      const full = mod[2];
      const name = full.slice(full.lastIndexOf('.') + 1);
      add(name, 'module', i + 1, hidden, container, doc);
      if (doc && !fileDocDone) {
        out.addFileDoc(doc);
        fileDocDone = true;
      }
      if (mod[3] === '=') {
        scopes.push({ name, body: -1, header: indent });
      } else {
        // `module Giraffe.Core` heads the file: its prefix is the package (Core.fs is then `Giraffe.Core`).
        if (namespace === undefined && full.includes('.')) out.setPackageName(full.slice(0, full.lastIndexOf('.')));
        scopes.length = 1;
        scopes[0] = { name, body: -1, header: -1 };
      }
      type = undefined;
      continue;
    }
    const opened = OPEN.exec(line);
    if (opened?.[1] !== undefined) {
      out.addImport({ spec: opened[1], kind: 'qualified' });
      continue;
    }
    // Below a type: its members, whatever the indentation of the body.
    if (type !== undefined && indent > type.indent) {
      const member = MEMBER.exec(line);
      const name = member?.[2] ?? member?.[3];
      if (name !== undefined) add(name, 'method', i + 1, hidden, type.name, doc);
      continue;
    }
    if (scope.body >= 0 && indent !== scope.body) continue; // a local binding, or a line of an expression
    const chained = /^\s*and\s/u.test(line) && last === 'let' ? LET.exec(line.replace(/^(\s*)and(\s)/u, '$1let$2')) : null;
    const decl = chained ? null : (TYPE.exec(line) ?? EXCEPTION.exec(line));
    if (decl?.[2] !== undefined) {
      last = 'type';
      add(decl[2], 'class', i + 1, hidden, container, doc);
      type = { name: decl[2], indent };
      continue;
    }
    const written = chained ? line.replace(/^(\s*)and(\s)/u, '$1let$2') : line;
    const binding = LET.exec(written);
    const bound = binding?.[2] ?? binding?.[3];
    if (bound !== undefined && bound !== '_') {
      last = 'let';
      // `let x = value` names a value; `let f x = …`, `let f<'T> x = …` or `let f = fun …` a function
      const rest = written.slice((binding?.index ?? 0) + (binding?.[0].length ?? 0));
      // (nothing after the name: its parameters follow on the next lines)
      const fn = rest.trim() === '' || (/^\s*(?:[(\w'_<]|=\s*fun\b)/u.test(rest) && !/^\s*[:=](?!\s*fun\b)/u.test(rest));
      add(bound, fn ? 'function' : 'variable', i + 1, hidden, container, doc);
    }
  }
  return out.build(false);
};
