import type { Node } from 'web-tree-sitter';
import type { SymbolKind } from '../../types.ts';
import { declarationChildren } from '../shared/extractFromTree.ts';

/** One statement of a block, or a definition read back from the pieces a syntax error left. */
export interface Statement {
  node: Node;
  /** The definitions recovered around it, outermost first (empty where the block parsed). */
  path: string[];
  /** A definition whose node did not survive: `node` is its first token (modifiers, annotation or keyword). */
  recovered?: { name: string; kind: SymbolKind; private: boolean };
}

/** `def`'s kind is 'method'; the caller makes it a function where no definition holds it. */
const keywordKinds: Record<string, SymbolKind> = { class: 'class', trait: 'trait', object: 'module', def: 'method' };
const headerOnly = new Set(['class_definition', 'trait_definition', 'object_definition']);
const localValue = new Set(['val_definition', 'var_definition']);

/**
 * The statements of a block, read through syntax errors. Where tree-sitter-scala gives up on a class
 * header (`abstract class Erasure extends A` · `with B` · `{` on a line of its own), it leaves the
 * class's pieces loose in the block, `class`, `Erasure`, `{`, its members, `}`: the members are then read
 * as belonging to the class those tokens open, not as top-level functions; a `def` whose body broke is
 * still named by its loose `def` and name. In Scala 2.11's src/ (69 files with syntax errors) this reads
 * 1,034 symbols into 33 files (Erasure, HtmlPage, Mirrors), 297 of them top-level or local before; 140
 * methods were read as top-level functions, 78 still are (Typers: its trait closes early, and no loose
 * brace says where its members belong).
 */
export const statementsOf = (block: Node): Statement[] => {
  const children = declarationChildren(block);
  if (!block.hasError && !children.some((node) => node.type === 'lambda_expression')) return children.map((node) => ({ node, path: [] }));
  // A body's own braces, its first and last children, are not loose pieces (a file has none).
  return readThrough(block, block.type === 'compilation_unit' ? 0 : 1);
};

/**
 * The definitions named in an ERROR inside a definition: `def clear()` (Scala 2's abstract procedure)
 * then `def result(): To` is read as one declaration, with `def result` as an error inside it.
 */
export const definitionsInError = (error: Node): Statement[] => {
  if (error.childCount > 0) return readThrough(error, 0).filter((statement) => statement.recovered);
  const recovered = definitionInText(error.text);
  return recovered ? [{ node: error, path: [], recovered }] : [];
};

/** An error with no children is raw text: "def result", "private[actors] def localActor". */
const definitionInText = (text: string): Statement['recovered'] => {
  const found = /^\s*((?:[\w[\]]+\s+)*?)(class|trait|object|def)\s+([\p{L}_$][\p{L}\p{N}_$]*|[^\s\w()[\]{}.,;:=`'"]+)/u.exec(text);
  const [, modifiers = '', keyword = '', name = ''] = found ?? [];
  const kind = keywordKinds[keyword];
  return kind ? { name, kind, private: /\b(private|protected)\b/.test(modifiers) } : undefined;
};

const readThrough = (block: Node, ownBraces: number): Statement[] => {
  const out: Statement[] = [];
  // One entry per open brace: the definition it opened, or undefined for any other brace.
  const open: (string | undefined)[] = [];
  let head: Node | undefined; // modifiers or annotations that may start a definition
  let modifiers: Node | undefined;
  let pending: { kind: SymbolKind; start: Node; name?: string } | undefined;
  const path = () => open.filter((name): name is string => name !== undefined);
  // Inside a brace that opened no definition (a method's body, `new T { … }`) a val is local state. Defs
  // stay: braces an error left unbalanced (Scaladoc's XML literals) would otherwise hide every method after.
  const inCode = () => open.length > 0 && open[open.length - 1] === undefined;
  const walk = (node: Node): void => {
    const children = node.children;
    for (const [i, child] of children.entries()) {
      if (!child || (node === block && (i < ownBraces || i >= children.length - ownBraces))) continue;
      const type = child.type;
      if (type === 'ERROR' && child.childCount === 0) {
        const recovered = definitionInText(child.text);
        if (recovered) out.push({ node: child, path: path(), recovered });
      } else if (type === 'ERROR' || (node === block && type === 'lambda_expression') || (node.type === 'lambda_expression' && type === 'indented_block')) {
        // The grammar may read `class RootsBase extends Mirror { thisMirror =>` as a body holding one lambda,
        // `thisMirror => …members` (13 files of Scala 2.11's src/, 11 of them with no syntax error): its
        // members are the class's all the same.
        walk(child);
      } else if (type === 'comment' || type === 'block_comment' || child.isMissing) {
        continue;
      } else if (!child.isNamed) {
        const kind = keywordKinds[type];
        if (kind) {
          pending = { kind, start: head ?? child };
        } else if (type === '{') {
          open.push(pending?.name);
          pending = undefined;
        } else if (type === '}') {
          open.pop();
          pending = undefined;
        }
        if (!kind && type !== 'case') head = modifiers = undefined;
      } else if (type === 'modifiers' || type === 'annotation') {
        head ??= child;
        if (type === 'modifiers') modifiers = child;
      } else if (pending && pending.name === undefined && (type === 'identifier' || type === 'operator_identifier')) {
        pending.name = child.text;
        const isPrivate = /\b(private|protected)\b/.test(modifiers?.text ?? '');
        out.push({ node: pending.start, path: path(), recovered: { name: child.text, kind: pending.kind, private: isPrivate } });
        // A def's braces hold code, not members.
        if (pending.kind === 'method') pending = undefined;
        head = modifiers = undefined;
      } else if (pending?.name !== undefined && /^(extends_clause|class_parameters|type_parameters|access_modifier)$/.test(type)) {
        // still the header of the definition just recovered
      } else {
        if (!inCode() || !localValue.has(type)) out.push({ node: child, path: path() });
        // `class Erasure extends A` · `with B` · `{`: the class parsed without its body, which follows loose.
        const name = headerOnly.has(type) && !child.childForFieldName('body') ? child.childForFieldName('name')?.text : undefined;
        pending = name === undefined ? undefined : { kind: 'class', start: child, name };
        head = modifiers = undefined;
      }
    }
  };
  walk(block);
  return out;
};
