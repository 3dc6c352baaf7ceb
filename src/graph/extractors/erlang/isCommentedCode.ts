/** An attribute: `-spec f(…) -> …`, `-export([f/1]).`, `-define(X, 1).` (no space after the dash: `- item (x)` is a list). */
const ATTRIBUTE = /^-(?:[a-z_]+\s*\(|(?:spec|type|opaque|callback)\s+[a-z'])/u;
/** A clause head: `foo(X) ->`, `foo(X) when is_list(X) ->`, and a case clause's `true ->`. */
const CLAUSE = /->$/u;
/** How a statement opens: a call (`lists:map(`, `?LOG(`), a binding (`S = …`), a term (`{ok, S};`, `[H|T].`, `<<…>>`, `#rec{`). */
const STATEMENT_START = /^(?:[a-z][\w@]*(?::[a-z][\w@]*)?\s*\(|\?[A-Za-z_]\w*|[A-Z_][\w@]*\s*=[^=<>:/]|[[{#]|<<)/u;
/** Two words in a row, as prose has and a statement does not (`{ok, Pid} is returned.`, `see lists:map/2.`). */
const PROSE = /\b[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}/u; // anchored: unanchored, a 40k-letter word backtracked from every letter

/**
 * Whether a comment line (its `%` markers removed) is commented-out code rather than words:
 * `-spec trace_filter(Module :: atom(), …) -> …` above lager_util's trace_filter/2 made its doc, and
 * `%foo(X) ->` / `%    [chars(C, N)|Tail].` blocks described nothing. A line is code when it is an
 * attribute, ends with a clause's `->`, or opens and ends like a statement (`.`, `,`, `;`) with no two
 * words in a row outside its strings. io_lib_format's `%% term(TermList, Field, …)` signature lines stay.
 */
export const isCommentedCode = (line: string): boolean => {
  const text = line.trim();
  if (ATTRIBUTE.test(text) || CLAUSE.test(text)) return true;
  return /[.,;]$/u.test(text) && STATEMENT_START.test(text) && !PROSE.test(text.replace(/"(?:[^"\\]|\\.)*"/gu, '""'));
};
