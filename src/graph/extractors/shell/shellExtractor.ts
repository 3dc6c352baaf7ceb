import type { FileFacts } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { capDoc, cleanDoc } from '../shared/cleanDoc.ts';
import { createFactsCollector } from '../shared/createFactsCollector.ts';
import { hasShebang } from '../shared/hasShebang.ts';
import { isBoilerplateComment } from '../shared/isBoilerplateComment.ts';

/**
 * Shell scripts (sh, bash, zsh, ksh, fish), read by line (no grammar ships for them): functions (`name() {`,
 * `function name`, fish's `function name --description '…'`, whose description is its doc), the comment above
 * a function as its doc, the comment block a script opens with as the file's doc, and `source x` / `. x` of a
 * literal path as an import. A function whose name starts with `_` is private. Every repository keeps scripts
 * (release, CI, install) and some are mostly scripts (fish's 1,121 functions and completions had no symbol, doc
 * or summary).
 */
export const shellExtractor = {
  language: 'shell',
  // No tree-sitter grammar: nothing to load ahead.
  grammar: '',
  // zsh's completion functions open with `#compdef` rather than a shebang (borgbackup's `zsh/_borg`).
  shouldUse: (file) => /\.(?:sh|bash|zsh|ksh|fish)$/u.test(file.path) || hasShebang(file, /\b(?:ba|z|k|da|a)?sh\b|\bfish\b/u) || (!/\.[^/]+$/u.test(file.path) && file.text.startsWith('#compdef')),
  extract: async (file) => extractShell(file.text, /\.fish$/u.test(file.path) || /^#![^\n]*\bfish\b/u.test(file.text)),
} satisfies Extractor;

const POSIX_FUNCTION = /^\s*(?:function\s+)?([A-Za-z_][\w:.-]*)\s*\(\s*\)\s*(?:\{|\(|$)/u;
const KEYWORD_FUNCTION = /^\s*function\s+([A-Za-z_][\w:.-]*)\s*(?:\(\s*\))?\s*(?:\{\s*)?$/u;
const FISH_FUNCTION = /^\s*function\s+([^\s;#]+)(.*)$/u;
const FISH_DESCRIPTION = /(?:--description|-d)[=\s]+(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\S+))/u;
const SOURCE = /^\s*(?:source|\.)\s+(["']?)([^\s"'$`;|&()]+)\1\s*(?:[;#&|]|$)/u;
const COMMENT = /^\s*#/u;

export const extractShell = (text: string, fishSyntax = false): FileFacts => {
  const out = createFactsCollector('shell');
  const lines = text.split('\n');
  let comment: string[] = [];
  let opening = true;
  // Fish: block depth. POSIX shells: one entry per open brace, true for a function's body, so that a
  // function inside a plain group (zsh's `{ … } always { … }` around fzf's whole completion.zsh) still counts.
  let depth = 0;
  const braces: boolean[] = [];
  let bodyPending = false;
  const flushFileDoc = (): void => {
    const doc = cleanDoc(comment.join('\n'));
    if (doc !== '' && !isBoilerplateComment(doc) && !/^(?:shellcheck|vim?:|-\*-|compdef\b|autoload\b)/u.test(doc)) out.addFileDoc(capDoc(doc));
  };
  let heredocEnd: string | undefined;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/u, '');
    if (index === 0 && line.startsWith('#!')) return;
    // A here-document is text: its `{` or `name()` lines are no code (up to the line holding only its word).
    if (heredocEnd !== undefined) {
      if (line.trim() === heredocEnd) heredocEnd = undefined;
      return;
    }
    if (COMMENT.test(line)) {
      comment.push(line);
      return;
    }
    if (line.trim() === '') {
      // The comment block a script opens with, paragraph by paragraph (a licence first, then what it does).
      if (opening && comment.length > 0) flushFileDoc();
      comment = [];
      return;
    }
    if (opening && comment.length > 0 && !/^\s*(?:function\s|[A-Za-z_][\w:.-]*\s*\(\s*\))/u.test(line)) flushFileDoc();
    opening = false;
    const above = comment.length > 0 ? cleanDoc(comment.join('\n')) : '';
    comment = [];
    const fish = fishSyntax ? FISH_FUNCTION.exec(line) : null;
    const posix = fishSyntax ? null : (POSIX_FUNCTION.exec(line) ?? KEYWORD_FUNCTION.exec(line));
    const name = posix?.[1] ?? fish?.[1];
    const topLevel = fishSyntax ? depth === 0 : !braces.includes(true);
    if (name !== undefined && topLevel) {
      const described = fish ? FISH_DESCRIPTION.exec(fish[2] ?? '') : null;
      const doc = described ? (described[1] ?? described[2] ?? described[3] ?? '').replace(/\\(.)/gu, '$1') : above;
      out.addSymbol({ name, kind: 'function', line: index + 1, exported: !name.startsWith('_'), ...(doc && !isBoilerplateComment(doc) ? { doc: capDoc(doc) } : {}) });
    }
    const source = SOURCE.exec(line);
    if (source?.[2] !== undefined && !source[2].startsWith('/')) {
      const spec = source[2].startsWith('.') ? source[2] : `./${source[2]}`;
      out.addImport({ spec, kind: 'path' });
    }
    // Functions nested in a function's body are its helpers, not the script's.
    if (fishSyntax) depth = Math.max(0, depth + fishBalance(line));
    else {
      // A body opens on the definition's line or the next one; `f() ( … )` runs in a subshell and opens none.
      if (name !== undefined) bodyPending = !/\)\s*\(/u.test(line);
      else if (bodyPending && !line.trimStart().startsWith('{')) bodyPending = false;
      for (const brace of braceSequence(line)) {
        if (brace === '{') {
          braces.push(bodyPending);
          bodyPending = false;
        } else braces.pop();
      }
    }
    heredocEnd = /<<-?\s*(['"]?)([A-Za-z_]\w*)\1/u.exec(line.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/gu, (q) => (q.includes('<<') ? '' : q)))?.[2];
  });
  if (opening && comment.length > 0) flushFileDoc();
  return out.build(false);
};

/** The braces of a line in order, quotes, comments and parameter expansions (`${x}`) aside. */
const braceSequence = (line: string): string[] =>
  line.replace(/'[^']*'|"(?:[^"\\]|\\.)*"|\$\{[^}]*\}|(?:^|\s)#.*$/gu, '').match(/[{}]/gu) ?? [];

/** Fish's blocks open with function/if/for/while/switch/begin and close with `end`. */
const fishBalance = (line: string): number => {
  const code = line.replace(/'[^']*'|"(?:[^"\\]|\\.)*"|(?:^|\s)#.*$/gu, '');
  let n = 0;
  for (const statement of code.split(/;|\band\b|\bor\b/u)) {
    if (/^\s*(?:function|if|for|while|switch|begin)\b/u.test(statement)) n++;
    if (/^\s*end\b/u.test(statement)) n--;
  }
  return n;
};
