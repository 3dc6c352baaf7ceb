import { maskErlang } from '../extractors/erlang/maskErlang.ts';
import { maskRust } from '../extractors/rust/maskRust.ts';
import { blankText } from '../../util/blankText.ts';

/** A part of a file's text, by offsets: `[start, end)`. */
export interface TextRegion {
  start: number;
  end: number;
}

/**
 * Unit tests that live inside a source file: EUnit's `-ifdef(TEST). … -endif.` (or `EUNIT`) in an `.erl`,
 * Rust's `#[cfg(test)] mod tests { … }`. They are no code of the module: in lager's src/*.erl they are
 * 2,800 of 9,000 lines (file_backend is 60% tests), and their words (`Directory With Spaces`,
 * `permission`) made modules the answer to requests about other ones. Tests in files of their own are
 * kept out by isTestFile.ts; these are found by reading the text.
 */
export const inlineTestRegions = (path: string, text: string): TextRegion[] => {
  if (/\.[eh]rl$/u.test(path)) return /\b(?:TEST|EUNIT)\b/u.test(text) ? erlangTestRegions(maskErlang(text).bare) : [];
  if (path.endsWith('.rs')) return /\bcfg\s*\(/u.test(text) ? rustTestRegions(maskRust(text)) : [];
  return [];
};

/** The text with its inline tests blanked, newlines kept: line numbers and every other offset stay true. */
export const blankInlineTests = (path: string, text: string): string => blankRegions(text, inlineTestRegions(path, text));

/** The text with these regions (ascending, apart) blanked but for their newlines. */
export const blankRegions = (text: string, regions: readonly TextRegion[]): string => {
  if (regions.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of regions) {
    parts.push(text.slice(at, start), blankText(text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
};

const ERLANG_DIRECTIVE = /^[ \t]*-[ \t]*(ifdef|ifndef|if|elif|else|endif)\b[ \t]*(?:\([ \t]*'?(\w+)'?[ \t]*\))?/u;
const TEST_MACROS = new Set(['TEST', 'EUNIT']);

/**
 * Lines from `-ifdef(TEST).` to its own `-endif.` (or `-else.`/`-elif`, whose code runs without tests), and
 * the `-else.` part of an `-ifndef(TEST).`; conditionals nest. `bare` has comments and strings blanked
 * (maskErlang), so a directive in either is none. An unclosed one runs to the end of the file.
 */
export const erlangTestRegions = (bare: string): TextRegion[] => {
  const regions: TextRegion[] = [];
  // One entry per open conditional: whether it tests TEST/EUNIT being defined (true) or undefined (false).
  const stack: Array<boolean | undefined> = [];
  let open: { start: number; depth: number } | undefined;
  const close = (end: number) => {
    if (open) regions.push({ start: open.start, end });
    open = undefined;
  };
  for (let lineStart = 0; lineStart < bare.length; ) {
    const newline = bare.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? bare.length : newline;
    const m = ERLANG_DIRECTIVE.exec(bare.slice(lineStart, lineEnd));
    if (m) {
      const [, directive, macro] = m;
      const onTest = macro !== undefined && TEST_MACROS.has(macro);
      if (directive === 'ifdef' || directive === 'ifndef' || directive === 'if') {
        stack.push(directive === 'if' || !onTest ? undefined : directive === 'ifdef');
        if (!open && stack.at(-1) === true) open = { start: lineStart, depth: stack.length };
      } else if (directive === 'endif') {
        if (open?.depth === stack.length) close(lineEnd);
        stack.pop();
      } else if (stack.length > 0) {
        // -else/-elif: the test branch of this conditional ends, or (after -ifndef(TEST)) -else begins it.
        if (open?.depth === stack.length) close(lineEnd);
        else if (!open && directive === 'else' && stack.at(-1) === false) open = { start: lineStart, depth: stack.length };
      }
    }
    lineStart = lineEnd + 1;
  }
  close(bare.length);
  return regions;
};

/**
 * `#[cfg(test)]` (or `#[cfg(all(test, …))]`), other attributes after it, then `mod name {` to its closing
 * brace. `masked` has comments, strings and character literals blanked (maskRust), so braces in them
 * count for nothing. A test module in a file of its own (`mod tests;`) is no region of this one.
 */
export const rustTestRegions = (masked: string): TextRegion[] => {
  const regions: TextRegion[] = [];
  const cfg = /#\s*\[\s*cfg\s*\(/gu;
  const attribute = /\s*#\s*\[/uy;
  const head = /\s*(?:pub\s*(?:\([^)]*\))?\s+)?mod\s+(?:r#)?[A-Za-z_]\w*\s*\{/uy;
  let matches: Int32Array | undefined;
  const closingOf = (text: string, open: number): number => (matches ??= bracketMatches(text))[open] ?? -1;
  for (let m = cfg.exec(masked); m; m = cfg.exec(masked)) {
    const start = m.index;
    const attributeEnd = closingOf(masked, start + m[0].indexOf('['));
    if (attributeEnd < 0 || !isTestCfg(masked.slice(start, attributeEnd + 1))) continue;
    let at = attributeEnd + 1;
    // More attributes may sit between the cfg and the module (`#[allow(clippy::…)]`).
    for (attribute.lastIndex = at; attribute.test(masked); attribute.lastIndex = at) {
      const end = closingOf(masked, attribute.lastIndex - 1);
      if (end < 0) break;
      at = end + 1;
    }
    head.lastIndex = at;
    if (!head.test(masked)) continue;
    // No closing brace: the masking went wrong somewhere (or the file is cut); blank nothing rather than the rest.
    const close = closingOf(masked, head.lastIndex - 1);
    if (close < 0) continue;
    regions.push({ start, end: close + 1 });
    cfg.lastIndex = close + 1;
  }
  return regions;
};

/** Whether a Rust attribute compiles its item for tests only: `#[cfg(test)]`, `#[cfg(all(test, not(loom)))]` (not `any(test, …)`, not `not(test)`). */
export const isTestCfg = (attribute: string): boolean => {
  const predicate = /^#\s*\[\s*cfg\s*\(([\s\S]*)\)\s*\]$/u.exec(attribute.trim())?.[1]?.trim();
  if (predicate === undefined) return false;
  if (predicate === 'test') return true;
  const all = /^all\s*\(([\s\S]*)\)$/u.exec(predicate)?.[1];
  return all !== undefined && topLevelArguments(all).includes('test');
};

/** The comma-separated arguments of a cfg list, nested lists kept whole. */
const topLevelArguments = (list: string): string[] => {
  const args: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === undefined || (c === ',' && depth === 0)) {
      args.push(list.slice(from, i).trim());
      from = i + 1;
    }
  }
  return args;
};

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * For every opening bracket, the offset of the one that closes it (brackets of all kinds nest), -1 when none does,
 * in one pass: a closer of the wrong kind leaves every bracket still open unclosed, as a scan from any of them would
 * find. Scanning from each `#[cfg(` instead was quadratic: 100k lines of unclosed `#[cfg(` had not finished in 7 minutes.
 */
const bracketMatches = (text: string): Int32Array => {
  const matches = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (PAIRS[c] !== undefined) stack.push(i);
    else if (c === ')' || c === ']' || c === '}') {
      const open = stack.pop();
      if (open !== undefined && PAIRS[text[open] ?? ''] === c) matches[open] = i;
      else stack.length = 0;
    }
  }
  return matches;
};
