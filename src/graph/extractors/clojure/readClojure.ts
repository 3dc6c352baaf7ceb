/** A form of Clojure source as the reader sees it, with the 1-based line it starts on. */
export type Form =
  | { type: 'list' | 'vector' | 'map' | 'set'; items: Form[]; line: number; meta?: Form[]; dispatch?: '#(' | '#?' | '#?@' }
  /** A string literal: `raw` is the text between the quotes, escapes as written. */
  | { type: 'string'; raw: string; line: number; meta?: Form[] }
  /** A symbol, keyword, number, character (`\a`), regex (`#"…"`) or `##Inf`, as written. */
  | { type: 'token'; text: string; line: number; meta?: Form[] }
  /** A quoted or otherwise prefixed form: `'x`, `` `x ``, `~x`, `~@x`, `@x`, `#'x`, a tagged literal `#inst "…"`. */
  | { type: 'wrapped'; prefix: string; form: Form; line: number; meta?: Form[] };

export interface ClojureComment {
  line: number;
  /** The comment as written, from its first `;`. */
  text: string;
  /** Nothing but white space before it on its line (a trailing `(def x 1) ; note` is not). */
  ownLine: boolean;
}

export interface ClojureText {
  /** The top-level forms in order; `#_` discarded ones left out. */
  forms: Form[];
  /** The `;` comments outside every form. */
  comments: ClojureComment[];
  /** False when a bracket was left open or closed one too many. */
  balanced: boolean;
}

type Coll = Extract<Form, { items: Form[] }>;

/** What waits for the next form read in a collection: a prefix to wrap it in, metadata, a discard. */
type Pending = { kind: 'discard' } | { kind: 'metaKey' } | { kind: 'meta'; value: Form } | { kind: 'wrap'; prefix: string; line: number };

interface Frame {
  coll: Coll;
  close: string;
  pending: Pending[];
}

/** Characters that end a symbol or number (Clojure's whitespace and terminating macro characters). */
const TERMINATOR = new Set([' ', '\t', '\n', '\r', '\f', ',', '"', ';', '@', '^', '`', '~', '(', ')', '[', ']', '{', '}', '\\']);
const OPEN: Record<string, { type: Coll['type']; close: string }> = {
  '(': { type: 'list', close: ')' },
  '[': { type: 'vector', close: ']' },
  '{': { type: 'map', close: '}' },
};

/**
 * Reads Clojure (also ClojureScript, .cljc) into forms, enough to find top-level definitions reliably:
 * strings (which may span lines and hold brackets), character literals (`\(`, `\;`, `\"`, `\newline`),
 * `;` comments, `#_` discards (nested: `#_#_a b`), metadata (`^:private`, `^{:doc "…"}`, `^String`, old
 * `#^`) attached to the form it precedes, reader conditionals `#?(…)`/`#?@(…)`, sets, anonymous functions
 * and tagged literals. No evaluation, no syntax-quote expansion. Iterative, so deeply nested data cannot
 * overflow the stack; an unclosed form is closed at the end of the text.
 */
