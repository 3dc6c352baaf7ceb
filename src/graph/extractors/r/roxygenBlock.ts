import { capDoc } from '../shared/cleanDoc.ts';

/** What a roxygen (`#'`) block says about the object below it and about the file. */
export interface RoxygenBlock {
  /** Title and description, markup read plain; '' when the block has neither (`#' @rdname x`). */
  doc: string;
  /** `@export` (bare: the object below; with names: those names). */
  exported: boolean;
  exportedNames: string[];
  /** `@include a.r b.r`: files collated before this one. */
  includes: string[];
  /** `@import pkg`, `@importFrom pkg f g`: the packages named. */
  packages: string[];
}

/** Tags whose text is the object's description (the others, `@param`, `@examples`, `@return` …, are dropped with their bodies). */
const DESCRIBING = new Set(['title', 'description']);
const NAME = /^[A-Za-z.][\w.]*$/u;

/**
 * Reads a roxygen block: its untagged opening paragraphs (the first is the title, the next the
 * description; details after them are left out) and `@title`/`@description`; a tag's text runs to the
 * next tag, so an `@examples` body never reads as prose.
 */
export const roxygenBlock = (lines: readonly string[]): RoxygenBlock => {
  const block: RoxygenBlock = { doc: '', exported: false, exportedNames: [], includes: [], packages: [] };
  const intro: string[][] = [[]];
  const described: string[] = [];
  let tag: string | undefined;
  for (const raw of lines) {
    const line = raw.replace(/^\s*#'\s?/u, '');
    const tagged = /^\s*@(\w+)\s*(.*)$/u.exec(line);
    if (tagged) {
      tag = tagged[1] ?? '';
      const rest = (tagged[2] ?? '').trim();
      const words = rest.split(/\s+/u).filter((w) => w !== '');
      if (tag === 'export') {
        block.exported = true;
        block.exportedNames.push(...words.filter((w) => NAME.test(w)));
      } else if (tag === 'include') {
        block.includes.push(...words);
      } else if (tag === 'import') {
        block.packages.push(...words.filter((w) => NAME.test(w)));
      } else if (tag === 'importFrom' && words[0] !== undefined && NAME.test(words[0])) {
        block.packages.push(words[0]);
      } else if (DESCRIBING.has(tag) && rest) {
        described.push(rest);
      }
      continue;
    }
    if (tag === undefined) {
      const last = intro[intro.length - 1] ?? [];
      if (line.trim() === '') {
        if (last.length > 0) intro.push([]);
      } else {
        last.push(line.trim());
      }
    } else if (DESCRIBING.has(tag) && line.trim() !== '') {
      described.push(line.trim());
    }
  }
  const paragraphs = intro.filter((p) => p.length > 0).slice(0, 2).map((p) => p.join(' '));
  block.doc = capDoc(plainRd([...paragraphs, described.join(' ')].filter((p) => p !== '').join('\n\n')).trim());
  return block;
};

/**
 * Rd and roxygen markdown read plain: `\code{\link[=geom_hex]{geom_hex()}}` → `geom_hex()`, `[ggplot()]` →
 * `ggplot()`, `[text](url)` → `text`, `**bold**` → `bold`.
 */
export const plainRd = (text: string): string => {
  let out = text;
  for (let i = 0; i < 4 && /\\[a-zA-Z]+(?:\[[^\]]*\])?\{/u.test(out); i++) {
    out = out.replace(/\\[a-zA-Z]+(?:\[[^\]]*\])?\{([^{}]*)\}/gu, '$1');
  }
  return out
    .replace(/\[([^\]\n]+)\]\([^)\s]+\)/gu, '$1')
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/gu, '$1')
    .replace(/\[([^\]\n]+)\](?!\()/gu, '$1')
    .replace(/\*\*([^*\n]+)\*\*/gu, '$1');
};
