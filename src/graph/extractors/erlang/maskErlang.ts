import { blankText } from '../../../util/blankText.ts';
import { quotedEnd } from '../../../util/quotedEnd.ts';
import { createTwoViewMask } from '../../../util/twoViewMask.ts';

/** Two views of an Erlang text, each as long as it with its newlines in place, so offsets and lines stay true. */
export interface MaskedErlang {
  /** Comments blanked: attributes are read here (their strings name the included files, hold `-doc` text). */
  code: string;
  /** Comments blanked, strings and character literals to a `0`: calls, brackets and form ends are looked for here. */
  bare: string;
}


/**
 * A literal blanked but for a `0` where it starts: still a value, so `greet("hello") ->` and `sep($,) ->` keep
 * their argument when arityAt counts them (they read as `greet/0` when the whole literal was blanked).
 */
const literal = (text: string): string => (text === '' ? '' : `0${blankText(text.slice(1))}`);

/**
 * Blanks what no line-based reader may take for code: a `%` comment, a string (`"…"`, OTP 27's `"""` block),
 * a character literal (`$%`, `$"`, `$\n`: the lexer's own state would otherwise flip). Quoted atoms
 * (`'$handle_undefined_function'`) are names and stay, though they may hold `%` or `"` themselves.
 */
export const maskErlang = (text: string): MaskedErlang => {
  const mask = createTwoViewMask(text);
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 0x25 /* % */) {
      i = mask.lineComment(i);
    } else if (c === 0x22 /* " */) {
      let end: number;
      if (text.startsWith('"""', i)) {
        // A triple-quoted string ends at a line whose first non-blank characters are `"""`.
        const close = /\n[ \t]*"""/gu;
        close.lastIndex = i + 3;
        const m = close.exec(text);
        end = m ? m.index + m[0].length : text.length;
      } else {
        end = quotedEnd(text, i, '"');
      }
      const piece = text.slice(i, end);
      mask.replace(i, end, piece, literal(piece));
      i = end;
    } else if (c === 0x27 /* ' */) {
      i = quotedEnd(text, i, "'");
    } else if (c === 0x24 /* $ */) {
      const end = Math.min(text.length, charLiteralEnd(text, i));
      const blanked = literal(text.slice(i, end));
      mask.replace(i, end, blanked, blanked);
      i = end;
    } else {
      i++;
    }
  }
  return mask.done();
};

/** `$a`, `$\n`, `$\\`, `$\101` (octal), `$\x{1F600}`, `$\^A`. */
const charLiteralEnd = (text: string, at: number): number => {
  if (text[at + 1] !== '\\') return at + 2;
  const next = text[at + 2] ?? '';
  if (next === 'x' && text[at + 3] === '{') {
    const close = text.indexOf('}', at + 4);
    return close < 0 ? at + 4 : close + 1;
  }
  if (next === 'x') return at + 5;
  if (/[0-7]/u.test(next)) {
    let end = at + 3;
    while (end < at + 5 && /[0-7]/u.test(text[end] ?? '')) end++;
    return end;
  }
  if (next === '^') return at + 4;
  return at + 3;
};
