/**
 * Generated-file notices that speak of a part of the file, not all of it: doctoc's "DON'T EDIT THIS
 * SECTION", markdown-magic's "AUTO-GENERATED-CONTENT:START (TOC)", "DO NOT EDIT BELOW", a
 * "BEGIN GENERATED CODE" region in a hand-written file. The rest of the file is written by hand.
 */
const PART = /\b(?:sections?|toc|table of contents|regions?|below|this (?:block|part|function|method|snippet))\b/i;
// BEGIN/START/END mark a part only in capitals: "at the end" in prose is no marker.
const MARKER = /\b(?:BEGIN|START|END)(?:_[A-Z_]+)?\b/;

const isAboutAPart = (line: string): boolean => PART.test(line) || MARKER.test(line);

const globalCopies = new Map<RegExp, RegExp>();

/** Whether `pattern` finds a notice in `text` on a line that does not limit it to a part of the file. */
export const hasFileLevelNotice = (pattern: RegExp, text: string): boolean => {
  let global = globalCopies.get(pattern);
  if (global === undefined) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, global);
  }
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const end = text.indexOf('\n', m.index + m[0].length);
    if (!isAboutAPart(text.slice(start, end < 0 ? text.length : end))) return true;
    if (m[0] === '') global.lastIndex++;
  }
  return false;
};

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
// Knit's `<!--- INCLUDE …`, `<!--- TEST_OUT …`: a directive whose lines are a template for other files.
const DIRECTIVE = /^<!--+[ \t]*[A-Z][A-Z_]{2,}\b/;

const blankLines = (lines: string[], from: number, to: number): void => {
  for (let i = from; i <= to && i < lines.length; i++) lines[i] = '';
};

/**
 * The text of a markdown file in which a generated-file notice speaks of the file itself: code fences
 * (a README showing a generated Go file's header) and HTML comments that are directives or speak of a
 * part are blanked, line for line. kotlinx.coroutines' hand-written guides open with Knit's
 * `<!--- INCLUDE …` template, which holds the notice Knit writes into the example files it generates
 * ("// This file was automatically generated from coroutines-guide.md by Knit tool. Do not edit.").
 */
export const markdownNoticeText = (text: string): string => {
  if (!text.includes('```') && !text.includes('~~~') && !text.includes('<!--')) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      let j = i + 1;
      while (j < lines.length && !(lines[j] ?? '').trimStart().startsWith(fence)) j++;
      blankLines(lines, i, j);
      i = j;
      continue;
    }
    const open = line.indexOf('<!--');
    if (open < 0) continue;
    let j = i;
    while (j < lines.length && !(lines[j] ?? '').includes('-->', j === i ? open : 0)) j++;
    const comment = lines.slice(i, j + 1).join('\n').slice(open);
    if (DIRECTIVE.test(comment) || comment.split('\n').some(isAboutAPart)) blankLines(lines, i, j);
    i = j;
  }
  return lines.join('\n');
};
