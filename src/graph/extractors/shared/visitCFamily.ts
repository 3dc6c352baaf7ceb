import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import { declarationChildren, type ExtractContext } from './extractFromTree.ts';
import { childOfType, childrenOfType, hasToken, unquote } from './nodes.ts';

/** Where a declaration sits: top level (container undefined) or inside a class / ObjC interface. */
interface Scope {
  container: string | undefined;
  exported: boolean;
  /**
   * In a source file (not a header), a top-level function declaration without a body is a prototype of a function
   * defined elsewhere: redis's geo.c declares t_zset.c's `zzlFirstInRange`, and its card led with them.
   */
  inSource?: boolean;
}

/** A C, C++ or Objective-C source file, not a header: its prototypes declare nothing of its own. */
export const isCFamilySource = (path: string): boolean => /\.(?:c|cc|cpp|cxx|c\+\+|cu|m|mm)$/iu.test(path);

const typeKinds: Record<string, SymbolKind> = {
  struct_specifier: 'struct',
  union_specifier: 'struct',
  class_specifier: 'class',
  enum_specifier: 'enum',
};

// Nodes whose children are declarations at the same level: include guards, #if branches, extern "C".
const transparent = new Set([
  'preproc_ifdef', 'preproc_if', 'preproc_else', 'preproc_elif', 'preproc_elifdef',
  'linkage_specification', 'declaration_list', 'template_declaration',
]);

/** One walker for C, C++ and Objective-C: the grammars extend each other and share node types. */
export const visitCFamily = (ctx: ExtractContext, parent: Node, scope: Scope = { container: undefined, exported: true }): void => {
  for (const node of declarationChildren(parent)) visitNode(ctx, node, scope);
};

