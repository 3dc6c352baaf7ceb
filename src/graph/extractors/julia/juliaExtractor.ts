import type { FileFacts, SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { capDoc } from '../shared/cleanDoc.ts';
import { createFactsCollector } from '../shared/createFactsCollector.ts';
import { hasShebang } from '../shared/hasShebang.ts';

/**
 * Julia, read by line (no grammar ships for it): `module Flux` a module symbol, `function name(…)`, `macro name(…)` and
 * the short form `name(x) = …` functions (`Base.show(io, x) = …` a method of `Base`), `struct`, `mutable struct`,
 * `abstract type` and `primitive type` types, `const NAME = …` constants. A docstring (`"""…"""` or `"…"`) right above a
 * definition documents it: its signature lines (indented four spaces) are left out, the first paragraph of prose kept;
 * one above `module` documents the file. `include("layers/basic.jl")` is an include of that file, beside the includer;
 * `using X`/`import X` (not Base, Core or a relative `.X`) an include of `X.jl` found on the search path, a
 * package of the repository (the standard library's and registered packages' names match no file). Names starting
 * with `_` are private. Flux.jl's review: 47 of 48 `.jl` files had given no symbol, card or edge.
 */
export const juliaExtractor = {
  language: 'julia',
  // No tree-sitter grammar: nothing to load ahead.
  grammar: '',
  shouldUse: (file) => /\.jl$/u.test(file.path) || hasShebang(file, /\bjulia\b/),
  extract: async (file) => extractJulia(file.text),
} satisfies Extractor;

const NAME = String.raw`[A-Za-z_\u00a1-\uffff][\w!\u00a1-\uffff]*`;
const MODULE = new RegExp(String.raw`^\s*(?:bare)?module\s+(${NAME})`, 'u');
// `function Base.show(io, x)`, `function (m::Dense)(x)` (a functor: no name), `function f end`
const FUNCTION = new RegExp(String.raw`^\s*(?:(?:\w+\.)*@\w+\s+)*(function|macro)\s+(?:(${NAME})\.)?(${NAME})\s*(?:[({]|end\b|$)`, 'u');
// `f(x) = …`, `Base.length(c::Chain) = …`, `f(x::T) where {T} = …`; not `x = f(y)` nor `f(x) == y`
const SHORT_FUNCTION = new RegExp(String.raw`^\s*(?:(?:\w+\.)*@\w+\s+)*(?:(${NAME})\.)?(${NAME})(?:\{[^}]*\})?\((?:[^()]|\([^()]*\))*\)(?:\s*::\s*[\w{}.,\s]+?)?(?:\s+where\s+.+?)?\s*=(?![=>])`, 'u');
const TYPE = new RegExp(String.raw`^\s*(?:(?:\w+\.)*@\w+\s+)*(?:(mutable\s+struct|struct)|(abstract\s+type|primitive\s+type))\s+(${NAME})`, 'u');
const CONSTANT = new RegExp(String.raw`^\s*const\s+(${NAME})\s*(?:::[^=]+)?=`, 'u');
const INCLUDE = /^\s*include\(\s*"([^"]+\.jl)"\s*\)/u;
const USING = /^\s*(?:@\w+\s+)?(?:using|import)\s+(.+)$/u;
const EXPORT = /^\s*export\s+(.+)$/u;
const NOT_PACKAGES: ReadonlySet<string> = new Set(['Base', 'Core', 'Main']);

const TRIPLE = /"""/gu;
const DOCSTRING_OPENER = /^\s*(?:@doc\s+)?(?:raw)?"""/u;

/**
 * The lines inside a triple-quoted string that is no docstring (`const HELP = """`, `println("""`), up to its closing line:
 * read as code, their closing quotes had opened a docstring that swallowed the definitions after it.
 */
