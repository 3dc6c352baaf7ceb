import type { Node } from 'web-tree-sitter';
import type { Extractor } from '../Extractor.ts';
import { declarationChildren, extractFromTree, type ExtractContext } from '../shared/extractFromTree.ts';
import { hasShebang } from '../shared/hasShebang.ts';
import { isBoilerplateComment } from '../shared/isBoilerplateComment.ts';
import { childOfType, childrenOfType } from '../shared/nodes.ts';

/**
 * Lua: a module is a table its file returns, so the functions set on a table (`function M.add()`,
 * `function M:draw()`, `M.match = function() … end`) are its API and `local function` its helpers.
 * `require('vim.lsp.util')` / `require "a.b"` are imports, resolved like Lua's package.path does
 * (`a/b.lua`, `a/b/init.lua` on any `lua/` root; see createImportResolver.ts). LuaDoc and EmmyLua
 * comments (`--- Adds …`, `---@param x table`) are docs, their tag lines dropped. neovim's review: 506
 * Lua files gave no symbol, doc or edge, so `runtime/lua/vim/treesitter` had an empty card.
 */
export const luaExtractor = {
  language: 'lua',
  shouldUse: (file) => file.path.endsWith('.lua') || hasShebang(file, /\blua(jit)?\b/),
  extract: (file, parse) =>
    extractFromTree(file, parse, {
      language: 'lua',
      commentTypes: ['comment'],
      commentMarkers: '-]',
      prepareText: resetScanner,
      firstCodeRow,
      isDocComment: (raw) => /^--(?!\[\[)/.test(raw.trim()) && !isBoilerplateComment(raw) && !/^--+\s*(TODO|FIXME|XXX)\b/i.test(raw.trim()),
      tidyDoc: tidyLuaDoc,
      visit(ctx) {
        visitBlock(ctx, ctx.root);
        for (const spec of requiredModules(ctx.text)) ctx.out.addImport({ spec, kind: 'package' });
        const brief = briefBlock(ctx.text);
        if (brief !== undefined) ctx.out.addFileDoc(brief);
      },
    }),
} satisfies Extractor;

/**
 * The Lua grammar's scanner (tree-sitter-wasms 0.1.13) keeps its state from one parse to the next: after
 * the first file, `f(1)` and `require("a.b")` came out as syntax errors. Only a block comment at the very
 * start puts it back, so every text is parsed with `--[[]]` before its first line (rows stay the same; a
 * shebang line is blanked first, since it may only open a file).
 */
export const resetScanner = (text: string): string => {
  const newline = text.indexOf('\n');
  const shebang = !text.startsWith('#!') ? 0 : newline === -1 ? text.length : newline;
  return `--[[]]${' '.repeat(shebang)}${text.slice(shebang)}`;
};

/** Comment markers (`--`, `---`, `--[[ ]]`) off, EmmyLua/LuaDoc tag lines (`@param`, `@return`) out. */
const tidyLuaDoc = (doc: string): string =>
  doc
    .split('\n')
    .map((line) => line.replace(/^\s*-{2,}(\[=*\[)?\s?/u, '').replace(/\]=*\]\s*$/u, ''))
    .filter((line) => !/^\s*@/u.test(line))
    .join('\n')
    .trim();

/** A table field's name and the table it is set on: `M.add` → add of M, `M:draw` → draw of M (a method). */
const nameOf = (node: Node): { name: string; container?: string; method: boolean } | undefined => {
  if (node.type === 'identifier') return { name: node.text, method: false };
  if (node.type !== 'variable') return undefined;
  const parts = childrenOfType(node, 'identifier');
  const last = parts.at(-1);
  if (!last) return undefined;
  if (parts.length === 1) return { name: last.text, method: false };
  const container = node.text.slice(0, last.startIndex - node.startIndex).replace(/[.:]\s*$/u, '');
  return { name: last.text, container: container.split(/[.:]/u).at(-1) ?? container, method: hasColon(node) };
};

const hasColon = (node: Node): boolean => {
  for (let i = 0; i < node.childCount; i++) if (node.child(i)?.type === ':') return true;
  return false;
};

const visitBlock = (ctx: ExtractContext, block: Node): void => {
  for (const node of declarationChildren(block)) {
    switch (node.type) {
      case 'function_definition_statement': {
        const target = childOfType(node, 'variable', 'identifier');
        const named = target ? nameOf(target) : undefined;
        if (named) {
          ctx.symbol({ node, name: named.name, kind: named.method ? 'method' : 'function', exported: true, container: named.container });
        }
        break;
      }
      case 'local_function_definition_statement': {
        const name = childOfType(node, 'identifier')?.text;
        if (name) ctx.symbol({ node, name, kind: 'function', exported: false });
        break;
      }
      case 'variable_assignment':
      case 'local_variable_declaration': {
        // `M.match = function(…) … end`, `local f = function() end`: a function by another spelling.
        const targets = childrenOfType(childOfType(node, 'variable_list') ?? node, 'variable');
        const values = childrenOfType(childOfType(node, 'expression_list') ?? node, 'function_definition');
        if (values.length === 0) break;
        const named = targets[0] ? nameOf(targets[0]) : undefined;
        if (named) {
          const local = node.type === 'local_variable_declaration';
          ctx.symbol({ node, name: named.name, kind: 'function', exported: !local, container: named.container });
        }
        break;
      }
    }
  }
};

/**
 * The text with its comments blanked (strings kept, long brackets of any level): a `require("telescope")` in
 * a usage example of a doc comment is no import (telescope's init.lua had depended on its own plugin/ file).
 */
export const withoutLuaComments = (text: string): string => {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '-' && text[i + 1] === '-') {
      const long = /^\[(=*)\[/u.exec(text.slice(i + 2, i + 2 + 64));
      const close = long === null ? text.indexOf('\n', i) : text.indexOf(`]${long[1]}]`, i + 2 + long[0].length);
      const end = close === -1 ? text.length : long === null ? close : close + long[0].length;
      out += text.slice(i, end).replace(/[^\n]/gu, ' ');
      i = end;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') {
        // `\z` skips the white space after it, line breaks included (Lua 5.2)
        if (text[j] === '\\' && text[j + 1] === 'z') for (j += 2; j < text.length && /\s/u.test(text[j] as string); j++);
        else j += text[j] === '\\' ? 2 : 1;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '[' && /^\[=*\[/u.test(text.slice(i, i + 64))) {
      const open = /^\[(=*)\[/u.exec(text.slice(i, i + 64)) as RegExpExecArray;
      const close = text.indexOf(`]${open[1]}]`, i + open[0].length);
      const end = close === -1 ? text.length : close + open[0].length;
      out += text.slice(i, end);
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
};

/**
 * A `---@brief [[ … ---@brief ]]` block (tree-sitter-lua's docgen, used by telescope, plenary and other
 * Neovim plugins) is the module's own description wherever it sits; telescope's init.lua has it below its
 * first `require`, where no file header is looked for. Its rows, first and last, or undefined. (The text may be
 * the prepared one, whose first line starts with `--[[]]`.)
 */
const briefRows = (text: string): { start: number; end: number; lines: string[] } | undefined => {
  if (!text.includes('@brief')) return undefined;
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^\s*(?:--\[\[\]\])?\s*---\s*@brief\s*\[\[\s*$/u.test(line));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && !/^\s*---\s*@brief\s*\]\]/u.test(lines[end] as string)) end++;
  return end < lines.length ? { start, end, lines } : undefined;
};

/** The brief block's text, its `<pre>` sections (diagrams, command lists) left out. */
const briefBlock = (text: string): string | undefined => {
  const rows = briefRows(text);
  if (rows === undefined) return undefined;
  const body = rows.lines
    .slice(rows.start + 1, rows.end)
    .map((line) => line.replace(/^\s*---?\s?/u, '').trimEnd())
    .join('\n')
    .replace(/<pre>[\s\S]*?(<\/pre>|$)/gu, '')
    .trim();
  return body === '' ? undefined : body;
};

/** The first row of code, or of a brief block above it: the file header ends there (the block is read whole by briefBlock). */
const firstCodeRow = (root: Node): number => {
  let first = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < root.namedChildCount; i++) {
    const child = root.namedChild(i);
    if (child && child.type !== 'comment' && child.type !== 'hash_bang_line') {
      first = child.startPosition.row;
      break;
    }
  }
  const brief = briefRows(root.text);
  return brief === undefined ? first : Math.min(first, brief.start);
};

/** Module names given to `require` outside comments, each once: `require('a.b')`, `require "a.b"`, `require [[a.b]]`. */
const requiredModules = (source: string): string[] => {
  if (!source.includes('require')) return [];
  const text = withoutLuaComments(source);
  const out = new Set<string>();
  for (const m of text.matchAll(/\brequire\s*\(?\s*(?:(['"])([\w./-]+)\1|\[\[([\w./-]+)\]\])/gu)) {
    const spec = m[2] ?? m[3];
    if (spec) out.add(spec);
  }
  return [...out];
};
