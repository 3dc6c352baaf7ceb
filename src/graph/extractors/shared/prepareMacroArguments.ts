/**
 * What C and C++ code hands to macros that the grammar cannot read as a call, made readable before parsing
 * (every change keeps the text's length and line breaks, so positions stay true):
 *
 * - a type as an argument (`talloc_zero(ctx, struct priv)`, `container_of(p, struct node, link)`,
 *   `talloc(parent, FILE *)`): the `struct`/`union`/`enum` keyword and the stars are blanked, leaving a name;
 * - in C, a braced list as an argument (`OPT_CHOICE(opts.mode, {"auto", 0}, {"none", 1})`): its braces read as
 *   parentheses (not a GNU statement expression `({ …; })`, not a compound literal `(T){…}`; C++ has braced
 *   arguments: `setText({})`);
 * - a macro with arguments after a declaration's parameter list (`void mp_msg(…, ...)` ⏎ `MP_PRINTF_ATTRIBUTE(3, 4);`);
 * - a calling convention between a return type and a function's name (`UINT WINAPI GetTempFileNameW(…)`,
 *   `EGLImageKHR (EGLAPIENTRY *CreateImageKHR)(…)`);
 * - a loop macro (`TAILQ_FOREACH(wp, &w->panes, entry) {`, `list_for_each_entry(e, &head, node) {`): read as `while`;
 * - an attribute macro in a system's reserved spelling before a declaration (`__unused struct client *c`, `static
 *   __dead void`), blanked (the grammar knows `__attribute__`, `__declspec`, `__inline` and their kin, not these).
 *
 * mpv's C had errors in 222 of 582 files, each of these in dozens; a file with errors may lose the
 * declarations around them.
 */
export const prepareMacroArguments = (text: string, dialect: 'c' | 'cpp'): string => {
  if (!text.includes('(')) return text;
  const code = codeMask(text);
  const chars = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
  };
  const inCode = (offset: number) => code[offset] === 1;
  for (const m of text.matchAll(TYPE_ARGUMENT)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    if (!inCode(at)) continue;
    const keyword = m[2] ?? '';
    if (keyword !== '') blank(at, at + keyword.length);
    // (the stars after `struct name`, or after a bare name)
    const stars = keyword !== '' ? (m[4] ?? '') : (m[6] ?? '');
    if (stars !== '') {
      const starsAt = at + (keyword !== '' ? keyword.length + (m[3]?.length ?? 0) : (m[5]?.length ?? 0));
      blank(starsAt, starsAt + stars.length);
    }
  }
  for (const m of text.matchAll(ATTRIBUTE_CALL)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    if (inCode(at) && closesDeclarator(text, code, m.index ?? 0)) blank(at, at + (m[2]?.length ?? 0));
  }
  for (const m of text.matchAll(CALLING_CONVENTION)) {
    const at = (m.index ?? 0) + (m[1] ?? m[3] ?? m[5] ?? '').length;
    if (inCode(at)) blank(at, at + (m[2] ?? m[4] ?? m[6] ?? '').length);
  }
  for (const m of text.matchAll(LOOP_MACRO)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    if (!inCode(at)) continue;
    // (the name's first five characters become `while`, the rest blanks: every loop macro's name is longer)
    blank(at, at + (m[2]?.length ?? 0));
    chars.splice(at, 5, ...'while');
  }
  for (const m of text.matchAll(RESERVED_ATTRIBUTE)) {
    const at = m.index ?? 0;
    if (inCode(at) && !GRAMMAR_RESERVED.has(m[1] ?? '')) blank(at, at + (m[1]?.length ?? 0));
  }
  if (dialect === 'c') bracesAsParentheses(text, code, chars);
  return chars.join('');
};