const visitNode = (ctx: ExtractContext, node: Node, scope: Scope): void => {
  const nodeType = node.type; // each read is a call into wasm
  if (transparent.has(nodeType)) {
    visitCFamily(ctx, nodeType === 'linkage_specification' ? node.childForFieldName('body') ?? node : node, scope);
    return;
  }
  const kind = typeKinds[nodeType];
  if (kind) {
    visitType(ctx, node, kind, scope, node);
    return;
  }
  switch (nodeType) {
    case 'preproc_include': {
      const path = node.childForFieldName('path');
      if (path) ctx.out.addImport({ spec: unquote(path.text), kind: 'include', system: path.type === 'system_lib_string' });
      return;
    }
    case 'module_import': {
      const path = node.childForFieldName('path');
      if (path) ctx.out.addImport({ spec: path.text, kind: 'qualified' });
      return;
    }
    case 'preproc_def':
      // Include guards define a name without a value; only valued macros are constants.
      if (node.childForFieldName('value')) addSymbol(ctx, node, node.childForFieldName('name')?.text, 'constant', scope, false);
      return;
    case 'preproc_function_def':
      // A function-like macro is API in C (`ZSTD_COMPRESSBOUND(srcSize)`, `list_for_each(pos, head)`): requests name
      // it as they name a function. One with no body (`#define UNUSED(x)`) is a no-op marker.
      if (node.childForFieldName('value')) addSymbol(ctx, node, node.childForFieldName('name')?.text, 'function', scope, false);
      return;
    case 'namespace_definition': {
      const name = node.childForFieldName('name')?.text;
      if (name) ctx.symbol({ node, name, kind: 'namespace', exported: true });
      const body = node.childForFieldName('body');
      if (body) visitCFamily(ctx, body, scope);
      return;
    }
    case 'function_definition':
    case 'declaration':
    case 'field_declaration': {
      // Only here: listing the children of every node (a whole `#ifdef` body included) was a tenth of C extraction.
      // `static` hides a C function in its file; on a class member it only means "of the class".
      const isStatic = scope.container === undefined && childrenOfType(node, 'storage_class_specifier').some((s) => s.text === 'static');
      const type = node.childForFieldName('type');
      if (type && typeKinds[type.type] && type.childForFieldName('body')) visitType(ctx, type, typeKinds[type.type] ?? 'struct', scope, node);
      for (const declarator of node.childrenForFieldName('declarator')) {
        if (declarator) visitDeclarator(ctx, node, declarator, scope, isStatic);
      }
      return;
    }
    case 'type_definition':
    case 'alias_declaration': {
      const type = node.childForFieldName('type');
      const names = nodeType === 'alias_declaration' ? [node.childForFieldName('name')] : node.childrenForFieldName('declarator');
      const kind = type ? typeKinds[type.type] : undefined;
      const tag = kind && type?.childForFieldName('body') ? type.childForFieldName('name')?.text : undefined;
      // typedef struct Process_ { … } Process: one type under two names, the typedef's the one code uses (htop's
      // cards listed `DarwinProcess_, DarwinProcess`); the typedef's other names stay (`… } foo_t, *foo_p`).
      let merged = false;
      for (const name of names) {
        if (name?.type !== 'type_identifier') continue;
        if (!merged && tag !== undefined && type && sameTypeName(tag, name.text)) {
          visitType(ctx, type, kind ?? 'struct', scope, node, name.text);
          merged = true;
          continue;
        }
        // typedef struct { … } point_t: the struct is only reachable through its typedef name.
        const anonymous = kind && type?.childForFieldName('body') && !type.childForFieldName('name');
        addSymbol(ctx, node, name.text, anonymous ? kind ?? 'type' : 'type', scope, false);
      }
      if (!merged && type && kind && type.childForFieldName('name')) visitType(ctx, type, kind, scope, node);
      return;
    }
    case 'class_interface':
    case 'class_implementation':
    case 'protocol_declaration': {
      const name = childOfType(node, 'identifier')?.text;
      if (!name) return;
      const kindOf: SymbolKind = nodeType === 'protocol_declaration' ? 'protocol' : 'class';
      // @implementation repeats what @interface declared; the collector merges the duplicates. A category
      // (`@interface NSString (GSCategories)`) or class extension adds methods to a class declared elsewhere,
      // as Swift's `extension` does: gnustep-base's cards said its SOCKS parser declared NSObject and NSString.
      const isCategory = node.children.some((c) => c?.type === '(');
      if (!isCategory) addSymbol(ctx, node, name, kindOf, scope, false);
      // A protocol's `@required` and `@optional` sections hold their methods one level down (SDWebImage's SDImageCoder
      // had listed none of its methods).
      const members = declarationChildren(node).flatMap((c) => (c.type === 'qualified_protocol_interface_declaration' ? declarationChildren(c) : [c]));
      for (const member of members) {
        const method = member.type === 'implementation_definition' ? childOfType(member, 'method_definition') : member;
        if (method?.type === 'method_declaration' || method?.type === 'method_definition') {
          ctx.symbol({ node: member, name: selectorOf(method), kind: 'method', exported: true, container: name });
        }
      }
      return;
    }
  }
};

/** A struct's tag and its typedef name, the same but for C's conventions: `Foo_`/`Foo`, `_foo`/`foo`, `tagFoo`/`Foo`, `foo_s`/`foo_t`. */
const sameTypeName = (tag: string, alias: string): boolean => {
  const bare = (n: string): string => n.replace(/^(?:_+|tag(?=[A-Z_]))|_+$|_[st]$/gu, '').replace(/^_+|_+$/gu, '').toLowerCase();
  return bare(tag) !== '' && bare(tag) === bare(alias);
};

const visitType = (ctx: ExtractContext, node: Node, kind: SymbolKind, scope: Scope, anchor: Node, alias?: string): void => {
  const name = alias ?? node.childForFieldName('name')?.text;
  const body = node.childForFieldName('body');
  if (!name || !body) return; // `struct foo *p;` mentions a type, it does not declare one
  addSymbol(ctx, anchor, name, kind, scope, false);
  if (kind === 'enum') return;
  // C++ members: class defaults to private, struct and union to public.
  let isPublic = node.type !== 'class_specifier';
  for (const member of declarationChildren(body)) {
    if (member.type === 'access_specifier') {
      isPublic = member.text.startsWith('public');
      continue;
    }
    visitNode(ctx, member, { container: name, exported: scope.exported && isPublic });
  }
};

