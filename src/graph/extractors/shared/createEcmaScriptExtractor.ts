import type { Node } from 'web-tree-sitter';
import type { SourceFile, SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { declarationChildren, docStyles, extractFromTree, type ExtractContext } from './extractFromTree.ts';
import { childOfType, hasToken, pathOrPackage, unquote } from './nodes.ts';
import { findCallImports } from './findCallImports.ts';
import { blankAutoAccessors } from './blankAutoAccessors.ts';

const TRIPLE_SLASH_DIRECTIVE = /^\s*\/\/\/\s*<(?:reference|amd-module|amd-dependency)\b/u;

const classKinds: Record<string, SymbolKind> = {
  class_declaration: 'class',
  abstract_class_declaration: 'class',
  class: 'class',
  interface_declaration: 'interface',
  enum_declaration: 'enum',
  type_alias_declaration: 'type',
};

/**
 * A file of the language that another grammar reads better once its text is prepared: Flow-typed
 * JavaScript is parsed as TSX with the Flow-only syntax blanked. Facts keep the extractor's language.
 */
export interface EcmaScriptDialect {
  grammar: string;
  /** Keeps rows and columns: each change is to as many characters. */
  prepareText(text: string): string;
}

const JSX_FILE = /\.[jt]sx$/u;

/**
 * A URL's `&name=` in a JSX file's attribute strings (`href="…?family=Inter&display=swap"`): the grammar reads `&display`
 * as the start of an HTML entity and fails (Overseerr's `_document.tsx`; of 65 review TSX/JSX files holding one, 9
 * failed to parse, none after). The `&` becomes a space, offsets kept.
 */
const blankQueryAmpersands = (text: string): string => (text.includes('&') ? text.replace(/&(?=[A-Za-z]\w*=)/gu, ' ') : text);

/** One walker for JavaScript, TypeScript and TSX: the grammars share their declaration node types. */
export const createEcmaScriptExtractor = (
  language: string,
  shouldUse: (file: SourceFile) => boolean,
  dialectOf?: (file: SourceFile) => EcmaScriptDialect | undefined,
): Extractor => ({
  language,
  shouldUse,
  extract: (file, parse) => {
    const dialect = dialectOf?.(file);
    return extractFromTree(file, dialect ? (_language, text) => parse(dialect.grammar, text) : parse, {
      language,
      commentTypes: ['comment'],
      isDocComment: docStyles.block,
      // TypeScript's triple-slash directives are compiler input, not prose (vitest's examples read
      // '<reference types="vitest/config" />.' as their description).
      isFileDocComment: (raw) => !TRIPLE_SLASH_DIRECTIVE.test(raw),
      prepareText: (text) => {
        const prepared = blankAutoAccessors(dialect ? dialect.prepareText(text) : text);
        return JSX_FILE.test(file.path) ? blankQueryAmpersands(prepared) : prepared;
      },
      visit(ctx) {
        visitStatements(ctx, ctx.root, undefined, true);
        // require('x') and import('x') anywhere in the file; a template literal or variable is not resolvable.
        for (const spec of findCallImports(ctx.root, ctx.text)) addImport(ctx, spec);
      },
    });
  },
});

const addImport = (ctx: ExtractContext, stringNode: Node): void => {
  const spec = unquote(stringNode.text);
  ctx.out.addImport({ spec, kind: pathOrPackage(spec) });
};

/**
 * `exported` is undefined at module level (decided by `export`), a boolean inside namespaces. `wrapped`
 * counts the wrapper functions around a script's code (an IIFE, UMD's factory, AMD's `define`).
 */
const visitStatements = (ctx: ExtractContext, body: Node, namespace: string | undefined, topLevel: boolean, wrapped = 0): void => {
  for (const node of declarationChildren(body)) {
    switch (node.type) {
      case 'import_statement': {
        const source = node.childForFieldName('source') ?? childOfType(childOfType(node, 'import_require_clause') ?? node, 'string');
        if (source) addImport(ctx, source);
        break;
      }
      case 'export_statement':
        visitExport(ctx, node, namespace, topLevel);
        break;
      case 'expression_statement':
        visitExpression(ctx, node, topLevel, wrapped);
        break;
      case 'return_statement': {
        // a wrapper's `return { parse: parse, … }` is its module's API, like `module.exports = { … }`
        const value = node.namedChild(0);
        if (wrapped > 0 && value) visitModuleExports(ctx, node, value);
        break;
      }
      case 'ambient_declaration':
        // `declare …`: the wrapped declaration; `declare module 'x' {}` declares nothing of ours. (A declaration
        // file's `declare module 'mongoose' { … }` holds a package's own typings, but read as declarations they
        // led requests about the code: mongoose's review 55 → 50% at rank 1, its `types/` in the top 3 of six.)
        for (const inner of declarationChildren(node)) visitDeclaration(ctx, inner, node, false, namespace);
        break;
      default:
        visitDeclaration(ctx, node, node, false, namespace);
    }
  }
};

const visitExport = (ctx: ExtractContext, node: Node, namespace: string | undefined, topLevel: boolean): void => {
  const source = node.childForFieldName('source');
  if (source) {
    addImport(ctx, source);
    return;
  }
  const declaration = node.childForFieldName('declaration');
  if (declaration) {
    visitDeclaration(ctx, declaration, node, true, namespace);
    return;
  }
  const value = node.childForFieldName('value');
  const named = value ? namedFunctionsIn(value) : [];
  if (named.length > 0) {
    for (const fn of named) visitDeclaration(ctx, fn, node, true, namespace);
  } else if (value?.type === 'object' && topLevel) {
    // `export default { methods: { submit() {} } }`: a Vue component's options, a plugin's hooks.
    visitObjectMethods(ctx, value, 'default', true, 0);
  } else if (value?.type === 'call_expression' && topLevel) {
    // `export default defineComponent({ methods: { … } })`
    visitCallObjects(ctx, value, 'default');
  } else if (value?.type === 'identifier' && topLevel) {
    ctx.out.markExported(value.text);
  } else if (value !== null && topLevel && FUNCTION_NODES.test(value.type) && value.childForFieldName('body')?.type === 'statement_block') {
    // A plugin's anonymous default export, `export default (option, Dayjs, dayjs) => { proto.fromNow = function … }`: its
    // body declares the API on the objects it is given, as a wrapper's does (dayjs's 37 plugins had no symbol at all).
    visitStatements(ctx, value.childForFieldName('body') as Node, namespace, true, 1);
  }
  // export { a, b as c }: the local names become public.
  const clause = childOfType(node, 'export_clause');
  if (clause && topLevel) {
    for (const specifier of declarationChildren(clause)) {
      const name = specifier.childForFieldName('name');
      if (name) ctx.out.markExported(name.text);
    }
  }
};

/**
 * The named functions and classes an exported expression is (`export default function f`), or chooses between:
 * axios's adapters `export default isHttpAdapterSupported && function httpAdapter(config) { … }`, a ternary of two,
 * in parentheses or not. Its only real declarations, and they had no symbol.
 */
const namedFunctionsIn = (value: Node): Node[] => {
  const type = value.type;
  if ((type === 'class' || type.startsWith('function')) && value.childForFieldName('name')) return [value];
  if (type === 'parenthesized_expression') return value.namedChild(0) ? namedFunctionsIn(value.namedChild(0) as Node) : [];
  if (type === 'binary_expression') {
    const operator = value.childForFieldName('operator')?.text;
    if (operator !== '&&' && operator !== '||' && operator !== '??') return [];
    return [value.childForFieldName('left'), value.childForFieldName('right')].flatMap((n) => (n ? namedFunctionsIn(n) : []));
  }
  if (type === 'ternary_expression') return [value.childForFieldName('consequence'), value.childForFieldName('alternative')].flatMap((n) => (n ? namedFunctionsIn(n) : []));
  return [];
};

const visitDeclaration = (ctx: ExtractContext, node: Node, anchor: Node, exported: boolean, namespace: string | undefined): void => {
  const name = node.childForFieldName('name')?.text;
  const classKind = classKinds[node.type];
  if (classKind && name) {
    ctx.symbol({ node: anchor, name, kind: classKind, exported, container: namespace });
    const body = node.childForFieldName('body');
    if (body && (classKind === 'class' || classKind === 'interface')) visitClassBody(ctx, body, name, exported);
    return;
  }
  switch (node.type) {
    case 'function_declaration':
    case 'generator_function_declaration':
    case 'function_signature':
    case 'function':
    case 'function_expression':
    case 'generator_function':
      if (name) ctx.symbol({ node: anchor, name, kind: 'function', exported, container: namespace });
      return;
    case 'lexical_declaration':
    case 'variable_declaration': {
      const isConst = hasToken(node, 'const');
      for (const declarator of declarationChildren(node)) {
        const id = declarator.childForFieldName('name');
        // `export const { program, Option } = commander` (commander's esm.mjs re-exports its API so): each name bound is
        // exported. A module-level destructuring that is not exported is an import's (`const { join } = require('path')`).
        if (declarator.type === 'variable_declarator' && exported && (id?.type === 'object_pattern' || id?.type === 'array_pattern')) {
          for (const bound of boundNames(id)) ctx.symbol({ node: anchor, name: bound, kind: isConst ? 'constant' : 'variable', exported, container: namespace });
          continue;
        }
        if (declarator.type !== 'variable_declarator' || id?.type !== 'identifier') continue;
        // `{ … } satisfies Api`, `{ … } as const`, `({ … })`: the object inside.
        let valueNode = declarator.childForFieldName('value');
        while (valueNode && /^(?:satisfies_expression|as_expression|parenthesized_expression)$/u.test(valueNode.type)) valueNode = valueNode.namedChild(0);
        const value = valueNode?.type ?? '';
        const kind: SymbolKind = /function|arrow_function/.test(value) ? 'function' : isConst ? 'constant' : 'variable';
        ctx.symbol({ node: anchor, name: id.text, kind, exported, container: namespace });
        if (valueNode?.type === 'object' && namespace === undefined) visitObjectMethods(ctx, valueNode, id.text, exported, 0);
        // `var View = Backbone.View.extend({ render() {} })`, `const store = defineStore('cart', { actions: { … } })`
        if (valueNode?.type === 'call_expression' && namespace === undefined) visitCallObjects(ctx, valueNode, id.text, exported);
        // `const proto = module.exports = { inspect() {}, … }` (koa's context), `var app = exports = module.exports = {}`:
        // the value is the module's exports
        if (valueNode?.type === 'assignment_expression' && namespace === undefined) {
          let exportsValue = false;
          let right: Node | null = valueNode;
          while (right?.type === 'assignment_expression') {
            exportsValue ||= /^(?:module\.)?exports$/u.test(right.childForFieldName('left')?.text ?? '');
            right = right.childForFieldName('right');
          }
          if (exportsValue && right) visitModuleExports(ctx, anchor, right);
        }
      }
      return;
    }
    case 'internal_module':
    case 'module':
      if (name && node.childForFieldName('name')?.type !== 'string') {
        ctx.symbol({ node: anchor, name, kind: 'namespace', exported, container: namespace });
        const body = node.childForFieldName('body');
        if (body) visitStatements(ctx, body, name, false);
      }
      return;
  }
};

const visitExpression = (ctx: ExtractContext, node: Node, topLevel: boolean, wrapped: number): void => {
  const expression = node.namedChild(0);
  if (!expression) return;
  if (expression.type === 'internal_module') {
    visitDeclaration(ctx, expression, node, false, undefined);
    return;
  }
  if (topLevel && wrapped < 2) {
    // `hangfire.Metrics = (function () { function Metrics() {} … return Metrics; })();`: a module pattern's class,
    // built in a wrapper and assigned to a namespace (Hangfire's dashboard script declared none of its six).
    // (not a CommonJS export, `exports.debounce = (function () { … })()`: that names its value, below)
    const left = expression.type === 'assignment_expression' ? (expression.childForFieldName('left')?.text ?? '') : '';
    const assigned = left !== '' && !/^(?:module\.)?exports\b/u.test(left) ? expression.childForFieldName('right') : null;
    const functions = expression.type === 'assignment_expression' ? (assigned ? wrappedFunctions(assigned) : []) : wrappedFunctions(expression);
    for (const fn of functions) {
      const body = fn.childForFieldName('body');
      if (body?.type === 'statement_block') visitStatements(ctx, body, undefined, true, wrapped + 1);
    }
    if (functions.length > 0) return;
  }
  if (topLevel && expression.type === 'call_expression') {
    visitCallObjects(ctx, expression, undefined);
    visitDefinedProperty(ctx, node, expression);
    return;
  }
  // CommonJS: exports.foo = …, module.exports.foo = …
  if (!topLevel || expression.type !== 'assignment_expression') return;
  // A chained export names its value once: `exports = module.exports = Mocha` (mocha's lib/mocha.js and suite.js
  // had not exported Mocha or Suite), `module.exports = exports = X`.
  let assignment = expression;
  while (assignment.childForFieldName('left')?.type === 'identifier' && assignment.childForFieldName('right')?.type === 'assignment_expression') {
    assignment = assignment.childForFieldName('right') as Node;
  }
  // `req.get = req.header = function header …`, `res.contentType = res.type = …` (express): each name is declared
  const targets: Node[] = [];
  let right = assignment.childForFieldName('right');
  for (let left = assignment.childForFieldName('left'); ; ) {
    if (left?.type === 'member_expression') targets.push(left);
    if (right?.type !== 'assignment_expression') break;
    left = right.childForFieldName('left');
    right = right.childForFieldName('right');
  }
  for (const left of targets) visitAssignedMember(ctx, node, left, right);
};

/** One `object.property = value` of a top-level assignment (CommonJS exports, script-style APIs). */
const visitAssignedMember = (ctx: ExtractContext, node: Node, left: Node, right: Node | null): void => {
  const property = left.childForFieldName('property')?.text;
  const object = left.childForFieldName('object')?.text;
  if (!property || !object) return;
  if (object === 'module' && property === 'exports') {
    if (right) visitModuleExports(ctx, node, right);
    return;
  }
  const value = right?.type ?? '';
  if (object === 'exports' || object === 'module.exports') {
    const kind: SymbolKind = /function|arrow_function/.test(value) ? 'function' : /class/.test(value) ? 'class' : 'variable';
    ctx.symbol({ node, name: property, kind, exported: true });
    return;
  }
  // Script-style code declares its API on objects: `Functions.escapeHtml = function …`,
  // `Table.prototype.draw = function …`, `window.Designer = class …` (phpMyAdmin's 78 front-end files
  // yielded 126 symbols, its card "Declares ol").
  if (!/^(function|function_expression|arrow_function|class|generator_function)$/u.test(value)) return;
  const kind: SymbolKind = value === 'class' ? 'class' : 'function';
  const proto = /^([\w$]+)\.prototype$/u.exec(object);
  if (proto) ctx.symbol({ node, name: property, kind: 'method', exported: true, container: proto[1] });
  else if (/^(?:window|globalThis|self|this)$/u.test(object)) ctx.symbol({ node, name: property, kind, exported: true });
  // a namespace or a jQuery plugin: `Ext.util.Format.date = function …`, `$.fn.tooltip = function …`
  else if (/^[\w$]+(?:\.[\w$]+){0,3}$/u.test(object)) ctx.symbol({ node, name: property, kind, exported: true, container: object });
};

const FUNCTION_NODES = /^(?:function|function_expression|arrow_function)$/u;
const AMD_CALLS = /^(?:define|require|requirejs)$/u;

const unwrap = (node: Node | null): Node | null => {
  let current = node;
  while (current && (current.type === 'parenthesized_expression' || current.type === 'unary_expression' || current.type === 'sequence_expression')) {
    // `(function () { … })()`, `!function () { … }()`, `void function …`, `(0, function …)`
    current = current.type === 'unary_expression' ? current.childForFieldName('argument') : current.namedChild(current.namedChildCount - 1);
  }
  return current;
};

/**
 * The functions whose bodies hold a script's code when the whole file is wrapped: an IIFE's
 * (`(function ($) { … })(jQuery)`, `(function () { … }).call(this)`), a UMD wrapper's factory passed as its argument,
 * an AMD module's (`define(['dep'], function (dep) { … })`). Such files had no symbols at all.
 */
const wrappedFunctions = (expression: Node): Node[] => {
  const call = unwrap(expression);
  if (call?.type !== 'call_expression') return [];
  let callee = call.childForFieldName('function');
  if (callee?.type === 'member_expression' && /^(?:call|apply)$/u.test(callee.childForFieldName('property')?.text ?? '')) {
    callee = callee.childForFieldName('object');
  }
  callee = unwrap(callee);
  const isIife = callee !== null && FUNCTION_NODES.test(callee.type);
  if (!isIife && !(callee?.type === 'identifier' && AMD_CALLS.test(callee.text))) return [];
  const out = isIife && callee ? [callee] : [];
  for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (argument && FUNCTION_NODES.test(argument.type)) out.push(argument);
  }
  return out;
};

