import type { FileFacts, SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { createFactsCollector } from '../shared/createFactsCollector.ts';
import { hasShebang } from '../shared/hasShebang.ts';
import { capDoc } from '../shared/cleanDoc.ts';
import { joinDeclaredModules } from '../elixir/declaredModules.ts';
import { maskR } from './maskR.ts';
import { referencedNames } from './rReferences.ts';
import { roxygenBlock, type RoxygenBlock } from './roxygenBlock.ts';

/**
 * R, read by line (no grammar ships for it). Top-level `name <- function(` (also `=`, `<<-`, `\(x)`)
 * is a function, an S3 method (`print.ggproto`) kept whole; `X <- ggproto("X", Parent, …)`, `R6Class`,
 * `setClass`/`setRefClass` are classes, a ggproto object's `name = function(` members its methods;
 * `setGeneric("f"` a function, `setMethod("f", "Class"` a method; any other top-level assignment a
 * constant (kept when exported). Exported: the roxygen block above says `@export` (NAMESPACE is
 * generated from those). Docs: the roxygen `#'` block above (title and description; tags and their
 * bodies, `@examples` included, dropped), else a plain `#` comment right above; a block ending in a
 * bare string (`"diamonds"`) documents that dataset, one ending in `NULL` or `"_PACKAGE"` (a topic, the
 * package) describes the file, as does a leading comment that documents nothing.
 * Imports: `#' @include other.r` and `source("x.R")` as paths; `library(pkg)`, `require(pkg)`, `pkg::f`,
 * `@import`/`@importFrom` as the package's code, `pkg/R`; every other name the code uses (a call, a capitalised object such
 * as `Geom`) as a `qualified` name, resolved by createRResolver.ts to the file of the package that
 * declares it (R packages share one flat namespace). The file's top-level names travel as its
 * `packageName`, space-separated, for that resolver.
 * ggplot2 3.4.1's review: its 195 R files gave no symbol, doc, summary or edge.
 */
export const rExtractor = {
  language: 'r',
  // No tree-sitter grammar: nothing to load ahead.
  grammar: '',
  shouldUse: (file) => /\.[rR]$/u.test(file.path) || hasShebang(file, /\bRscript\b/u),
  extract: async (file) => extractR(file.text),
} satisfies Extractor;

const NAME = String.raw`(?:\x60[^\x60\n]+\x60|[A-Za-z.][\w.]*)`;
const ASSIGNMENT = new RegExp(String.raw`^\s*(${NAME}|"[^"\n]+")\s*(?:<<-|<-|=(?!=))\s*`, 'u');
const MEMBER = /^\s*([A-Za-z.][\w.]*)\s*=\s*(?:function\b|\\\()/u;
/** Base R's functions a script most often reuses as a variable's name (`all`, `df`, `data`, `t`). */
const BASE_FUNCTIONS: ReadonlySet<string> = new Set(
  'all any c t df data file files list length names paste paste0 sum mean max min print format sort order rev unique table matrix vector url match merge split subset summary sample seq range levels dim nrow ncol version args body date dates diff env filter lag mode scale sd stop try var which'.split(' '),
);

/** A line that leaves its statement open: an operator, a comma or an assignment at its end. */
const CONTINUES = /(?:[-+*/^,|&<>=~!:?$@]|%[^%\s]*%|\belse)\s*$/u;
const QUOTED = /^\s*"([^"\n]*)"\s*$/u;
const COPYRIGHT = /\b(copyright|licen[cs]e|SPDX)\b/iu;
const LOOKS_LIKE_CODE = /<-|[{}]\s*$|^\s*\w+\(.*\)\s*$/u;

interface Pending {
  roxygen?: RoxygenBlock | undefined;
  comment?: string[] | undefined;
}

