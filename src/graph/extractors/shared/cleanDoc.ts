/** Upper bound for one cleaned doc comment; longer docs are cut (they rarely add routing signal). */
export const maxDocChars = 600;

// C# XML doc tags and Javadoc/Doxygen bookkeeping tags carry no meaning for routing.
const xmlDocTag = /<\/?(summary|remarks|returns|param|typeparam|paramref|typeparamref|para|see|seealso|c|code|example|exception|value|inheritdoc|list|item|description|term)\b[^>]*>/g;
const bookkeepingLine = /^[@\\](authors?|since|version|file|date|copyright|license|ingroup|addtogroup|\{|\})(?![\w-])/;

/** Strips comment markers from a raw comment (block, line or Python docstring body) and caps it. */
export const cleanDoc = (raw: string): string => {
  const text = raw.trim();
  let lines: string[];
  if (text.startsWith('/*')) {
    lines = text
      .replace(/^\/\*+!?/, '')
      .replace(/\*+\/$/, '')
      .split('\n')
      .map((line) => line.replace(/^\s*\*+(?!\/) ?/, ''));
  } else {
    lines = text.split('\n').map((line) => line.replace(/^\s*(\/\/[/!]?|#+)\s?/, ''));
  }
  return tidyLines(lines);
};

/** Python docstring: drops quotes and prefixes, then dedents like inspect.cleandoc. */
export const cleanDocstring = (literal: string): string => {
  const body = literal.replace(/^[rRuUbBfF]*("""|'''|"|')/, '').replace(/("""|'''|"|')$/, '');
  const lines = body.split('\n');
  const indents = lines
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.length - line.trimStart().length);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  return tidyLines([lines[0] ?? '', ...lines.slice(1).map((line) => line.slice(indent))]);
};

// A C# cross-reference reads as the name it points to: "by the <see cref="JsonSerializer"/>." had become "by the ."
const xmlReference = /<(?:see|seealso|paramref|typeparamref)\s+(?:cref|name|langword)\s*=\s*"(?:[A-Z]:)?([^"]*)"\s*\/>/g;
const referenceName = (_: string, target: string): string => target.replace(/\(.*$/u, '').split('.').pop() ?? target;

const FILE_TAG = /^\s*@(?:fileoverview|overview|description|summary|file(?=\s+\S+\s+\S))\s+/u;
// Doxygen's `@file tool.c Parses options.`: the file's name goes with the tag.
const DOXYGEN_FILE_NAME = /^(\s*@file\s+)[^\s]*[./][^\s]*\s+(?=\S)/u;

// Doxygen's page and group titles (`@page lib_sidebar Sidebar`, `@defgroup net Networking`, `@mainpage NeoMutt`): the
// title stays, the tag and the page's name go; a reference to another page (`@subpage sidebar_commands`, `@ref
// lib_email`) reads as that name. NeoMutt's libraries state what they are on their `lib.h` page.
const DOXYGEN_PAGE = /^(\s*)[@\\](?:(?:page|defgroup|weakgroup)\s+\S+|mainpage\b)[ \t]*/u;
const DOXYGEN_REFERENCE = /[@\\](?:subpage|ref)\s+(\S+)/gu;

// Most lines hold no tag at all: a cheap character test skips the regexes (a third of extraction time on JSDoc-heavy code).
const tidyLine = (line: string): string => {
  let out = line.includes('<') ? line.replace(xmlReference, referenceName).replace(xmlDocTag, '') : line;
  if (out.includes('brief')) out = out.replace(/^\s*[@\\]brief\s+/, '');
  // JSDoc's file tags introduce the file's description (`@fileoverview Main CLI object.`, ESLint's every file):
  // the description stays, the tag goes. `@file` followed by one word is Doxygen's file name (bookkeeping).
  if (out.includes('@') && FILE_TAG.test(out)) out = out.replace(DOXYGEN_FILE_NAME, '').replace(FILE_TAG, '');
  if (out.includes('page') || out.includes('group') || out.includes('ref')) {
    out = out.replace(DOXYGEN_PAGE, '$1').replace(DOXYGEN_REFERENCE, '$1');
  }
  return out.trimEnd();
};

const isBookkeeping = (line: string): boolean => {
  const text = line.trim();
  const first = text.charCodeAt(0);
  return (first === 0x40 || first === 0x5c) && bookkeepingLine.test(text);
};

const tidyLines = (lines: string[]): string => {
  const kept = lines.map(tidyLine).filter((line) => !isBookkeeping(line));
  const joined = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return capDoc(joined);
};

export const capDoc = (text: string): string =>
  text.length > maxDocChars ? `${text.slice(0, maxDocChars - 1)}…` : text;