/**
 * `module.exports = …`: a named function or class is declared under its own name (it was a symbol
 * named `exports`: 34 in React 18.2); a name, or an object's shorthand and name-valued properties, mark
 * those declarations exported, like `export { a, b as c }`; an object's function-valued properties are
 * functions of that name. An anonymous function gets no symbol: its file's stem is not a name callers use.
 */
const visitModuleExports = (ctx: ExtractContext, node: Node, value: Node): void => {
  if (value.type === 'identifier') {
    ctx.out.markExported(value.text);
    return;
  }
  if (value.type !== 'object') {
    if (value.childForFieldName('name')) visitDeclaration(ctx, value, node, true, undefined);
    return;
  }
  for (const entry of value.namedChildren) {
    if (entry?.type === 'shorthand_property_identifier') ctx.out.markExported(entry.text);
    if (entry?.type !== 'pair' && entry?.type !== 'method_definition') continue;
    const key = entry.childForFieldName(entry.type === 'pair' ? 'key' : 'name');
    const item = entry.childForFieldName('value');
    if (key?.type !== 'property_identifier') continue;
    if (item?.type === 'identifier') ctx.out.markExported(item.text);
    else if (entry.type === 'method_definition' || /function|arrow_function/.test(item?.type ?? '')) {
      ctx.symbol({ node: entry, name: key.text, kind: 'function', exported: true });
    }
  }
};