const unquoteName = (name: string): string => name.replace(/^[`"]|[`"]$/gu, '');

export const extractR = (source: string): FileFacts => {
  const out = createFactsCollector('r');
  const text = source.startsWith('#!') ? source.replace(/^[^\n]*/u, (l) => ' '.repeat(l.length)) : source;
  const { code, bare } = maskR(text);
  const lines = text.split('\n');
  const codeLines = code.split('\n');
  const bareLines = bare.split('\n');
  // Bracket depth at the start of each line, read where no string or comment can hold a bracket.
  const depthAt: number[] = [];
  let depth = 0;
  for (const line of bareLines) {
    depthAt.push(depth);
    for (const ch of line) {
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
    }
  }
  depthAt.push(depth);

  const own = new Set<string>();
  const exportedNames = new Set<string>();
  let pending: Pending = {};
  let roxygenLines: string[] = [];
  let commentLines: string[] = [];
  let seenCode = false;
  let open = false;

  const fileDoc = (doc: string | undefined) => {
    if (doc) out.addFileDoc(doc);
  };
  const takeRoxygen = () => {
    if (roxygenLines.length === 0) return;
    const block = roxygenBlock(roxygenLines);
    for (const file of block.includes) out.addImport({ spec: file, kind: 'path' });
    for (const pkg of block.packages) out.addImport({ spec: `${pkg}/R`, kind: 'package' });
    for (const name of block.exportedNames) exportedNames.add(name);
    pending = { roxygen: block };
    roxygenLines = [];
  };
  const takeComment = () => {
    if (commentLines.length === 0) return;
    const prose = commentLines.map((l) => l.replace(/^\s*#+\s?/u, '').trimEnd());
    // A plain comment between a roxygen block and its function (`# nolint`) leaves the block in force, as roxygen2 reads it.
    pending = { ...pending, comment: prose };
    commentLines = [];
  };
  /** A comment block that nothing below takes: a leading one describes the file. */
  const dropPending = (forFile: boolean) => {
    if (forFile) {
      if (pending.roxygen) fileDoc(pending.roxygen.doc);
      else if (pending.comment && !seenCode) fileDoc(commentDoc(pending.comment));
    }
    pending = {};
  };
  const docOfPending = (): string | undefined => pending.roxygen?.doc || (pending.comment ? commentDoc(pending.comment) : undefined) || undefined;
  const declare = (name: string, kind: SymbolKind, line: number, extra: { container?: string; exported?: boolean } = {}) => {
    const doc = extra.container === undefined ? docOfPending() : undefined;
    out.addSymbol({
      name, kind, line,
      exported: extra.exported ?? pending.roxygen?.exported === true,
      ...(doc ? { doc } : {}),
      ...(extra.container !== undefined ? { container: extra.container } : {}),
    });
    // (a value named like a base function is a script's variable, no name of the package: dplyr's revdep script's
    // `all <- drake::readd(…)` had made every call of `all()` depend on revdep/)
    if (extra.container === undefined && kind !== 'method' && !(kind === 'constant' && BASE_FUNCTIONS.has(name))) own.add(name);
  };
  /** The last line of the statement that starts at `i`: where the brackets close and no operator carries on. */
  const statementEnd = (i: number): number => {
    let j = i;
    while (j < lines.length - 1 && ((depthAt[j + 1] ?? 0) > 0 || CONTINUES.test(bareLines[j] ?? ''))) j++;
    return j;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const bareLine = bareLines[i] ?? '';
    const atTop = (depthAt[i] ?? 0) === 0 && !open;
    if (bareLine.trim() === '') {
      if (atTop && /^\s*#'/u.test(line)) {
        if (commentLines.length > 0) {
          takeComment();
          pending = {};
        }
        roxygenLines.push(line);
      } else if (atTop && /^\s*#/u.test(line)) {
        if (roxygenLines.length > 0) takeRoxygen();
        commentLines.push(line);
      } else if (line.trim() === '') {
        // roxygen attaches a block to the next expression across blank lines; a plain comment it ends.
        takeRoxygen();
        if (commentLines.length > 0) {
          takeComment();
          dropPending(true);
        }
      }
      continue;
    }
    if (!atTop) {
      open = CONTINUES.test(bareLine) || (depthAt[i + 1] ?? 0) > 0;
      continue;
    }
    takeRoxygen();
    takeComment();
    const end = statementEnd(i);
    const statement = codeLines.slice(i, end + 1).join('\n');
    const bareStatement = bareLines.slice(i, end + 1).join('\n');
    readStatement(i, end, statement, bareStatement);
    seenCode = true;
    pending = {};
    open = false;
    i = end;
  }
  takeRoxygen();
  takeComment();
  dropPending(true);

  function readStatement(i: number, end: number, statement: string, bareStatement: string): void {
    // The name as written (`code`: a backquoted or quoted name is blank in `bare`), the right side as code.
    const assigned = ASSIGNMENT.exec(bareStatement) ? ASSIGNMENT.exec(statement) : undefined;
    if (assigned?.[1] !== undefined) {
      const name = unquoteName(assigned[1]);
      const rhs = bareStatement.slice(assigned[0].length);
      if (/^(?:function\b|\\\()/u.test(rhs)) return declare(name, 'function', i + 1);
      if (/^(?:ggplot2::)?ggproto\s*\(/u.test(rhs)) return declareClass(name, i, end, 1);
      if (/^(?:R6::)?R6Class\s*\(/u.test(rhs)) return declareClass(name, i, end, 2);
      if (/^(?:methods::)?(?:setClass|setRefClass)\s*\(/u.test(rhs)) return declareClass(name, i, end, 0);
      if (/^(?:methods::)?setGeneric\s*\(/u.test(rhs)) return declare(name, 'function', i + 1);
      return declare(name, 'constant', i + 1);
    }
    const s4 = /^\s*(?:methods::)?(setClass|setRefClass|setGeneric|setMethod|R6Class|R6::R6Class)\s*\(\s*"([^"\n]+)"(?:\s*,\s*(?:signature\s*\(\s*)?"([^"\n]+)")?/u.exec(statement);
    if (s4?.[2] !== undefined) {
      if (s4[1] === 'setGeneric') return declare(s4[2], 'function', i + 1);
      if (s4[1] === 'setMethod') {
        if (s4[3] !== undefined) declare(s4[2], 'method', i + 1, { container: s4[3], exported: pending.roxygen?.exported === true });
        return;
      }
      return declareClass(s4[2], i, end, s4[1] === 'R6Class' || s4[1] === 'R6::R6Class' ? 2 : 0);
    }
    const quoted = QUOTED.exec(statement)?.[1];
    if (quoted !== undefined && (pending.roxygen || pending.comment)) {
      // roxygen's way of documenting a dataset (`"diamonds"`) or the package itself (`"_PACKAGE"`).
      if (quoted === '_PACKAGE' || !/^[A-Za-z.][\w.]*$/u.test(quoted)) return dropPending(true);
      return declare(quoted, 'variable', i + 1, { exported: true });
    }
    // A block above `NULL` documents a topic (`@rdname`, `@name`): what the file is about.
    if (/^\s*NULL\s*$/u.test(bareStatement)) return dropPending(true);
    dropPending(false);
  }

  /** A class and its `name = function(` members, found `memberDepth` brackets inside its call (0: none). */
  function declareClass(name: string, i: number, end: number, memberDepth: number): void {
    const exported = pending.roxygen?.exported === true;
    declare(name, 'class', i + 1);
    if (memberDepth === 0) return;
    for (let k = i + 1; k <= end; k++) {
      const d = depthAt[k] ?? 0;
      if (d < 1 || d > memberDepth) continue;
      const member = MEMBER.exec(bareLines[k] ?? '')?.[1];
      if (member !== undefined) declare(member, 'method', k + 1, { container: name, exported });
    }
  }

  // `pkg/R`: a package of the repository is its R/ folder's code (a test's `library(ggplot2)` uses R/, not
  // the package's root module with its man pages); a package from elsewhere resolves to nothing either way.
  for (const m of code.matchAll(/(?<![\w.$@])(?:library|require|requireNamespace|loadNamespace)\s*\(\s*["']?([A-Za-z][\w.]*)["']?/gu)) {
    if (m[1] !== undefined) out.addImport({ spec: `${m[1]}/R`, kind: 'package' });
  }
  for (const m of bare.matchAll(/(?<![\w.$@])([A-Za-z][\w.]*):::?(?=[A-Za-z.`])/gu)) {
    if (m[1] !== undefined) out.addImport({ spec: `${m[1]}/R`, kind: 'package' });
  }
  for (const m of code.matchAll(/(?<![\w.$@])(?:sys\.)?source\s*\(\s*["']([^"'\n]+\.[rR])["']/gu)) {
    if (m[1] !== undefined) out.addImport({ spec: m[1], kind: 'path' });
  }
  for (const name of referencedNames(bare, own)) out.addImport({ spec: name, kind: 'qualified' });
  for (const name of exportedNames) out.markExported(name);
  const declared = joinDeclaredModules([...own].sort());
  if (declared !== undefined) out.setPackageName(declared);
  return out.build(false);
};

/** A plain comment's prose, or '' when it reads as commented-out code or a licence. */
const commentDoc = (lines: readonly string[]): string => {
  // An internal function's comment may carry roxygen-like tags (`# @param x …`): the prose ends there.
  const tagAt = lines.findIndex((l) => /^\s*@\w/u.test(l));
  const prose = tagAt < 0 ? lines : lines.slice(0, tagAt);
  const text = prose.join('\n').trim();
  if (text === '' || COPYRIGHT.test(text)) return '';
  const codeLike = prose.filter((l) => LOOKS_LIKE_CODE.test(l)).length;
  return codeLike * 2 > prose.length ? '' : capDoc(text);
};
