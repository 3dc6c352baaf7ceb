import { blankRegions, erlangTestRegions } from '../../parse/inlineTestRegions.ts';
import type { FileFacts } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { createFactsCollector } from '../shared/createFactsCollector.ts';
import { hasShebang } from '../shared/hasShebang.ts';
import { arityAt } from './arityAt.ts';
import { docAttributeText } from './docAttributeText.ts';
import { commentProse, edocOf } from './edocText.ts';
import { maskErlang } from './maskErlang.ts';
import { moduleAtoms } from './moduleAtoms.ts';

/**
 * Erlang, read by line (no grammar ships for it). `-module(rebar_utils).` is a module symbol; the
 * functions an `-export([f/1])` lists (all with `-compile(export_all)`) are its public functions, whatever
 * EDoc's `@private` says (lager's gen_server callbacks and parse_transform/2 carry it: 35 of its 493
 * functions, and three modules' cards, were hidden), every other top-level clause head `name(Args) ->` a
 * private one, one symbol per name/arity (`sh/2`); `-record`, `-type`/`-opaque` (public when
 * `-export_type`d), `-callback` (a method, public) and, in a header, `-define` are symbols too. EUnit blocks
 * (`-ifdef(TEST)`, parse/inlineTestRegions.ts) are no part of the module: they declare, export (their
 * `-compile(export_all)` included) and reference nothing.
 * Docs: EDoc's `%% @doc …` (to the next tag) above a function, else a plain `%%` comment right above it or
 * its -spec (section labels and commented-out code aside), OTP 27's `-doc`/`-moduledoc` strings
 * (`-doc false` drops the text), and for the file the `@doc` before `-module` (or the first one before any
 * function) or else the prose of the comments above the first form and of the first free comment block
 * between `-module` and the first function (lager_format's "fork of io_lib_format that uses trunc_io…"),
 * licence blocks dropped.
 * Imports: `-include("x.hrl")` and `-include_lib("app/include/x.hrl")` as C includes; `-behaviour(mod)`,
 * `-import(mod, …)`, a parse transform, every remote call `mod:f(` or `fun mod:f/1` and every bare atom
 * with an underscore (moduleAtoms.ts: child specs, supervisor:start_child(Mod, …)) name the module's file,
 * `mod.erl`, found anywhere in the repository (Erlang modules share one flat namespace); an atom that names
 * no file of it resolves to nothing, like a call to the standard library.
 * rebar3's review: 117 .erl files gave no symbol, summary or edge.
 */
export const erlangExtractor = {
  language: 'erlang',
  // No tree-sitter grammar: nothing to load ahead.
  grammar: '',
  shouldUse: (file) => /\.(erl|hrl|escript)$/u.test(file.path) || hasShebang(file, /\bescript\b/u),
  extract: async (file) => extractErlang(file.path, file.text),
} satisfies Extractor;

/** A form ends with a `.` before white space or the end of the line (`#rec.field`, `1.5` don't). */
const FORM_END = /\.(?=\s|$)/u;
const ATOM = String.raw`(?:[a-z][\w@]*|'(?:[^'\\\n]|\\.)*')`;
const ATTRIBUTE = /^-\s*([a-z_]\w*)/u;
const HEAD = new RegExp(String.raw`^\s*(${ATOM})\s*\(`, 'u');
const NAMED = new RegExp(String.raw`^-\s*[a-z_]\w*\s*\(?\s*(${ATOM})`, 'u');
const NAME_ARITY = new RegExp(String.raw`(${ATOM})\s*/\s*(\d+)`, 'gu');
// `rebar_utils:sh(`, `?MODULE:f(` and `Mod:f(` (a variable) aside; `#{k := v}` and `a :: t()` never match.
const REMOTE_CALL = new RegExp(String.raw`(?<![\w@?#.'$])([a-z][\w@]*)\s*:\s*${ATOM}\s*\(`, 'gu');
const FUN_REFERENCE = new RegExp(String.raw`\bfun\s+([a-z][\w@]*)\s*:\s*${ATOM}\s*/\s*\d`, 'gu');
/** A comment that heads a part of the file rather than the function below it: `%% Internal functions`, `%% gen_server callbacks`. */
const SECTION_LABEL = /^(?:[\w-]+\s+){0,2}(?:functions?|callbacks?|api|exports?|helpers?|files|includes?|records?|macros?|defines?|definitions?|types?)\s*[.:]?$/iu;
/** Attributes that sit between a function's doc and its head without taking the doc. */
const KEEPS_DOC = new Set(['spec', 'ifdef', 'ifndef', 'else', 'endif', 'if', 'elif', 'undef', 'dialyzer']);
/** Attributes that, in an EUnit block, export or reference for the tests alone (`-include_lib("eunit/include/eunit.hrl")`). */
const ONLY_FOR_TESTS = new Set(['export', 'export_type', 'compile', 'behaviour', 'behavior', 'import', 'include', 'include_lib']);
/** Attributes whose atoms name functions, records, fields or the module itself, never another module. */
/** Attributes that export or declare something (after one, a plain comment no longer describes the file). */
const DECLARATIONS = new Set(['export', 'export_type', 'record', 'type', 'opaque', 'callback', 'define', 'spec']);
const NAMES_NO_MODULE = new Set(['module', 'export', 'export_type', 'record', 'spec', 'type', 'opaque', 'callback', 'doc', 'moduledoc']);