/** Calls that define a property of an object by its name: `Object.defineProperty(obj, 'name', …)`, a helper's `defineGetter`. */
const DEFINING_CALLS = /^(?:defineProperty|defineGetter|defineSetter|__defineGetter__|__defineSetter__|defineLazyProperty|defineLazyGetter|lazyProperty)$/u;

/**
 * A property defined by a call, as that object's member: `defineGetter(req, 'ip', function ip() {…})` (express's
 * request declared none of its twelve getters), `Object.defineProperty(exports, 'version', { get() {…} })`. Any call
 * whose function is named as the string before it defines that name.
 */
const visitDefinedProperty = (ctx: ExtractContext, node: Node, call: Node): void => {
  const callee = call.childForFieldName('function');
  const name = callee?.type === 'member_expression' ? callee.childForFieldName('property')?.text : callee?.type === 'identifier' ? callee.text : undefined;
  const [target, key, value] = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => a !== null);
  if (target === undefined || key?.type !== 'string' || value === undefined || !/^(?:identifier|member_expression|this)$/u.test(target.type)) return;
  const property = key.text.slice(1, -1);
  if (!/^[A-Za-z_$][\w$]*$/u.test(property) || property.startsWith('__')) return;
  const fn = /^(?:function|function_expression|arrow_function|generator_function)$/u.test(value.type);
  if (!(name !== undefined && DEFINING_CALLS.test(name)) && !(fn && value.childForFieldName('name')?.text === property)) return;
  const object = target.text;
  const proto = /^([\w$]+)\.prototype$/u.exec(object);
  if (proto) ctx.symbol({ node, name: property, kind: 'method', exported: true, container: proto[1] });
  else if (object === 'exports' || object === 'module.exports' || /^(?:window|globalThis|self|this)$/u.test(object)) ctx.symbol({ node, name: property, kind: fn ? 'function' : 'variable', exported: true });
  else ctx.symbol({ node, name: property, kind: fn ? 'function' : 'variable', exported: true, container: object });
};

