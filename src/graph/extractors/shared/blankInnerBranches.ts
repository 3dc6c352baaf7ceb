/**
 * The `#elif` and `#else` branches of a conditional that sits in a body of code (a function's, an initialiser's: not a
 * namespace's, class's or struct's, whose conditionals around whole declarations the grammar reads), or whose first branch leaves its braces
 * unbalanced, blanked to spaces (rows and columns stay), and the chain's directives with them: the grammar reads every
 * branch as if all were compiled, and a conditional inside a body only where it holds whole statements. libuv's
 * `uv_available_parallelism` (`#ifdef __linux__ … return …; #elif defined(__MVS__) … #elif …` inside its body) and
 * `uv__async_io` (`#if X for (;…) { #else for (;;) { #endif`) were lost, their locals read as the file's variables.
 * The first branch is kept as plain code, so the braces balance as it has them (a one-branch conditional inside braces,
 * or one that leaves them open, loses its directives too: linux.c's table of CPU names ends `#endif ""` mid-string).
 * A conditional at the top level whose first branch is balanced is left as written: the grammar reads those well, and
 * each branch may declare something of its own (`#ifdef _WIN32 … #else … #endif` around whole functions).
 */
export const blankInnerBranches = (text: string): string => {
  if (!/^[ \t]*#[ \t]*if/mu.test(text)) return text;
  const lines = text.split('\n');
  /** Each open conditional: the brace depth where it began, whether inside a body of code, and the row of its `#if`. */
  const frames: { depth: number; code: boolean; row: number; zero?: boolean; rows: number[] }[] = [];
  /** The open braces, each true for a body of code (a function's, an initialiser), false for a scope of declarations. */
  const scopes: boolean[] = [];
  let previous = '';
  /** The frame whose later branches are being blanked (its index in frames), if any. */
  let blanking: number | undefined;
  let inComment = false;
  let continued = false;
  let changed = false;
  const blank = (row: number): void => {
    const line = lines[row] ?? '';
    if (/\S/u.test(line)) {
      lines[row] = line.replace(/[^\s]/gu, ' ');
      changed = true;
    }
  };
  /** A directive with the rows it runs on over: `\` continuations, a comment it opens (`#endif /* !(defined(__sun) ||`). */
  const blankDirective = (row: number): void => {
    let comment = false;
    for (let r = row; r < lines.length; r++) {
      const line = lines[r] ?? '';
      comment = commentRunsOn(line, comment);
      blank(r);
      if (!comment && !/\\\r?$/u.test(line)) return;
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const wasContinued = continued;
    continued = /\\\r?$/u.test(line);
    const directive = !wasContinued && !inComment ? /^[ \t]*#[ \t]*(if|ifdef|ifndef|elif|elifdef|elifndef|else|endif)\b/u.exec(line)?.[1] : undefined;
    if (directive !== undefined) {
      const top = frames.length - 1;
      const frame = frames[top];
      if (directive.startsWith('if')) {
        // `#if 0` is code nobody compiles: its branch goes, and an `#else` after it is the one read
        const zero = blanking === undefined && /^[ \t]*#[ \t]*if[ \t]+0[ \t]*(?:\/[/*].*)?\r?$/u.test(line);
        frames.push({ depth: scopes.length, code: scopes.at(-1) === true, row: i, rows: [], ...(zero ? { zero } : {}) });
        if (zero) {
          blanking = frames.length - 1;
          blankDirective(i);
          continue;
        }
      } else if (directive === 'endif') {
        frames.pop();
        if (blanking !== undefined && top === blanking) {
          blanking = undefined;
          blankDirective(i);
          continue;
        }
        // a lone branch inside braces (`#ifdef __aarch64__` · `"0x811\nARM810\n"` · `#endif` in the middle of a string),
        // or one that leaves them open (`#if X` · `for (;;) {` · `#endif`), is plain code too, with every directive of
        // its chain (an `#else` left alone would read as a stray line)
        if (blanking === undefined && frame !== undefined && (frame.code || frame.zero === false || scopes.length !== frame.depth)) {
          blankDirective(frame.row);
          for (const row of frame.rows) blankDirective(row);
          blankDirective(i);
          continue;
        }
      } else if (blanking !== undefined && top === blanking && frame?.zero === true) {
        // the branch after `#if 0`: read as plain code from here
        frame.zero = false;
        blanking = undefined;
        blankDirective(i);
        continue;
      } else if (blanking === undefined && frame !== undefined && (frame.code || scopes.length !== frame.depth)) {
        blanking = top;
        blankDirective(frame.row);
        for (const row of frame.rows) blankDirective(row);
      } else if (blanking === undefined && frame !== undefined) frame.rows.push(i);
    }
    if (blanking !== undefined) {
      blank(i);
      inComment = commentRunsOn(line, inComment);
      continue;
    }
    // any directive, a macro's body over `\` continuations too (`#define CHECK_ERR(err, msg) { \`), opens no block
    if (directive !== undefined || wasContinued || (!inComment && /^[ \t]*#/u.test(line))) {
      inComment = commentRunsOn(line, inComment);
      continue;
    }
    // (`extern "C" {` and its `}`, each under `#ifdef __cplusplus`, are read by the grammar as they are: counted, a
    // header's `}` would close nothing and its `{` would leave every declaration inside a block)
    if (EXTERN_C.test(line)) continue;
    inComment = countBraces(line, scopes, inComment, previous);
    if (/\S/u.test(line) && !/^\s*(?:\/\/|\/\*|\*)/u.test(line)) previous = line;
  }
  return changed ? lines.join('\n') : text;
};

/** Whether a comment runs on past this line (its braces counted for nothing). */
const commentRunsOn = (line: string, inComment: boolean): boolean => countBraces(line, [], inComment, '');

const EXTERN_C = /^\s*extern\s+"C(?:\+\+)?"\s*\{\s*(?:\/\/.*|\/\*.*)?$/u;

/** Attributes and alignment a declaration's head may hold between its keyword and its name. */
const ATTRIBUTES = /__declspec\s*\([^()]*\)|alignas\s*\([^()]*\)|__attribute__\s*\(\([^]*?\)\)|\[\[[^\]]*\]\]/gu;

/** What a scope of declarations opens with: a namespace, a class, struct, union or enum, `extern "C"`. */
const DECLARATION_SCOPE = /(?:^|[\s;:>])(?:namespace|class|struct|union|enum)\b[^;(){}=]*$|\bextern\s+"C(?:\+\+)?"\s*$/u;

/**
 * One line of code's braces pushed on or popped off `scopes` (comments, strings and character literals aside), each
 * opened after a namespace's, class's or struct's head a scope of declarations, else a body of code; the head is the
 * line's text before the brace, or the line above when the brace opens its line. Returns whether a comment runs on.
 */
const countBraces = (line: string, scopes: boolean[], inComment: boolean, previous: string): boolean => {
  let comment = inComment;
  for (let j = 0; j < line.length; j++) {
    const c = line[j];
    if (comment) {
      if (c === '*' && line[j + 1] === '/') {
        comment = false;
        j++;
      }
      continue;
    }
    if (c === '/' && line[j + 1] === '/') break;
    if (c === '/' && line[j + 1] === '*') {
      comment = true;
      j++;
    } else if (c === "'" && /\d/u.test(line[j - 1] ?? '') && /[\dA-Fa-f]/u.test(line[j + 1] ?? '')) {
      // C++14's digit separator (`10'000`), no character literal
    } else if (c === '"' || c === "'") {
      // to the closing quote on this line (an unclosed one ends the line: a stray apostrophe in a macro)
      let k = j + 1;
      while (k < line.length && line[k] !== c) k += line[k] === '\\' ? 2 : 1;
      j = k;
    } else if (c === '{') {
      const head = line.slice(0, j).replace(/\/\*.*?\*\//gu, '');
      // (a head over two lines: `class Foo` · `    : public Bar {`; attributes and alignment aside: `class __declspec(dllexport) Foo {`)
      const before = previous.replace(/\/\/.*$/u, '');
      const text = head.trim() === '' ? before : /^\s*[:,]/u.test(head) ? `${before} ${head}` : head;
      scopes.push(!DECLARATION_SCOPE.test(text.replace(ATTRIBUTES, ' ').trimEnd()));
    } else if (c === '}') scopes.pop();
  }
  return comment;
};
