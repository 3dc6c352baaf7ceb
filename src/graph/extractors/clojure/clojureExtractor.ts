import type { FileFacts, SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { createFactsCollector } from '../shared/createFactsCollector.ts';
import { commentText, docstringText, isNoteToSelf } from './clojureDocText.ts';
import { readClojure, symbolOf, type ClojureComment, type Form } from './readClojure.ts';
import { namespaceFiles, requiredNamespaces, unquote } from './requiredNamespaces.ts';

/**
 * Clojure, ClojureScript and .cljc, read by a small reader (readClojure.ts; no grammar ships for it).
 * `(ns leiningen.jar "doc" (:require [leiningen.pom :as pom]))` is a module symbol, its docstring (or
 * `{:doc …}` metadata) the file's doc, else the `;;` comments above it, licences aside. Top-level `defn`,
 * `defmacro`, `defmulti`/`defmethod` (one function), `def`/`defonce`, `defprotocol` (an interface, its
 * methods), `definterface`, `defrecord`/`deftype` (classes) are symbols (tests are none), named as
 * written (`update-in`, `valid?`, `->Thing`), documented by their docstring or `;;` comments right above;
 * `defn-`, `^:private` and `^{:private true}` make one private, `^:no-doc` keeps it out of the API.
 * The namespaces `:require`/`:use` name (also a `require` call's quoted ones, and `a.b/f`'s namespace)
 * are imports of their files, `leiningen.core.main` → `leiningen/core/main.clj`, found on the classpath
 * by path suffix like a C include; Java `:import`s are none. Leiningen's review: 118 .clj files gave
 * no symbol, summary or edge.
 */
export const clojureExtractor = {
  language: 'clojure',
  // No tree-sitter grammar: nothing to load ahead.
  grammar: '',
  shouldUse: (file) => /\.clj[sc]?$/u.test(file.path),
  extract: async (file) => extractClojure(file.path, file.text),
} satisfies Extractor;

/** `def…` forms other than these read as a var (`defroutes`, `defschema`); a spec's `(s/def ::k …)` names a keyword, no var. */
const KINDS: Record<string, SymbolKind> = {
  defn: 'function', 'defn-': 'function', defmacro: 'function', defmulti: 'function', defmethod: 'function',
  def: 'constant', defonce: 'variable', defprotocol: 'interface', definterface: 'interface',
  defrecord: 'class', deftype: 'class', defstruct: 'struct',
};
/** Forms whose string after the name is a docstring when more follows (`(def x "value")` has none). */
const DOCUMENTED = new Set(['defn', 'defn-', 'defmacro', 'defmulti', 'def', 'defprotocol']);
/** Forms that take an attr-map after the name and docstring (`(defn f "doc" {:added "1.2"} [x])`); a `def`'s map is its value. */
const ATTR_MAP = new Set(['defn', 'defn-', 'defmacro', 'defmulti']);
/**
 * Calls that look like definitions and are none, and tests (clojure.test's `deftest`, test.check's
 * `defspec`): a test is no API, and its name speaks of the code under test (Leiningen's 253 test names
 * made its test/ module the answer to a request about src/, discovered modules' lexical Acc@1 0.90 → 0.85).
 */
const NOT_DEFINITIONS = new Set(['default', 'defaults', 'deftest', 'defspec']);
/** A `def` of one of these is a function or mutable state rather than a constant. */
const FUNCTION_VALUES = new Set(['fn', 'fn*', 'partial', 'comp', 'memoize', 'complement', 'some-fn', 'every-pred', 'juxt', 'constantly']);
const STATE_VALUES = new Set(['atom', 'ref', 'agent', 'volatile!', 'delay', 'promise']);
/** `clojure.string/join`'s namespace; a Java class's (`java.io.File/separator`, last segment capitalised) is none. */
const QUALIFIED = /^([a-z][\w*+!?<>=-]*(?:\.[a-z_][\w*+!?<>=-]*)+)\/[^/]+$/u;

const isToken = (form: Form | undefined, text: string): boolean => form?.type === 'token' && form.text === text;
const mapValue = (form: Form | undefined, key: string): Form | undefined => {
  if (form?.type !== 'map') return undefined;
  for (let i = 0; i + 1 < form.items.length; i += 2) if (isToken(form.items[i], key)) return form.items[i + 1];
  return undefined;
};
const stringOf = (form: Form | undefined): string | undefined => (form?.type === 'string' ? docstringText(form.raw) : undefined);

interface Flags {
  private: boolean;
  noDoc: boolean;
  dynamic: boolean;
  doc?: string;
}

/** What `^:private`, `^{:private true :doc "…"}`, `^:dynamic` on a name (and an attr-map after it) say. */
const flagsOf = (maps: ReadonlyArray<Form | undefined>): Flags => {
  const flags: Flags = { private: false, noDoc: false, dynamic: false };
  for (const m of maps) {
    if (m === undefined) continue;
    if (isToken(m, ':private')) flags.private = true;
    else if (isToken(m, ':no-doc')) flags.noDoc = true;
    else if (isToken(m, ':dynamic')) flags.dynamic = true;
    else if (m.type === 'map') {
      if (isToken(mapValue(m, ':private'), 'true')) flags.private = true;
      if (isToken(mapValue(m, ':no-doc'), 'true')) flags.noDoc = true;
      if (isToken(mapValue(m, ':dynamic'), 'true')) flags.dynamic = true;
      flags.doc ??= stringOf(mapValue(m, ':doc'));
    }
  }
  return flags;
};

/** A list's head symbol without `clojure.core/`. */
const headOf = (form: Form): string | undefined => {
  if (form.type !== 'list' || form.dispatch !== undefined) return undefined;
  return symbolOf(form.items[0])?.replace(/^clojure\.core\//u, '');
};

/** The top-level forms, those inside a top-level `(do …)` or reader conditional (`#?(:clj (defn …))`) included. */
const topLevel = (forms: readonly Form[], out: Form[] = []): Form[] => {
  for (const f of forms) {
    if (f.type === 'list' && (f.dispatch === '#?' || f.dispatch === '#?@')) {
      const branches = f.items.filter((_, i) => i % 2 === 1);
      topLevel(f.dispatch === '#?@' ? branches.flatMap((b) => (b.type === 'vector' ? b.items : [b])) : branches, out);
    } else if (headOf(f) === 'do') topLevel(f.type === 'list' ? f.items.slice(1) : [], out);
    else out.push(f);
  }
  return out;
};

/** Blocks of own-line comments, each with its last line. */
const commentBlocks = (comments: readonly ClojureComment[]): Array<{ lines: string[]; last: number }> => {
  const blocks: Array<{ lines: string[]; last: number }> = [];
  for (const c of comments) {
    if (!c.ownLine) continue;
    const block = blocks[blocks.length - 1];
    if (block && block.last === c.line - 1) {
      block.lines.push(c.text);
      block.last = c.line;
    } else blocks.push({ lines: [c.text], last: c.line });
  }
  return blocks;
};

export const extractClojure = (path: string, text: string): FileFacts => {
  const out = createFactsCollector('clojure');
  const { forms, comments, balanced } = readClojure(text);
  const blocks = commentBlocks(comments);
  const blockAbove = new Map(blocks.map((b) => [b.last + 1, b]));
  const top = topLevel(forms);
  let ns: string | undefined;
  let nsLine: number | undefined;
  let nsDoc = '';
  /** `(ns ^:no-doc x)`: none of the namespace is API. */
  let nsHidden = false;
  const required: string[] = [];

  for (const form of top) {
    const head = headOf(form);
    if (head === undefined || form.type !== 'list') continue;
    const items = form.items;
    const nameForm = items[1];
    const name = symbolOf(nameForm);
    if ((head === 'ns' || head === 'in-ns') && ns === undefined) {
      const nsName = head === 'ns' ? name : symbolOf(nameForm && unquote(nameForm));
      if (nsName === undefined) continue;
      ns = nsName;
      nsLine = form.line;
      const doc = stringOf(items[2]);
      const flags = flagsOf([...(nameForm?.meta ?? []), items[doc === undefined ? 2 : 3]]);
      nsHidden = flags.noDoc;
      out.addSymbol({ name: ns, kind: 'module', line: form.line, exported: !nsHidden });
      nsDoc = doc ?? flags.doc ?? '';
      // A clause may sit in a reader conditional (`#?(:clj (:require [reitit.ring :as ring]))`): every branch counts.
      for (const clause of topLevel(items.slice(2))) {
        if (clause.type !== 'list') continue;
        const key = clause.items[0];
        if (isToken(key, ':require') || isToken(key, ':use') || isToken(key, ':require-macros') || isToken(key, ':use-macros')) requiredNamespaces(clause.items.slice(1), required);
      }
      continue;
    }
    if (head === 'defproject') {
      // Leiningen's project.clj: its `:description` says what the project is.
      for (let i = 3; i + 1 < items.length; i++) {
        const description = isToken(items[i], ':description') ? stringOf(items[i + 1]) : undefined;
        if (description !== undefined && !isNoteToSelf(description)) nsDoc ||= description;
      }
      continue;
    }
    // `(s/defn f …)` (Schema) reads as `defn`; `(s/def ::k …)` names a keyword, so no symbol.
    const local = head.replace(/^.*\//u, '');
    if (name === undefined || !/^def[a-z]*-?$/u.test(local) || NOT_DEFINITIONS.has(local)) continue;
    const kind = KINDS[local] ?? 'variable';
    let docstring = DOCUMENTED.has(local) && items.length > 3 ? stringOf(items[2]) : undefined;
    const attrMap = ATTR_MAP.has(local) ? items[docstring === undefined ? 2 : 3] : undefined;
    const flags = flagsOf([...(nameForm?.meta ?? []), attrMap]);
    docstring ??= flags.doc;
    const above = blockAbove.get(form.line);
    const doc = docstring ?? (above ? commentText(above.lines) : '');
    let symbolKind = kind;
    if (local === 'def') {
      const value = items[items.length - 1];
      const valueHead = items.length > 2 && value !== undefined ? headOf(value) : undefined;
      if (valueHead !== undefined && FUNCTION_VALUES.has(valueHead)) symbolKind = 'function';
      else if (flags.dynamic || (valueHead !== undefined && STATE_VALUES.has(valueHead))) symbolKind = 'variable';
    }
    // `(defmethod eval/eval-in :trampoline …)` implements the multimethod named: one function of that name.
    const symbolName = local === 'defmethod' ? name.replace(/^.*\//u, '') : name;
    const exported = local !== 'defn-' && !flags.private && !flags.noDoc && !nsHidden;
    out.addSymbol({ name: symbolName, kind: symbolKind, line: form.line, exported, ...(doc ? { doc } : {}) });
    if (local === 'defprotocol' || local === 'definterface') {
      for (const m of items.slice(2)) {
        const method = m.type === 'list' ? symbolOf(m.items[0]) : undefined;
        if (method === undefined || m.type !== 'list') continue;
        const methodDoc = stringOf(m.items[m.items.length - 1]);
        out.addSymbol({ name: method, kind: 'method', line: m.line, exported, container: name, ...(methodDoc ? { doc: methodDoc } : {}) });
      }
    }
  }

  if (nsDoc) out.addFileDoc(nsDoc);
  else {
    // A file's leading `;;` comments describe it when its ns has no docstring (a licence block is no
    // description). Without an ns, a block right above the first form documents that form instead.
    const limit = nsLine ?? (top[0] === undefined ? Infinity : top[0].line - 1);
    for (const b of blocks) if (b.last < limit) out.addFileDoc(commentText(b.lines));
  }

  for (const form of forms) collectReferences(form, required);
  for (const name of new Set(required)) if (name !== ns) out.addImport({ spec: namespaceFiles(name, path), kind: 'include', system: true });
  return out.build(!balanced);
};

/**
 * Namespaces the code names outside `ns`: a `(require 'a.b)` or `(use '[a.b :only [f]])` call's quoted
 * arguments (Leiningen loads its tasks so), and the namespace of a qualified symbol (`leiningen.core.eval/eval-in-project`).
 */
const collectReferences = (root: Form, out: string[]): void => {
  const todo: Form[] = [root];
  while (todo.length > 0) {
    const form = todo.pop() as Form;
    if (form.type === 'token') {
      const ns = QUALIFIED.exec(form.text)?.[1];
      if (ns !== undefined) out.push(ns);
    } else if (form.type === 'wrapped') {
      todo.push(form.form);
    } else if (form.type !== 'string') {
      // A dependency vector, `[org.clojure/clojure "1.11.1"]` in project.clj or code: its symbol is an
      // artifact's group/name. (A project's `:middleware [leiningen.core.x/f]` is a namespace's var.)
      const coordinate = form.type === 'vector' && form.items[0]?.type === 'token' && form.items[1]?.type === 'string';
      const head = headOf(form);
      if (head === 'require' || head === 'use' || head === 'require-macros') {
        const quoted = form.items.slice(1).filter((a) => a.type === 'wrapped' && a.prefix === "'");
        requiredNamespaces(quoted.map(unquote), out);
      }
      for (const item of coordinate ? form.items.slice(1) : form.items) todo.push(item);
    }
  }
};
