import type { Node } from 'web-tree-sitter';
import type { Extractor } from '../Extractor.ts';
import { declarationChildren, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { hasShebang } from '../shared/hasShebang.ts';
import { isBoilerplateComment } from '../shared/isBoilerplateComment.ts';
import { childOfType, namedChildrenOf } from '../shared/nodes.ts';
import { wordOffsets } from '../shared/wordOffsets.ts';

/** Ruby files by name: extension, the tool files that are Ruby, or a shebang. */
// Rack's `config.ru` by name: nginx's `CHANGES.ru` is its changelog in Russian, not Ruby.
const RUBY_FILE = /(\.(rb|rake|gemspec)|(^|\/)(Rakefile|Gemfile|Guardfile|Capfile|config\.ru))$/;

/** RDoc's inline markup (`<tt>config.ru</tt>`, `+attribute+`, `<b>…</b>`) around words, as a reader sees them. */
const plain = (doc: string): string => doc.replace(/<\/?(tt|code|b|i|em|strong)>/g, '').replace(/(^|[\s(])\+([\w.:#?!=]+)\+(?=$|[\s.,;:)])/gm, '$1$2');

export const rubyExtractor = {
  language: 'ruby',
  shouldUse: (file) => RUBY_FILE.test(file.path) || hasShebang(file, /ruby/),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'ruby',
      commentTypes: ['comment'],
      // RDoc and YARD document with plain `#` comments; magic comments and rubocop directives are not docs.
      isDocComment: (raw) => !isBoilerplateComment(raw),
      tidyDoc: plain,
      docAcrossBlankLine: true,
      visit(ctx) {
        visitBody(ctx, ctx.root, undefined);
        for (const call of loadCalls(ctx.root, ctx.text)) addImport(ctx, call);
        for (const spec of constantReferences(ctx.root, ctx.text)) ctx.out.addImport({ spec, kind: 'constant' });
      },
    }),
} satisfies Extractor;

const VISIBILITY = new Set(['private', 'protected', 'public', 'module_function', 'private_class_method']);
const ATTRIBUTES = new Set(['attr_reader', 'attr_writer', 'attr_accessor', 'attr']);

/** The statements of a class, module or program body (`class X; end` has no body node). */
const statementsOf = (node: Node | null | undefined): Node[] => (node ? declarationChildren(node) : []);

/** The name a `class`/`module` declares: `Foo` or the last part of `Foo::Bar`. */
const declaredName = (node: Node): string | undefined => {
  const name = node.childForFieldName('name');
  if (!name) return undefined;
  return name.type === 'scope_resolution' ? (name.childForFieldName('name')?.text ?? name.text) : name.text;
};

/**
 * Declarations of one body. A bare `private` (or `protected`) hides the methods after it in that
 * body, `private def x` hides one; `class << self` holds class methods.
 */
const visitBody = (ctx: ExtractContext, body: Node, container: string | undefined): void => {
  let visible = true;
  for (const node of statementsOf(body)) {
    switch (node.type) {
      case 'class':
      case 'module': {
        const name = declaredName(node);
        if (!name) break;
        ctx.symbol({ node, name, kind: node.type === 'class' ? 'class' : 'module', exported: true, container });
        visitBody(ctx, node.childForFieldName('body') ?? node, name);
        break;
      }
      case 'singleton_class':
        visitBody(ctx, node.childForFieldName('body') ?? node, container);
        break;
      // `begin … rescue LoadError … end` around code that needs an optional gem (sidekiq's ActiveJob adapter and
      // Rails engine declared nothing), and `if defined?(Rails) … end`: what they declare is declared.
      case 'begin':
      case 'else':
      case 'ensure':
        visitBody(ctx, node, container);
        break;
      case 'if':
      case 'unless':
        visitBranches(ctx, node, container);
        break;
      case 'method':
      case 'singleton_method':
        addMethod(ctx, node, container, visible || node.type === 'singleton_method');
        break;
      case 'assignment': {
        const left = node.childForFieldName('left');
        if (left?.type !== 'constant') break;
        // `Request = Struct.new(:http_method, …) do … end` (also `Class.new`, `Data.define`) defines a class: faraday's
        // request card had been described by a middleware because the struct's doc was a constant's.
        const right = node.childForFieldName('right');
        const kind = right?.type === 'call' ? classFactory(right) : undefined;
        ctx.symbol({ node, name: left.text, kind: kind ?? 'constant', exported: true, container });
        const block = kind !== undefined ? right?.childForFieldName('block') : undefined;
        const body = block?.namedChildren.find((c) => c?.type === 'body_statement' || c?.type === 'block_body');
        if (body) visitBody(ctx, body, left.text);
        break;
      }
      case 'identifier':
        if (VISIBILITY.has(node.text)) visible = node.text === 'public' || node.text === 'module_function';
        break;
      case 'call':
        visible = visitCall(ctx, node, container, visible);
        break;
    }
  }
};

/** The kind a call makes when it builds a class or module: `Struct.new(…)`, `Class.new(Base)`, `Data.define(…)`, `Module.new`. */
const classFactory = (call: Node): 'class' | 'module' | undefined => {
  const receiver = call.childForFieldName('receiver')?.text;
  const method = call.childForFieldName('method')?.text;
  if (method === 'new' && (receiver === 'Struct' || receiver === 'Class')) return 'class';
  if (method === 'define' && receiver === 'Data') return 'class';
  if (method === 'new' && receiver === 'Module') return 'module';
  return undefined;
};

/** An `if`/`unless` body, its `elsif`s and its `else`, each read as a body. */
const visitBranches = (ctx: ExtractContext, node: Node, container: string | undefined): void => {
  for (const branch of [node.childForFieldName('consequence'), node.childForFieldName('alternative')]) {
    if (branch?.type === 'elsif') visitBranches(ctx, branch, container);
    else if (branch) visitBody(ctx, branch, container);
  }
};

const addMethod = (ctx: ExtractContext, node: Node, container: string | undefined, exported: boolean): void => {
  const name = node.childForFieldName('name')?.text;
  if (!name || name === 'initialize') return; // the constructor is `new`, not an API name
  ctx.symbol({ node, name, kind: container === undefined ? 'function' : 'method', exported, container });
};

/** `private def x` / `private :a`, `attr_reader :a`; returns the visibility for what follows. */
const visitCall = (ctx: ExtractContext, node: Node, container: string | undefined, visible: boolean): boolean => {
  if (node.childForFieldName('receiver')) return visible;
  const method = node.childForFieldName('method')?.text ?? '';
  const args = namedChildrenOf(node.childForFieldName('arguments') ?? node).filter((n) => n !== node.childForFieldName('method'));
  if (VISIBILITY.has(method)) {
    const defs = args.filter((a) => a.type === 'method' || a.type === 'singleton_method');
    for (const def of defs) addMethod(ctx, def, container, method === 'public' || method === 'module_function');
    // `private` with arguments changes only those names; without, everything after it.
    return args.length === 0 ? method === 'public' || method === 'module_function' : visible;
  }
  if (ATTRIBUTES.has(method)) {
    for (const arg of args) {
      const name = arg.type === 'simple_symbol' ? arg.text.slice(1) : undefined;
      if (name) ctx.symbol({ node, name, kind: 'property', exported: visible, container });
    }
  }
  return visible;
};

const LOADERS = ['require', 'require_relative', 'autoload', 'require_dependency', 'load'];

/** `require 'x'`, `require_relative 'x'`, `autoload :X[, 'x']` calls anywhere (requires sit in methods too). */
const loadCalls = (root: Node, text: string): { method: string; call: Node }[] => {
  const calls: { method: string; call: Node }[] = [];
  for (const method of LOADERS) {
    for (const offset of wordOffsets(text, method)) {
      const word = root.descendantForIndex(offset, offset + method.length);
      const call = word?.parent;
      if (word?.type !== 'identifier' || word.startIndex !== offset || call?.type !== 'call') continue;
      if (call.childForFieldName('method')?.id !== word.id || call.childForFieldName('receiver')) continue;
      calls.push({ method, call });
    }
  }
  return calls;
};

/** The text of a plain string literal argument (no interpolation), or undefined. */
const stringArg = (node: Node | undefined): string | undefined => {
  if (node?.type !== 'string') return undefined;
  const parts = namedChildrenOf(node);
  if (parts.some((p) => p.type !== 'string_content')) return undefined;
  return parts.map((p) => p.text).join('');
};

/** `ActiveRecord` → `active_record`, `HTTPHelper` → `http_helper` (Rails' and Zeitwerk's file naming). */
export const underscore = (constant: string): string =>
  constant
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase();

/** The path an `autoload :Name` without a path loads: the enclosing modules and `autoload_under` folders, underscored. */
const autoloadPath = (call: Node, name: string): string => {
  const parts = [underscore(name)];
  for (let node = call.parent; node; node = node.parent) {
    if (node.type === 'class' || node.type === 'module') {
      const declared = node.childForFieldName('name');
      if (declared) parts.unshift(...declared.text.split('::').map(underscore));
    } else if (node.type === 'call' && node.childForFieldName('method')?.text === 'autoload_under') {
      const dir = stringArg(namedChildrenOf(node.childForFieldName('arguments') ?? node)[0]);
      if (dir) parts.unshift(dir);
    }
  }
  return parts.join('/');
};

const withRb = (spec: string): string => (/\.rb$/.test(spec) ? spec : `${spec}.rb`);

const addImport = (ctx: ExtractContext, { method, call }: { method: string; call: Node }): void => {
  const args = namedChildrenOf(call.childForFieldName('arguments') ?? call);
  if (method === 'autoload') {
    const symbol = childOfType(call.childForFieldName('arguments') ?? call, 'simple_symbol')?.text.slice(1);
    const explicit = stringArg(args[1]);
    const spec = explicit ?? (symbol ? autoloadPath(call, symbol) : undefined);
    if (spec) ctx.out.addImport({ spec: withRb(spec), kind: 'include' });
    return;
  }
  const spec = stringArg(args[0]);
  if (!spec) return;
  // require_relative is relative to the file; require and load search the load path (lib/ folders).
  if (method === 'require_relative') ctx.out.addImport({ spec: withRb(spec.startsWith('.') ? spec : `./${spec}`), kind: 'path' });
  else ctx.out.addImport({ spec: withRb(spec), kind: 'include' });
};

/** Distinct constants a file may name; a file naming more is mostly naming its own internals. */
const MAX_CONSTANTS = 300;
const CONSTANT = /(?<![\w:@$])[A-Z][A-Za-z0-9_]*(?:::[A-Z][A-Za-z0-9_]*)*/g;

/**
 * Constants the code refers to (`Admin::UserPolicy`, `ActiveSupport::Notifications`). Rails applications
 * and Zeitwerk gems never `require` their own files: a constant is loaded from the file its name
 * underscores to (`admin/user_policy.rb`) on an autoload path, so the reference is the dependency.
 * Found in the text and checked against the tree (not in a comment or string, not a declaration's name).
 */
const constantReferences = (root: Node, text: string): string[] => {
  const found = new Set<string>();
  const specs = new Set<string>();
  for (const match of text.matchAll(CONSTANT)) {
    if (found.size >= MAX_CONSTANTS) break;
    const name = match[0];
    if (/^[A-Z0-9_]+$/.test(name)) continue; // MAX_CARS and friends are values, not files
    const start = match.index;
    const node = root.descendantForIndex(start, start + name.length);
    if (!node || node.startIndex !== start || node.endIndex !== start + name.length) continue;
    if (node.type !== 'constant' && node.type !== 'scope_resolution') continue;
    const parent = node.parent;
    if ((parent?.type === 'class' || parent?.type === 'module') && parent.childForFieldName('name')?.id === node.id) continue;
    // Inside `module Admin`, `Policy` is `Admin::Policy` when that file exists, else the top-level one:
    // the candidates, innermost first, travel as one spec (`admin/policy.rb|policy.rb`).
    const nesting = enclosingModules(node);
    const key = `${nesting.join('::')}\0${name}`;
    if (found.has(key)) continue;
    found.add(key);
    const candidates = nesting.map((_, i) => [...nesting.slice(0, nesting.length - i), name].join('::'));
    specs.add([...candidates, name].map((c) => `${c.split('::').map(underscore).join('/')}.rb`).join('|'));
  }
  return [...specs];
};

/** The names of the classes and modules around a node, outermost first (`module A; class B::C` → A, B, C). */
const enclosingModules = (node: Node): string[] => {
  const names: string[] = [];
  for (let n = node.parent; n; n = n.parent) {
    if (n.type !== 'class' && n.type !== 'module') continue;
    const declared = n.childForFieldName('name');
    if (declared && declared.id !== node.id) names.unshift(...declared.text.replace(/^::/, '').split('::'));
  }
  return names;
};