/** Unwraps pointer/reference declarators; only declarators that reach a function_declarator are functions. */
const visitDeclarator = (ctx: ExtractContext, anchor: Node, declarator: Node, scope: Scope, isStatic: boolean): void => {
  let current: Node | null = declarator;
  let isFunction = false;
  while (current && !/identifier$|^destructor_name$|^operator_name$/.test(current.type)) {
    if (current.type === 'function_declarator') isFunction = true;
    current = current.childForFieldName('declarator') ?? childOfType(current, 'parenthesized_declarator') ?? null;
  }
  if (!current) return;
  if (isFunction && scope.inSource === true && scope.container === undefined && anchor.type === 'declaration') return;
  if (!isFunction) {
    // Data members are state, not API names; top-level variables are kept (if exported).
    if (scope.container === undefined && anchor.type === 'declaration' && !hasToken(anchor, 'typedef')) {
      addSymbol(ctx, anchor, current.text, 'variable', scope, isStatic);
    }
    return;
  }
  if (current.type === 'destructor_name') return;
  if (current.type === 'qualified_identifier') {
    // void Renderer::draw() {} defines a method of Renderer outside the class body.
    const scopeName = current.childForFieldName('scope')?.text;
    const name = lastSegment(current.childForFieldName('name'));
    if (name && scopeName) ctx.symbol({ node: anchor, name, kind: 'method', exported: !isStatic, container: lastPart(scopeName) });
    return;
  }
  if (scope.container !== undefined && current.text === scope.container) return; // constructor
  // An upper-case "function" is a macro call that reads like one: `TEST(Parser, Empty) { … }`,
  // `GOOGLE_DISALLOW_EVIL_CONSTRUCTORS(Arena);`, `PHP_FUNCTION(strlen)` (protobuf: 87 and 51 of them).
  if (MACRO_NAME.test(current.text)) return;
  addSymbol(ctx, anchor, current.text, scope.container === undefined ? 'function' : 'method', scope, isStatic);
};

const MACRO_NAME = /^[A-Z][A-Z0-9_]*[A-Z0-9]$/u;

const addSymbol = (ctx: ExtractContext, node: Node, name: string | undefined, kind: SymbolKind, scope: Scope, isStatic: boolean): void => {
  // A declarator the grammar misread spans a type or a line break (`std::atomic<bool> g_enabled`): no name.
  if (name && !/[\s<>()]/u.test(name)) ctx.symbol({ node, name, kind, exported: scope.exported && !isStatic, container: scope.container });
};

/**
 * C++ export macros between `class`/`struct` and the name (`class PROTOBUF_EXPORT TextFormat {`, `class
 * MAPNIK_DECL map :`), blanked to spaces before parsing: tree-sitter read the macro as the class name and
 * the class as a function, so protobuf's TextFormat, Descriptor, Message and Arena were never declared.
 */
