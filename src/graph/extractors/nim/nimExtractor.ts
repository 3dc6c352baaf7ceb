import type { FileFacts, SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { capDoc } from '../shared/cleanDoc.ts';
import { createFactsCollector } from '../shared/createFactsCollector.ts';
import { isBoilerplateComment } from '../shared/isBoilerplateComment.ts';

/**
 * Nim, read by line (no grammar ships for it). Top-level routines (`proc`, `func`, `method`, `iterator`, `template`,
 * `macro`, `converter`; an operator's backticked name too), and the names of `type`, `const`, `let` and `var`
 * sections, also one level inside a top-level `when`/`else` block. A name marked `*` is exported. `##` lines document
 * the routine or type above them (Nim writes them below the signature), and those that open the file document the file.
 * `import a, b/c, std/[os, x]`, `from a import b` and `include a` are edges: a bare name or a `./`/`../` path is
 * looked up beside the importing file, a path with folders like an include (the nimble `srcDir` is no fixed folder);
 * `std/` and `pkg/` imports are the standard library and other packages. pixie's review: its Nim had words but no
 * declarations, docs or edges.
 */
export const nimExtractor = {
  language: 'nim',
  // No tree-sitter grammar: nothing to load ahead.
  grammar: '',
  shouldUse: (file) => /\.nim$/u.test(file.path),
  extract: async (file) => extractNim(file.text),
} satisfies Extractor;

const ROUTINE = /^(proc|func|method|iterator|template|macro|converter)\s+(?:`([^`]+)`|([A-Za-z_]\w*))\s*(\*?)/u;
const SECTION = /^(type|const|let|var)\b\s*(.*)$/u;
/** A section entry: `Name*[T] {.pragma.} = …`, `name*: T = …`, `a*, b: int`. */
const ENTRY = /^(?:`([^`]+)`|([A-Za-z_]\w*))\s*(\*?)/u;
const KIND: Record<string, SymbolKind> = { proc: 'function', func: 'function', method: 'method', iterator: 'function', template: 'function', macro: 'function', converter: 'function' };

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** The `##` lines' text, as one doc (`##[ … ]##` blocks' markers dropped). */
const docText = (lines: readonly string[]): string => {
  const text = capDoc(
    lines
      .map((l) => l.trim().replace(/^##\[?|\]##$/gu, '').trim())
      .join(' ')
      .replace(/\s+/gu, ' ')
      .trim(),
  );
  return isBoilerplateComment(text) ? '' : text;
};

/** What an `import`/`include` line names, as import facts (see the doc above). */
const importsOf = (list: string): string[] => {
  const out: string[] = [];
  // `std/[os, strutils]`, `pixie/[fonts, images]`: a folder and its members
  const expanded = list.replace(/([\w./]+)\/\[([^\]]*)\]/gu, (_, dir: string, names: string) =>
    names
      .split(',')
      .map((n) => `${dir}/${n.trim()}`)
      .join(', '),
  );
  for (const raw of expanded.split(',')) {
    const spec = raw.replace(/\s+as\s+\w+\s*$/u, '').replace(/"/gu, '').trim();
    if (!/^[\w./-]+$/u.test(spec) || /^(?:std|pkg)\//u.test(spec)) continue;
    out.push(spec);
  }
  return out;
};

export const extractNim = (text: string): FileFacts => {
  const out = createFactsCollector('nim');
  const lines = text.split('\n');
  // The indentation of top-level declarations here: 0, or a top-level `when` block's body.
  let topLevel = 0;
  // The open section (`type`, `const`, …) and its entries' indentation (-1 until its first entry).
  let section: { kind: string; indent: number; header: number } | undefined;
  let inBlockComment = false;
  let fileDoc: string[] | undefined = [];
  let continued = false;

  const addImports = (list: string): void => {
    for (const spec of importsOf(list)) {
      if (spec.startsWith('.') || !spec.includes('/')) out.addImport({ spec: `${spec.startsWith('.') ? spec : `./${spec}`}.nim`, kind: 'path' });
      else out.addImport({ spec: `${spec}.nim`, kind: 'include' });
    }
  };
  /**
   * The `##` block right below line `i`, as a doc: for a routine past its signature's continuation lines (up to the
   * line that ends with `=`), for a type right below it (its fields follow).
   */
  const docBelow = (i: number, indent: number, routine: boolean): string => {
    const doc: string[] = [];
    let ended = !routine || /=\s*$/u.test(lines[i] ?? '');
    for (let j = i + 1; j < lines.length && j <= i + 12; j++) {
      const line = lines[j] ?? '';
      const trimmed = line.trim();
      if (trimmed.startsWith('##')) {
        doc.push(trimmed);
        continue;
      }
      // (a signature's closing `)` may stand at the routine's own indentation)
      if (doc.length > 0 || ended || trimmed === '' || (indentOf(line) <= indent && !trimmed.startsWith(')'))) break;
      ended = /=\s*$/u.test(line);
    }
    return doc.length > 0 ? docText(doc) : '';
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (inBlockComment) {
      if (trimmed.endsWith(']#')) inBlockComment = false;
      continue;
    }
    if (trimmed.startsWith('##') && fileDoc !== undefined) {
      fileDoc.push(trimmed);
      continue;
    }
    if (/^#\[/u.test(trimmed) && !trimmed.endsWith(']#')) {
      inBlockComment = true;
      continue;
    }
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (fileDoc !== undefined) {
      const doc = fileDoc.length > 0 ? docText(fileDoc) : '';
      if (doc) out.addFileDoc(doc);
      fileDoc = undefined;
    }
    const indent = indentOf(line);
    // a line that goes on (an import list broken after a comma) is read with the one before
    if (continued) {
      addImports(trimmed);
      continued = /,\s*$/u.test(trimmed);
      continue;
    }
    if (indent === 0) {
      section = undefined;
      topLevel = 0;
      if (/^(?:when\b.*|else\s*|elif\b.*):\s*$/u.test(trimmed)) {
        topLevel = -1; // its body's indentation, taken from the next line
        continue;
      }
    } else if (topLevel === -1) {
      topLevel = indent;
    }
    if (section !== undefined && indent > section.header) {
      if (section.indent < 0) section.indent = indent;
      if (indent !== section.indent) continue;
      const kind: SymbolKind = section.kind === 'type' ? 'type' : section.kind === 'const' ? 'constant' : 'variable';
      // `a*, b*: int` declares two names
      const names = section.kind === 'type' ? [trimmed] : (trimmed.split(/[:=]/u)[0] ?? '').split(',');
      for (const name of names) {
        const entry = ENTRY.exec(name.trim());
        const declared = entry?.[1] ?? entry?.[2];
        if (declared !== undefined) out.addSymbol({ name: declared, kind, line: i + 1, exported: entry?.[3] === '*', ...withDoc(section.kind === 'type' ? docBelow(i, indent, false) : '') });
      }
      continue;
    }
    section = undefined;
    if (indent !== topLevel) continue;
    const imported = /^(?:import|include)\s+(.*)$/u.exec(trimmed) ?? /^from\s+(\S+)\s+import\b/u.exec(trimmed);
    if (imported?.[1] !== undefined) {
      addImports(imported[1]);
      continued = /^(?:import|include)\s/u.test(trimmed) && /,\s*$/u.test(trimmed);
      continue;
    }
    const routine = ROUTINE.exec(trimmed);
    if (routine !== null) {
      const name = routine[2] ?? routine[3] ?? '';
      if (!/\p{L}/u.test(name)) continue; // an operator (`$`, `[]=`) is no name a request uses
      out.addSymbol({ name, kind: KIND[routine[1] ?? ''] ?? 'function', line: i + 1, exported: routine[4] === '*', ...withDoc(docBelow(i, indent, true)) });
      continue;
    }
    const opened = SECTION.exec(trimmed);
    if (opened !== null) {
      const rest = opened[2] ?? '';
      if (rest === '') {
        section = { kind: opened[1] ?? 'var', indent: -1, header: indent };
        continue;
      }
      // one declaration on the line: `type Name* = object`, `const x* = 1`
      const entry = ENTRY.exec(rest);
      const declared = entry?.[1] ?? entry?.[2];
      const kind: SymbolKind = opened[1] === 'type' ? 'type' : opened[1] === 'const' ? 'constant' : 'variable';
      if (declared !== undefined) out.addSymbol({ name: declared, kind, line: i + 1, exported: entry?.[3] === '*', ...withDoc(opened[1] === 'type' ? docBelow(i, indent, false) : '') });
    }
  }
  if (fileDoc !== undefined && fileDoc.length > 0) {
    const doc = docText(fileDoc);
    if (doc) out.addFileDoc(doc);
  }
  return out.build(false);
};

const withDoc = (doc: string): { doc?: string } => (doc ? { doc } : {});
