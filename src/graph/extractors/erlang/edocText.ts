import { capDoc } from '../shared/cleanDoc.ts';
import { isBoilerplateComment } from '../shared/isBoilerplateComment.ts';
import { isCommentedCode } from './isCommentedCode.ts';

/** A comment line without its `%` markers (`%%% `, `%% `, `% `). */
export const uncomment = (line: string): string => line.replace(/^\s*%+\s?/u, '').trimEnd();

/** A rule or box line: `%%----`, `%%%%%%%%`, `%% ===== %%`. */
const RULE = /^[\s\-=*#~_+%.]*$/u;

/**
 * EDoc markup read as plain text: `` `name' `` and ` ``code'' ` quote code, `{@link rebar_utils:sh/2}` and
 * `{@link mod. the text}` name a target, `{@module}` the module; HTML tags and entities go.
 */
export const plainEdoc = (text: string, module = ''): string =>
  text
    .replace(/\{@link\s+[^}.]*?\.\s+([^}]*)\}/gu, '$1')
    .replace(/\{@link\s+([^}]*)\}/gu, '$1')
    .replace(/\{@module\}/gu, module)
    .replace(/\{@[a-z]+\s*([^}]*)\}/gu, '$1')
    .replace(/``([^`']*)''/gu, '$1')
    .replace(/`([^`'\n]*)'/gu, '$1')
    .replace(/`([^`\n]*)`/gu, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');

/** Joins prose lines, keeping paragraph breaks; rules dropped. */
export const joinProse = (lines: string[]): string =>
  lines
    .filter((l) => l.trim() === '' || !RULE.test(l))
    .join('\n')
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();

/**
 * The `@doc` text of a comment block (its lines as written, markers on): from `@doc` to the next tag
 * (`@end`, `@spec`, `@private` …) or the end of the block, commented-out code left out (an example in
 * `<pre>` stays). '' when the block has no `@doc`.
 */
export const edocOf = (block: string[], module = ''): string => {
  const lines = block.map(uncomment);
  const at = lines.findIndex((l) => /^\s*@doc\b/u.test(l));
  if (at < 0) return '';
  const text: string[] = [(lines[at] ?? '').replace(/^\s*@doc\b\s*/u, '')];
  let inPre = /<pre>/iu.test(text[0] ?? '') && !/<\/pre>/iu.test(text[0] ?? '');
  for (const line of lines.slice(at + 1)) {
    if (/^\s*@[a-z]+\b/u.test(line)) break;
    if (!inPre && isCommentedCode(line)) continue;
    if (/<pre>/iu.test(line)) inPre = true;
    if (/<\/pre>/iu.test(line)) inPre = false;
    text.push(line);
  }
  return capDoc(plainEdoc(joinProse(text), module));
};

/** Editor settings (`%% -*- mode: erlang -*-`, `%% ex: ts=4 sw=4 et`, `%% vim: …`), an escript's `%%! -smp` flags, bookkeeping lines. */
const NOT_PROSE = /-\*-|^\s*(?:ex|vim?)\s*:|^!|^\s*@?(?:author|created|maintainer|copyright|version|since)\b/iu;

/** A note to self (`%% @todo To enable WebTransport…`), which cowboy_webtransport's card had read from its second paragraph on. */
const NOTE_TAG = /^\s*@(?:todo|fixme|xxx|hack)\b/iu;

/**
 * The prose of a plain comment block: its paragraphs (split at blank and rule lines) minus editor
 * settings, EDoc tag lines, commented-out code and `Author:` lines; `Purpose : …` loses its label. A block holding a licence is
 * a licence header, all of it ('' back): rebar's files open with one block of "rebar: Erlang Build Tools",
 * a copyright line and the MIT text, whose last paragraph no licence pattern knows.
 */
export const commentProse = (block: string[], module = ''): string => {
  if (isBoilerplateComment(block.map(uncomment).join('\n'))) return '';
  const paragraphs: string[][] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 0) paragraphs.push(current);
    current = [];
  };
  /** Inside an `@todo`/`@fixme` note: EDoc runs a tag's text to the next tag, so all of it is the note's. */
  let inNote = false;
  for (const raw of block) {
    const line = uncomment(raw);
    const tagged = /^\s*@[a-z]+\b/u.test(line);
    if (tagged) inNote = NOTE_TAG.test(line);
    if (inNote) {
      close();
      continue;
    }
    // Commented-out code (`%-spec …`, `%foo(X) ->`) ends a paragraph and is no part of one.
    if (line.trim() === '' || RULE.test(line) || isCommentedCode(line)) close();
    else if (!NOT_PROSE.test(line) && !tagged) current.push(line.replace(/^\s*(?:Purpose|Description|Summary)\s*:\s*/iu, '').trim());
  }
  close();
  const kept = paragraphs.map((p) => p.join(' '));
  return capDoc(plainEdoc(kept.join('\n\n'), module));
};