export const readClojure = (text: string): ClojureText => {
  const root: Coll = { type: 'list', items: [], line: 1 };
  const stack: Frame[] = [{ coll: root, close: '', pending: [] }];
  const comments: ClojureComment[] = [];
  let balanced = true;
  let line = 1;
  let lineStart = 0;
  const top = (): Frame => stack[stack.length - 1] as Frame;

  /** A form is complete: the frame's pending prefixes apply to it, innermost (last) first. */
  const complete = (form: Form): void => {
    const frame = top();
    let f = form;
    // Metadata gathered innermost first and put on the form outermost first, once per form (prepending each
    // item as it came was quadratic in a form's metadata).
    let metas: Form[] = [];
    const attach = (): void => {
      if (metas.length > 0) f.meta = [...metas.reverse(), ...(f.meta ?? [])];
      metas = [];
    };
    for (;;) {
      const p = frame.pending.pop();
      if (p === undefined) break;
      if (p.kind === 'discard') return;
      if (p.kind === 'metaKey') {
        attach();
        frame.pending.push({ kind: 'meta', value: f });
        return;
      }
      if (p.kind === 'meta') metas.push(p.value);
      else {
        attach();
        f = { type: 'wrapped', prefix: p.prefix, form: f, line: p.line };
      }
    }
    attach();
    frame.coll.items.push(f);
  };
  const open = (type: Coll['type'], close: string, dispatch?: Coll['dispatch']): void => {
    const coll: Coll = { type, items: [], line, ...(dispatch ? { dispatch } : {}) };
    stack.push({ coll, close, pending: [] });
  };
  /** The end of a string opened at `at` (its closing quote's offset + 1), lines counted. */
  const stringEnd = (at: number): number => {
    let j = at + 1;
    for (; j < text.length; j++) {
      const c = text[j];
      if (c === '"') return j + 1;
      // An escape takes the next character, which may be a line break.
      if (c === '\\') j++;
      if (text[j] === '\n') {
        line++;
        lineStart = j + 1;
      }
    }
    balanced = false;
    return text.length;
  };
  const tokenEnd = (at: number): number => {
    let j = at;
    while (j < text.length && !TERMINATOR.has(text[j] as string)) j++;
    return j;
  };

  for (let i = 0; i < text.length; ) {
    const c = text[i] as string;
    if (c === '\n') {
      line++;
      lineStart = ++i;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === ',' || c === '\f') {
      i++;
    } else if (c === ';' || (c === '#' && text[i + 1] === '!')) {
      let end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      if (stack.length === 1) comments.push({ line, text: text.slice(i, end).trimEnd(), ownLine: text.slice(lineStart, i).trim() === '' });
      i = end;
    } else if (c === '"') {
      const startLine = line;
      const end = stringEnd(i);
      complete({ type: 'string', raw: text.slice(i + 1, Math.max(i + 1, end - 1)), line: startLine });
      i = end;
    } else if (c === '\\') {
      // A character literal: the character after the backslash whatever it is, then any letters of a name (`\newline`, `\u00e9`).
      const end = tokenEnd(Math.min(text.length, i + 2));
      complete({ type: 'token', text: text.slice(i, end), line });
      i = end;
    } else if (OPEN[c] !== undefined) {
      const o = OPEN[c];
      open(o.type, o.close);
      i++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (stack.length === 1) {
        balanced = false;
      } else {
        const frame = stack.pop() as Frame;
        if (frame.close !== c) balanced = false;
        complete(frame.coll);
      }
      i++;
    } else if (c === '^') {
      top().pending.push({ kind: 'metaKey' });
      i++;
    } else if (c === "'" || c === '`' || c === '@' || c === '~') {
      const prefix = c === '~' && text[i + 1] === '@' ? '~@' : c;
      top().pending.push({ kind: 'wrap', prefix, line });
      i += prefix.length;
    } else if (c === '#') {
      const d = text[i + 1] ?? '';
      if (d === '(') {
        open('list', ')', '#(');
        i += 2;
      } else if (d === '{') {
        open('set', '}');
        i += 2;
      } else if (d === '_') {
        top().pending.push({ kind: 'discard' });
        i += 2;
      } else if (d === '^') {
        top().pending.push({ kind: 'metaKey' });
        i += 2;
      } else if (d === '"') {
        const startLine = line;
        const end = stringEnd(i + 1);
        complete({ type: 'token', text: text.slice(i, end), line: startLine });
        i = end;
      } else if (d === '?') {
        const splice = text[i + 2] === '@';
        const at = i + (splice ? 3 : 2);
        // `#?(` opens a reader conditional; anything else after `#?` is no Clojure: read on as a token.
        let j = at;
        while (text[j] === ' ' || text[j] === '\t') j++;
        if (text[j] === '(') {
          open('list', ')', splice ? '#?@' : '#?');
          i = j + 1;
        } else {
          i = at;
        }
      } else if (d === "'" || d === '=') {
        top().pending.push({ kind: 'wrap', prefix: `#${d}`, line });
        i += 2;
      } else if (d === '#') {
        const end = tokenEnd(i + 2);
        complete({ type: 'token', text: text.slice(i, end), line });
        i = end;
      } else {
        // A tagged literal (`#inst "…"`, `#js {…}`) or a namespaced map (`#:a{…}`, `#::{…}`): the tag wraps the next form.
        const end = Math.max(i + 1, tokenEnd(i + 1));
        top().pending.push({ kind: 'wrap', prefix: text.slice(i, end), line });
        i = end;
      }
    } else {
      const end = Math.max(i + 1, tokenEnd(i));
      complete({ type: 'token', text: text.slice(i, end), line });
      i = end;
    }
  }
  if (stack.length > 1) balanced = false;
  while (stack.length > 1) complete((stack.pop() as Frame).coll);
  return { forms: root.items, comments, balanced };
};

/** The symbol a form is, `^meta` aside; undefined for anything else (a keyword, a number, a collection). */
export const symbolOf = (form: Form | undefined): string | undefined => {
  if (form?.type !== 'token') return undefined;
  const t = form.text;
  return /^[^\d:\\#"][^"]*$/u.test(t) && !/^[+-]\d/u.test(t) && t !== 'nil' && t !== 'true' && t !== 'false' ? t : undefined;
};