// (after a call's `(` or a `,`: the keyword and name, or a name and stars, and the argument ends there)
const TYPE_ARGUMENT = /((?:\b\w\s*\(|,)\s*)(?:(struct|union|enum)(\s+[A-Za-z_]\w*[ \t]*)(\*[ \t*]*)?|([A-Za-z_]\w*[ \t]*)(\*[ \t*]*))(?=[,)])/gu;
// (`)` of a parameter list, then a macro in capitals with an underscore and its arguments, then `;` or `{`)
const ATTRIBUTE_CALL = /(\)[ \t]*\r?\n?[ \t]*)([A-Z][A-Z0-9]*_[A-Z0-9_]*\([^()\n;{}]*(?:\([^()\n;{}]*\)[^()\n;{}]*)*\))(?=[ \t]*\r?\n?[ \t]*[;{])/gu;
// (a convention by its name's ending (`WINAPI`, `APIENTRY`, `CALLBACK`, `JNICALL`, `ZEXPORT`, `STDMETHODCALLTYPE`) or
// Microsoft's keyword (`__stdcall`): after a return type's name (not a qualifier's: `const VSAPI *vsapi` is a type)
// and before the function's name and `(`; or `(CONVENTION *name)`; or first on a line, before a type and a name
// (`WINBASEAPI UINT WINAPI GetTempFileNameW(…)`))
const CONVENTION = '[A-Z][A-Z0-9_]*(?:API|APIENTRY|APIENTRYP|ENTRY|CALL|CALLBACK|CALLCONV|CALLTYPE|EXPORT|EXPORTVA|STDCALL|CDECL|PASCAL)|__(?:stdcall|cdecl|fastcall|thiscall|vectorcall)';
const CALLING_CONVENTION = new RegExp(
  `(\\b(?!(?:const|volatile|struct|union|enum|signed|unsigned|return|sizeof|typedef)\\b)[A-Za-z_]\\w*[ \\t*]*[ \\t])(${CONVENTION})(?=[ \\t]+[A-Za-z_]\\w*[ \\t]*\\()` +
    `|(\\([ \\t]*)(${CONVENTION})(?=[ \\t]+\\*[ \\t]*[A-Za-z_]\\w*[ \\t]*\\))` +
    `|(^[ \\t]*(?:(?:static|extern|inline)[ \\t]+)*)(${CONVENTION})(?=[ \\t]+[A-Za-z_]\\w*[ \\t*]+[A-Za-z_])`,
  'gmu',
);

// (a statement's first word naming a loop, its arguments on one line, then the loop's `{`)
const LOOP_MACRO = /(^[ \t]*)([A-Za-z_]\w*(?:FOREACH|[Ff]oreach|for_each|FOR_EACH)\w*)(?=[ \t]*\([^;\n]*\)[ \t]*(?:\r?\n[ \t]*)?\{)/gmu;
// (a lower-case `__name` before a type or another word of a declaration)
const RESERVED_ATTRIBUTE = /(?<![\w.>])(__[a-z][a-z0-9_]*[a-z0-9])(?=[ \t]+[A-Za-z_])/gu;
const GRAMMAR_RESERVED = new Set([
  '__attribute__', '__attribute', '__declspec', '__inline', '__inline__', '__forceinline', '__restrict', '__restrict__',
  '__extension__', '__asm__', '__asm', '__volatile__', '__volatile', '__const', '__const__', '__signed__', '__thread',
  '__int8', '__int16', '__int32', '__int64', '__int128', '__typeof__', '__typeof', '__based', '__unaligned', '__ptr32',
  '__ptr64', '__stdcall', '__cdecl', '__fastcall', '__thiscall', '__vectorcall', '__clrcall', '__try', '__except',
  '__finally', '__leave', '__alignof__', '__alignof', '__builtin_va_list', '__label__', '__auto_type', '__complex__',
  '__real__', '__imag__', '__noreturn', '__near', '__far',
]);

/** 1 where a character is code, 0 in comments, strings, character literals and preprocessor directives. */
const codeMask = (text: string): Uint8Array => {
  const mask = new Uint8Array(text.length);
  let i = 0;
  let lineStart = true;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '\n') lineStart = true;
    else if (lineStart && c === '#') {
      // (a directive runs to the end of its line and of every line its backslashes continue)
      while (i < text.length && !(text[i] === '\n' && text[i - 1] !== '\\' && !(text[i - 1] === '\r' && text[i - 2] === '\\'))) i++;
      continue;
    } else if (c !== ' ' && c !== '\t' && c !== '\r') lineStart = false;
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else {
      mask[i] = 1;
      i++;
    }
  }
  return mask;
};

/** `{`…`}` opened right after a call's `(` or a `,` inside one, holding no `;` or `{`: read as `(`…`)`. */
const bracesAsParentheses = (text: string, code: Uint8Array, chars: string[]): void => {
  if (!text.includes('{')) return;
  const stack: number[] = [];
  let previous = '';
  for (let i = 0; i < text.length; i++) {
    if (code[i] !== 1) continue;
    const c = text[i] ?? '';
    if (c === '(' || c === '[') stack.push(i);
    else if (c === ')' || c === ']') stack.pop();
    else if (c === '{') {
      const open = stack[stack.length - 1];
      if (open !== undefined && text[open] === '(' && (previous === ',' || (previous === '(' && /\w\s*$/u.test(text.slice(Math.max(0, open - 40), open))))) {
        const close = matchingBrace(text, code, i);
        if (close !== undefined) {
          chars[i] = '(';
          chars[close] = ')';
        }
      }
    }
    if (!/\s/u.test(c)) previous = c;
  }
};

/** Whether the `)` at `close` ends a parameter list: the name before its `(` is no keyword (`if (x) FOO(y);` is a call). */
const closesDeclarator = (text: string, code: Uint8Array, close: number): boolean => {
  let depth = 0;
  for (let i = close; i >= 0 && i > close - 4000; i--) {
    if (code[i] !== 1) continue;
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) {
      const name = /([A-Za-z_]\w*)\s*$/u.exec(text.slice(Math.max(0, i - 80), i))?.[1];
      return name !== undefined && !CONTROL.has(name);
    }
  }
  return false;
};
const CONTROL = new Set(['if', 'while', 'for', 'switch', 'return', 'sizeof', 'alignof', 'decltype', 'catch', 'defined']);

const matchingBrace = (text: string, code: Uint8Array, open: number): number | undefined => {
  for (let i = open + 1; i < text.length && i < open + 2000; i++) {
    if (code[i] !== 1) continue;
    const c = text[i];
    if (c === '}') return i;
    if (c === '{' || c === ';') return undefined;
  }
  return undefined;
};