const unquote = (atom: string): string => (atom.startsWith("'") ? atom.slice(1, -1) : atom);

interface Declared {
  name: string;
  kind: 'function' | 'method' | 'type' | 'struct' | 'constant';
  line: number;
  /** Key in the export lists, `name/arity`; undefined when no list can name it (records, macros). */
  key?: string;
  doc?: string;
  /** `-doc false`: the doc text goes, the export stays. */
  hidden?: boolean;
  /** Public whatever the export lists say (callbacks, a header's records, types and macros). */
  public?: boolean;
}

export const extractErlang = (path: string, source: string): FileFacts => {
  const out = createFactsCollector('erlang');
  const isHeader = path.endsWith('.hrl');
  // An escript's shebang is no code (its `%%!` flags line is a comment anyway).
  const text = source.startsWith('#!') ? source.replace(/^[^\n]*/u, (l) => ' '.repeat(l.length)) : source;
  const isScript = text !== source || path.endsWith('.escript');
  const { code, bare } = maskErlang(text);
  const lines = text.split('\n');
  const codeLines = code.split('\n');
  const bareLines = bare.split('\n');
  const lineStart: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += (lines[i] ?? '').length + 1, i++) lineStart.push(at);
  // EUnit blocks run from the start of a line to the end of one.
  const testRegions = erlangTestRegions(bare);
  const inTest = lineStart.map((at) => testRegions.some((r) => at >= r.start && at < r.end));
  /** Attributes read in the loop whose atoms name no module (NAMES_NO_MODULE), by offsets: blanked for moduleAtoms. */
  const noModuleAtoms: Array<{ start: number; end: number }> = [];

  let module: string | undefined;
  let moduleLine = 0;
  let moduleHidden = false;
  let moduleDoc = '';
  let edocModuleDoc = '';
  /** The prose of the first comment block after `-module` that documents no declaration. */
  let afterModuleDoc = '';
  const leading: string[][] = [];
  const exports = new Set<string>();
  const exportedTypes = new Set<string>();
  let exportAll = false;
  const declared = new Map<string, Declared>();
  const referenced = new Set<string>();

  let block: string[] = [];
  let blockEnd = -2;
  let blockInTest = false;
  let pendingDoc = '';
  let pendingHidden = false;
  /** Whether pendingDoc is an EDoc `@doc`: only such may describe the file (a plain `%% Callbacks` above -export may not). */
  let pendingIsEdoc = false;
  let seenForm = false;
  let seenFunction = false;
  /**
   * Whether an export or declaration has been seen: a plain comment after one annotates what follows it
   * (cowboy_http's `%% Shared with other HTTP versions.` above its second -export, cowboy_static's
   * `%% Resolve the file that will be sent…` below its types), not the file.
   */
  let declaredAny = false;
  let atTop = true;
  let inFunction = false;
  let lastChar = '.';

  /** A comment block ends: its `@doc` waits for what it documents; before any form it may describe the file. */
  const finishBlock = (attached = false) => {
    if (block.length === 0) return;
    if (!seenForm) leading.push(block);
    const doc = edocOf(block, module);
    if (doc) {
      pendingDoc = doc;
      pendingIsEdoc = true;
    } else if (seenForm && (attached || (module !== undefined && !seenFunction && !declaredAny && !blockInTest)) && !block.some((l) => /^\s*%+\s*@/u.test(l))) {
      // Most of rebar3's functions say what they do in a plain `%%` comment right above them (or their -spec);
      // a free block between -module and the first function describes the file (lager_format's).
      const prose = commentProse(block, module);
      const text = SECTION_LABEL.test(prose) ? '' : prose;
      if (attached) {
        pendingDoc = text;
        pendingIsEdoc = false;
      } else {
        afterModuleDoc ||= text;
      }
    }
    block = [];
  };
  const clearPending = () => {
    pendingDoc = '';
    pendingHidden = false;
  };
  /**
   * An attribute that documents nothing took the pending doc: the first such `@doc` before any function is
   * the file's; a plain one after -module may be (`%% fork of io_lib_format…` right above `-export`).
   */
  const dropPending = () => {
    if (pendingDoc && !seenFunction) {
      if (pendingIsEdoc) edocModuleDoc ||= pendingDoc;
      else if (module !== undefined && !blockInTest && !declaredAny) afterModuleDoc ||= pendingDoc;
    }
    clearPending();
  };
  const declare = (d: Declared) => {
    // A test's name (`binary_printing_test/0`, `unicode_test/0`) says nothing of the module: lager's src/*.erl
    // declare some 170, which made lager_trunc_io the answer to a request about lager_format.
    if (inTest[d.line - 1] === true) return;
    const id = `${d.kind}\0${d.key ?? d.name}`;
    if (declared.has(id)) return;
    if (pendingDoc) d.doc = pendingDoc;
    if (pendingHidden) d.hidden = true;
    declared.set(id, d);
  };

  const attribute = (name: string, at: number, attrCode: string, attrBare: string) => {
    // What an EUnit block exports (`-compile(export_all)` is common there) is exported for its tests only.
    if (inTest[at] === true && ONLY_FOR_TESTS.has(name)) return dropPending();
    const match = NAMED.exec(attrBare);
    const named = match?.[1];
    // `-type t(A) :: …`, `-callback init(Args) -> …`: the list after the name (also in `-type(t() :: …).`).
    const arityOf = () => {
      const open = match ? attrBare.indexOf('(', match.index + match[0].length) : -1;
      return open < 0 ? 0 : arityAt(attrBare, open);
    };
    switch (name) {
      case 'module':
        if (named !== undefined && module === undefined) {
          module = unquote(named);
          moduleLine = at + 1;
          if (pendingDoc && pendingIsEdoc) edocModuleDoc = pendingDoc;
        }
        return clearPending();
      case 'export':
      case 'export_type':
        for (const m of attrBare.matchAll(NAME_ARITY)) (name === 'export' ? exports : exportedTypes).add(`${unquote(m[1] ?? '')}/${m[2] ?? ''}`);
        break;
      case 'compile': {
        if (/\bexport_all\b/u.test(attrBare)) exportAll = true;
        const transform = /\{\s*parse_transform\s*,\s*([a-z][\w@]*)/u.exec(attrBare)?.[1];
        if (transform !== undefined) referenced.add(transform);
        break;
      }
      case 'behaviour':
      case 'behavior':
      case 'import':
        if (named !== undefined) referenced.add(unquote(named));
        break;
      case 'include':
      case 'include_lib': {
        const file = /"([^"\n]+)"/u.exec(attrCode)?.[1];
        if (file !== undefined) out.addImport({ spec: file, kind: 'include', system: name === 'include_lib' });
        break;
      }
      // Declarations take the doc above them (so no file doc comes of it).
      case 'record':
        if (named !== undefined) declare({ name: unquote(named), kind: 'struct', line: at + 1, public: isHeader });
        return clearPending();
      case 'type':
      case 'opaque':
        if (named !== undefined) declare({ name: unquote(named), kind: 'type', line: at + 1, key: `${unquote(named)}/${arityOf()}`, public: isHeader });
        return clearPending();
      // What a behaviour asks of its modules (`-callback init(Args) -> …`) is its API, like Elixir's @callback.
      case 'callback':
        if (named !== undefined) declare({ name: `${unquote(named)}/${arityOf()}`, kind: 'method', line: at + 1, public: true });
        return clearPending();
      case 'define': {
        const macro = /^-\s*define\s*\(\s*([A-Za-z_][\w@]*|'[^']*')/u.exec(attrBare)?.[1];
        if (macro !== undefined) declare({ name: unquote(macro), kind: 'constant', line: at + 1, public: isHeader });
        return clearPending();
      }
      case 'moduledoc': {
        const doc = docAttributeText(attrCode);
        if (doc === false) moduleHidden = true;
        else if (doc) moduleDoc ||= doc;
        return;
      }
      case 'doc': {
        const doc = docAttributeText(attrCode);
        if (doc === false) pendingHidden = true;
        else if (doc) {
          pendingDoc = doc;
          pendingIsEdoc = false;
        }
        return;
      }
      default:
        if (KEEPS_DOC.has(name)) return;
    }
    dropPending();
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const bareLine = bareLines[i] ?? '';
    if (bareLine.trim() === '') {
      if ((codeLines[i] ?? '').trim() === '' && /^\s*%/u.test(line)) {
        if (blockEnd !== i - 1) finishBlock();
        if (block.length === 0) blockInTest = inTest[i] === true;
        block.push(line);
        blockEnd = i;
      } else if (line.trim() === '') {
        finishBlock();
      }
      continue;
    }
    const startsForm = atTop || (inFunction && lastChar === ';' && /^[a-z']/u.test(line));
    if (startsForm) {
      finishBlock(blockEnd === i - 1);
      const attr = ATTRIBUTE.exec(bareLine)?.[1];
      if (attr !== undefined && atTop) {
        let end = i;
        while (end < lines.length - 1 && !FORM_END.test(bareLines[end] ?? '')) end++;
        attribute(attr, i, codeLines.slice(i, end + 1).join('\n'), bareLines.slice(i, end + 1).join('\n'));
        if (DECLARATIONS.has(attr)) declaredAny = true;
        if (NAMES_NO_MODULE.has(attr)) noModuleAtoms.push({ start: lineStart[i] ?? 0, end: (lineStart[end] ?? 0) + (lines[end] ?? '').length });
        seenForm = true;
        inFunction = false;
        lastChar = '.';
        i = end;
        continue;
      }
      const head = HEAD.exec(bareLine);
      if (head?.[1] !== undefined) {
        const name = unquote(head[1]);
        const arity = arityAt(bare, (lineStart[i] ?? 0) + head[0].length - 1);
        declare({ name: `${name}/${arity}`, kind: 'function', line: i + 1, key: `${name}/${arity}` });
        seenFunction = true;
        inFunction = true;
      } else {
        // A macro call or a term at the top (`?TEST_CASES.`): no declaration.
        inFunction = false;
      }
      seenForm = true;
      clearPending();
    } else {
      block = [];
    }
    const trimmed = bareLine.trimEnd();
    lastChar = trimmed[trimmed.length - 1] ?? lastChar;
    atTop = FORM_END.test(bareLine);
    if (atTop) inFunction = false;
  }
  finishBlock();

  if (module !== undefined) out.addSymbol({ name: module, kind: 'module', line: moduleLine, exported: !moduleHidden });
  for (const doc of [moduleDoc, edocModuleDoc]) if (doc) out.addFileDoc(doc);
  if (!moduleDoc && !edocModuleDoc) {
    for (const comments of leading) out.addFileDoc(commentProse(comments, module));
    if (afterModuleDoc) out.addFileDoc(afterModuleDoc);
  }
  for (const d of declared.values()) {
    const listed = d.key !== undefined && (d.kind === 'type' ? exportedTypes.has(d.key) : exportAll || exports.has(d.key));
    const exported = d.public === true || listed || (isScript && d.name === 'main/1');
    out.addSymbol({
      name: d.name, kind: d.kind, line: d.line, exported,
      ...(module !== undefined && d.kind !== 'constant' ? { container: module } : {}),
      ...(d.doc && !d.hidden ? { doc: d.doc } : {}),
    });
  }

  // What the module's tests call is no dependency of the module.
  const product = blankRegions(bare, testRegions);
  for (const m of product.matchAll(REMOTE_CALL)) if (m[1] !== undefined) referenced.add(m[1]);
  for (const m of product.matchAll(FUN_REFERENCE)) if (m[1] !== undefined) referenced.add(m[1]);
  for (const atom of moduleAtoms(blankRegions(product, noModuleAtoms))) referenced.add(atom);
  if (module !== undefined) referenced.delete(module);
  for (const name of [...referenced].sort()) out.addImport({ spec: `${name}.erl`, kind: 'include', system: true });
  return out.build(false);
};
