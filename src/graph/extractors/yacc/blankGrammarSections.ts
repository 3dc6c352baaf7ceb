/**
 * A yacc/bison grammar or a lex/flex scanner as the C it holds: the code blocks of its definitions section (`%{ … %}`,
 * bison's `%code { … }`, flex's `%top{ … }`) and everything after the second `%%` (the functions the parser calls and
 * exports: tmux's `cmd-parse.y` ends with `cmd_parse_from_file` and twenty more), with the grammar's declarations
 * and rules blanked: their `$$ = $1;` actions and `%token` lines are no C a parser reads. Blanked characters become
 * spaces, so offsets and line numbers stay those of the file.
 */
export const blankGrammarSections = (text: string): string => {
  const out = text.split('');
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  const separators = [...text.matchAll(/^%%[ \t]*\r?$/gmu)].map((m) => m.index);
  // (no `%%`: not a grammar; read as it is)
  if (separators.length === 0) return text;
  const rulesStart = separators[0] as number;
  const rulesEnd = separators[1] ?? text.length;
  keepCodeBlocks(text, 0, rulesStart, blank);
  blank(rulesStart, Math.min(text.length, rulesEnd + (separators[1] === undefined ? 0 : 2)));
  return out.join('');
};

/** In `[from, to)`, blanks all but the insides of `%{ … %}`, `%code … { … }` and `%top { … }` blocks. */
const keepCodeBlocks = (text: string, from: number, to: number, blank: (from: number, to: number) => void): void => {
  let at = from;
  const open = /^%\{[ \t]*\r?$|^%(?:code|top)\b[^{\n]*\{/gmu;
  open.lastIndex = from;
  for (let m = open.exec(text); m !== null && m.index < to; m = open.exec(text)) {
    const percent = m[0].startsWith('%{');
    const inside = m.index + m[0].length;
    // what came before the block, and its opening marker
    blank(at, inside);
    const close = percent ? closeOfPercentBrace(text, inside, to) : closeOfBrace(text, inside, to);
    at = Math.min(to, close + (percent ? 2 : 1));
    blank(close, at);
    open.lastIndex = at;
  }
  blank(at, to);
};

/** Where the `%}` line that closes a `%{` block starts (or `to`). */
const closeOfPercentBrace = (text: string, from: number, to: number): number => {
  const close = /^%\}/gmu;
  close.lastIndex = from;
  const m = close.exec(text);
  return m === null || m.index > to ? to : m.index;
};

/** Where the `}` that closes a brace opened just before `from` is, strings and comments skipped (or `to`). */
const closeOfBrace = (text: string, from: number, to: number): number => {
  let depth = 1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < to && text[i] !== c && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? to : end + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? to : end;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return to;
};