export const blankExportMacros = (text: string): string =>
  blankLeadingMacros(blankTrailingMacros(
    text.includes('class ') || text.includes('struct ')
      ? text.replace(/\b((?:class|struct|union)\s+)([A-Z][A-Z0-9_]*[A-Z0-9])(?=\s+[A-Za-z_]\w*\s*(?:final\s*)?(?:[{]|:(?!:)))/gu, (_, head: string, macro: string) => `${head}${' '.repeat(macro.length)}`)
      : text,
  ));

/**
 * A macro in capitals alone on a line at the left margin (`FMT_BEGIN_NAMESPACE`, `NS_ASSUME_NONNULL_BEGIN`), or
 * leading a declaration (`FMT_EXPORT template <typename Context> class dynamic_format_arg_store {`, `  FMT_CONSTEXPR
 * auto size() …`), blanked likewise: fmt's args.h parsed to no symbol at all. Only a name with an underscore; an
 * indented one alone (an enum's last value) stays. So is one before a return type and a function's name, or a return
 * type alone on its line, or after `static` (zstd's `MEM_STATIC U16 MEM_read16(…)`, `ZDICTLIB_API size_t
 * ZDICT_trainFromBuffer(…`, `FORCE_INLINE_TEMPLATE BYTE` above its name, `static UNUSED_ATTR const U32 …`: 112 of its
 * 375 files had parse errors, `mem.h` 73), or after C++ attributes (Transmission's `[[nodiscard]] TR_CONSTEXPR20 bool
 * empty() const`).
 */
const LEADING_MACRO =
  /^([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])(?=[ \t]*(?:\/\/[^\n]*|\/\*[^\n]*)?$)|^([ \t]*(?:\[\[[^\]\n]*\]\][ \t]*)*(?:static[ \t]+)?)([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])(?=[ \t]+(?:[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9][ \t]+)*(?:(?:template|class|struct|union|enum|namespace|inline|static|constexpr|consteval|extern|typedef|using|void|int|bool|auto|const|unsigned|signed|char|double|float|long|short|explicit|virtual|friend)\b|[A-Za-z_]\w*(?:[ \t]*\*+[ \t]*|[ \t]+)[A-Za-z_]\w*[ \t]*\(|[A-Za-z_]\w*[ \t]*\**[ \t]*$))/gmu;
export const blankLeadingMacros = (text: string): string => {
  if (!/^[ \t]*(?:\[\[[^\]\n]*\]\][ \t]*)*[A-Z][A-Z0-9]*_/mu.test(text)) return text;
  // (not in a macro's body: `#define DEFAULT_FLAGS \` · `FLAG_A`)
  let continued = false;
  return text
    .split('\n')
    .map((line) => {
      const inMacro = continued;
      continued = /\\\r?$/u.test(line);
      if (inMacro) return line;
      // (twice more at most: one macro may lead another, `XXH_PUBLIC_API XXH_PUREF XXH32_hash_t XXH32(…)`)
      for (let pass = 0; pass < 3; pass++) {
        const next = line.replace(LEADING_MACRO, (whole: string, alone: string | undefined, indent: string | undefined, macro: string | undefined) =>
          alone !== undefined ? ' '.repeat(alone.length) : `${indent ?? ''}${' '.repeat((macro ?? whole).length)}`,
        );
        if (next === line) break;
        line = next;
      }
      return line;
    })
    .join('\n');
};

/**
 * A macro after a function's parameter list (`bool is_color_terminal() SPDLOG_NOEXCEPT {`, `void f() const
 * FMT_OVERRIDE;`), blanked likewise: the grammar lost the function (8 of the 25 in spdlog's `details/os-inl.h`).
 * Only a name in capitals with an underscore, after a name's `(…)` (not `return (int) INT_MAX;`, not `if (x)
 * LOG_ERROR;`), before the body, a `;`, `= 0`, an initialiser list or another qualifier; never on a line that
 * is a comment or has one or a string before it.
 */
const TRAILING_MACRO =
  /(\b(?!(?:return|if|while|for|switch|sizeof|alignof|decltype|case|do|else)\b)[A-Za-z_]\w*\s*\([^()]*\)(?:\s*(?:const|noexcept|override|final)\b)*\s*)([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])(?=\s*(?:[{;]|=\s*(?:0|default|delete)\b|:(?!:)|const\b|override\b|final\b|->|$))/gu;
const blankTrailingMacros = (text: string): string =>
  text.includes('_')
    ? text
        .split('\n')
        .map((line) => {
          if (!/[A-Z]_/u.test(line) || /^\s*(?:\/\/|\/\*|\*|#)/u.test(line)) return line;
          return line.replace(TRAILING_MACRO, (whole: string, head: string, macro: string, offset: number) =>
            /\/\/|\/\*|["']/u.test(line.slice(0, offset)) ? whole : `${head}${' '.repeat(macro.length)}`,
          );
        })
        .join('\n')
    : text;

const lastSegment = (node: Node | null): string | undefined => {
  if (!node) return undefined;
  if (node.type === 'qualified_identifier') return lastSegment(node.childForFieldName('name'));
  return node.type === 'template_function' ? node.childForFieldName('name')?.text : node.text;
};

const lastPart = (qualified: string): string => qualified.split('::').at(-1)?.replace(/<.*$/, '') ?? qualified;

/** ObjC selectors: `- (void)setValue:(int)v forKey:(id)k` is named 'setValue:forKey:'. */
const selectorOf = (method: Node): string => {
  const parts = childrenOfType(method, 'identifier').map((id) => id.text);
  return childOfType(method, 'method_parameter') ? parts.map((part) => `${part}:`).join('') : parts.join('');
};