/** Calls that copy an object's members onto their first argument: `Object.assign(Foo.prototype, { … })`, `_.extend`. */
const MIXIN_CALLS = /^(?:assign|extend|mixin|defaults|merge)$/u;
/**
 * Calls whose object argument holds the members of what they extend or build: jQuery's `extend`, Backbone's
 * `X.extend`, mixins, React's `createClass`, Vue's `defineComponent`, Pinia's `defineStore`. Any other call's
 * object is its options (`$.ajax({ success() {} })`, `Object.defineProperty(x, 'y', { get() {} })`).
 */
const BUILDING_CALLS = /^(?:extend|mixin|include|implement|augment|assign|defaults|merge|createClass|defineComponent|defineStore)$/u;

/**
 * Object literals handed to a call that extends or builds something, as that thing's methods: jQuery's
 * `jQuery.fn.extend({ closest: function … })` (its whole public API; 104 symbols in its source before, against
 * about 166 such methods), `Object.assign(Emitter.prototype, { on() {} })`, Backbone's `View = Backbone.View.extend({ … })`.
 */
const visitCallObjects = (ctx: ExtractContext, call: Node, declared: string | undefined, exported = true): void => {
  const callee = call.childForFieldName('function');
  const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => a !== null);
  if (!callee || !args.some((a) => a.type === 'object')) return;
  const name = callee.type === 'member_expression' ? callee.childForFieldName('property')?.text : callee.type === 'identifier' ? callee.text : undefined;
  if (name === undefined || !BUILDING_CALLS.test(name)) return;
  const target = callee.type === 'member_expression' ? callee.childForFieldName('object')?.text : undefined;
  const first = args[0];
  // the object extended: a mixin's first argument, else the name declared, else what the method is called on
  const mixedInto = MIXIN_CALLS.test(name) && first && first.type !== 'object' && /^[\w$.]+$/u.test(first.text) ? first.text : undefined;
  const container = (mixedInto ?? declared ?? (target !== undefined && /^[\w$.]+$/u.test(target) ? target : undefined))?.replace(/\.prototype$/u, '');
  if (container === undefined) return;
  for (const argument of args) if (argument.type === 'object') visitObjectMethods(ctx, argument, container, exported, 0);
};