const stringLines = (lines: readonly string[]): Set<number> => {
  const inside = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const quotes = (line.match(TRIPLE) ?? []).length;
    if (quotes % 2 === 0) continue;
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').includes('"""')) j++;
    // a docstring's opener is read by the loop; a string's lines, its closing one too, are skipped
    if (!DOCSTRING_OPENER.test(line)) for (let k = i + 1; k <= j && k < lines.length; k++) inside.add(k);
    i = j;
  }
  return inside;
};

/** The first paragraph of a docstring's prose: signature lines (indented), code fences and headings left out. */
const docProse = (body: string): string | undefined => {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let fenced = false;
  // (a docstring inside an indented block is indented as a whole: that indentation goes first)
  const lines = body.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length), 1e9);
  for (const line of lines.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))) {
    if (/^\s*```/u.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || /^(?: {4}|\t)/u.test(line) || /^\s*#/u.test(line) || line.trim() === '') {
      if (current.length > 0) paragraphs.push(current.join(' '));
      current = [];
      continue;
    }
    current.push(line.trim());
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  const first = paragraphs[0];
  return first === undefined ? undefined : capDoc(first);
};

export const extractJulia = (text: string): FileFacts => {
  const out = createFactsCollector('julia');
  const lines = text.split('\n');
  const exported = new Set<string>();
  let pending: string | undefined;
  let module: string | undefined;
  const add = (name: string, kind: SymbolKind, line: number, container?: string): void => {
    const doc = pending === undefined ? undefined : docProse(pending);
    pending = undefined;
    out.addSymbol({ name, kind, line, exported: !name.startsWith('_'), ...(container !== undefined ? { container } : {}), ...(doc ? { doc } : {}) });
  };
  const inString = stringLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (inString.has(i)) continue;
    // A docstring: `"""` on a line of its own (or opening a line), up to its closing `"""`; or one line `"…"`.
    const triple = /^\s*(?:@doc\s+)?(?:raw)?"""(.*)$/u.exec(line);
    if (triple) {
      const body: string[] = [];
      let rest = triple[1] ?? '';
      let j = i;
      while (!rest.includes('"""') && j + 1 < lines.length) {
        body.push(rest);
        rest = lines[++j] ?? '';
      }
      body.push(rest.slice(0, rest.indexOf('"""') < 0 ? rest.length : rest.indexOf('"""')));
      pending = body.join('\n');
      i = j;
      continue;
    }
    const single = /^\s*"((?:[^"\\]|\\.)+)"\s*$/u.exec(line);
    if (single) {
      pending = single[1];
      continue;
    }
    if (line.trim() === '' || /^\s*#/u.test(line)) continue;
    const m = MODULE.exec(line);
    if (m?.[1]) {
      module = m[1];
      if (pending !== undefined) out.addFileDoc(docProse(pending));
      add(m[1], 'module', i + 1);
      continue;
    }
    const f = FUNCTION.exec(line) ?? SHORT_FUNCTION.exec(line);
    if (f) {
      // FUNCTION: [, keyword, owner, name]; SHORT_FUNCTION: [, owner, name]
      const [owner, name] = f.length === 4 ? [f[2], f[3]] : [f[1], f[2]];
      if (name !== undefined) add(name, owner !== undefined ? 'method' : 'function', i + 1, owner);
      else pending = undefined;
      continue;
    }
    const t = TYPE.exec(line);
    if (t?.[3]) {
      add(t[3], t[1] !== undefined ? 'struct' : 'type', i + 1, module);
      continue;
    }
    const c = CONSTANT.exec(line);
    if (c?.[1]) {
      add(c[1], 'constant', i + 1, module);
      continue;
    }
    pending = undefined;
    const inc = INCLUDE.exec(line);
    if (inc?.[1]) {
      out.addImport({ spec: inc[1], kind: 'include', system: false });
      continue;
    }
    const e = EXPORT.exec(line);
    if (e?.[1]) {
      for (const name of e[1].split(',')) if (name.trim() !== '') exported.add(name.trim());
      continue;
    }
    const u = USING.exec(line);
    if (u?.[1]) {
      // `using A, B`, `using A: f, g`, `import A.B`: the packages named, not the names taken from them
      const named = u[1].replace(/#.*$/u, '');
      const packages = (named.includes(':') ? [named.slice(0, named.indexOf(':'))] : named.split(',')).map((p) => p.trim().split('.')[0] ?? '');
      for (const p of packages) if (/^[A-Z]\w*$/u.test(p) && !NOT_PACKAGES.has(p)) out.addImport({ spec: `${p}.jl`, kind: 'include', system: true });
    }
  }
  for (const name of exported) out.markExported(name);
  return out.build(false);
};