/** Option groups whose functions are an object's methods too (Vue's options API, Vuex and Pinia stores). */
const METHOD_GROUPS = new Set(['methods', 'computed', 'watch', 'actions', 'getters', 'mutations']);

/**
 * An object literal's function-valued properties, as its methods: script-style code keeps its API in one
 * (Sphinx's `const Search = { query: function … }`: `searchtools.js` had given 5 of its dozens of functions), and a
 * Vue component its behaviour in `methods: { … }`.
 */
const visitObjectMethods = (ctx: ExtractContext, object: Node, container: string, exported: boolean, depth: number): void => {
  for (const entry of object.namedChildren) {
    if (entry?.type !== 'pair' && entry?.type !== 'method_definition') continue;
    const key = entry.childForFieldName(entry.type === 'pair' ? 'key' : 'name');
    const item = entry.childForFieldName('value');
    if (key?.type !== 'property_identifier') continue;
    if (entry.type === 'method_definition' || /function|arrow_function/.test(item?.type ?? '')) {
      ctx.symbol({ node: entry, name: key.text, kind: 'method', exported, container });
    } else if (item?.type === 'object' && depth === 0 && METHOD_GROUPS.has(key.text)) {
      visitObjectMethods(ctx, item, container, exported, depth + 1);
    }
  }
};

const visitClassBody = (ctx: ExtractContext, body: Node, container: string, classExported: boolean): void => {
  for (const member of declarationChildren(body)) {
    if (!/^(method_definition|method_signature|abstract_method_signature)$/.test(member.type)) continue;
    const nameNode = member.childForFieldName('name');
    const name = nameNode?.text;
    if (!name || name === 'constructor') continue;
    const isPrivate = nameNode?.type === 'private_property_identifier' || childOfType(member, 'accessibility_modifier')?.text === 'private';
    ctx.symbol({ node: member, name, kind: 'method', exported: classExported && !isPrivate, container });
  }
};

/** The names a destructuring pattern binds: `{ a, b: c, d = 1, ...e }` → a, c, d, e; `[f, , g]` → f, g. */
const boundNames = (pattern: Node): string[] => {
  switch (pattern.type) {
    case 'identifier':
    case 'shorthand_property_identifier_pattern':
      return [pattern.text];
    case 'pair_pattern': {
      const value = pattern.childForFieldName('value');
      return value ? boundNames(value) : [];
    }
    case 'object_assignment_pattern':
    case 'assignment_pattern': {
      const left = pattern.childForFieldName('left') ?? pattern.namedChild(0);
      return left ? boundNames(left) : [];
    }
    case 'rest_pattern':
    case 'object_pattern':
    case 'array_pattern':
      return pattern.namedChildren.flatMap((child) => (child ? boundNames(child) : []));
    default:
      return [];
  }
};
