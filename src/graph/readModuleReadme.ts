import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { takeStamp, type Stamp } from './fsStamps.ts';
import { ownValue } from '../util/ownValue.ts';

const MAX_README = 4000;
/** How much of a folder above a module is searched for a line that describes the module's folder. */
const MAX_PARENT_README = 65_536;
/**
 * Bump when the same folder would give another README (1: README.md before README.rst, README.txt and README;
 * 2: Dokka's `Module.md` where there is no README; 3: a folder without one is described by the line of a README
 * above it that names the folder; 4: named whole, before a colon or a spaced dash, a table row's text in words).
 */
export const README_RULES_VERSION = 4;
const README = /^(?:readme(\.(md|markdown|txt|rst))?|module\.md)$/i;

const RANK: Readonly<Record<string, number>> = { md: 0, markdown: 0, rst: 1, txt: 2, '': 3 };
// Kotlin's Dokka reads a module's documentation from `Module.md` ("# Module okhttp / An HTTP+HTTP/2 client for
// Android and Java applications."): okhttp's core module had no README, and no description.
const readmeRank = (name: string): number => (/^module\.md$/iu.test(name) ? 5 : ownValue(RANK, /\.(\w+)$/u.exec(name)?.[1]?.toLowerCase() ?? '') ?? 4);

/** The README of a folder, by the rank above, read up to `max` characters (stamped in `reads`). */
const readFolderReadme = (root: string, dir: string, max: number, reads?: Stamp[]): string | undefined => {
  try {
    const abs = join(root, dir);
    reads?.push(takeStamp(root, dir, true));
    // Markdown first, then reStructuredText, then plain text: OpenSSH's `README` points at the release notes while
    // its `README.md` describes the project, and a listing's order is the file system's.
    const name = readdirSync(abs)
      .filter((n) => README.test(n))
      .sort((a, b) => readmeRank(a) - readmeRank(b) || (a < b ? -1 : a > b ? 1 : 0))[0];
    if (!name) return undefined;
    reads?.push(takeStamp(root, dir ? `${dir}/${name}` : name, true));
    return readFileSync(join(abs, name), 'utf8').slice(0, max);
  } catch {
    return undefined;
  }
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The text a README gives a folder in a list item or a table row that names it first (zstd's lib/README.md:
 * "- `lib/legacy` : makes it possible to decompress legacy zstd formats, starting from `v0.1.0`."), its
 * indented continuation lines included. `names`: how the folder may be written there (relative to the
 * README's folder, or to the repository's root).
 */
export const describedFolder = (readme: string, names: readonly string[]): string | undefined => {
  // (most folders are named in no README above them: a substring test spares the patterns)
  const named = names.filter((n) => readme.includes(n));
  if (named.length === 0) return undefined;
  // the name whole (not `legacy` of `legacy-tools`), as code, bold, a link's text or plain
  const name = `(?:${named.map((n) => `(?:\\./|/)?${escapeRegExp(n)}/?(?![\\w.-])`).join('|')})`;
  const wrapped = `(?:\\*\\*|__)?\\[?\`?${name}\`?\\]?(?:\\([^)\\s]*\\))?(?::?(?:\\*\\*|__))?`;
  // then a colon, a dash after a space ("`tools`-based builds" is prose), or a colon inside the bold (`**lib/:**`)
  const item = new RegExp(`^[ \\t]*(?:[-*+]|\\d{1,2}[.)])[ \\t]+${wrapped}(?:[ \\t]*:|[ \\t]+[–—-]|(?<=:(?:\\*\\*|__)))[ \\t]*(\\S.*)$`, 'mu');
  const listed = item.exec(readme);
  if (listed?.[1] !== undefined) {
    const rest = readme.slice(listed.index + listed[0].length + 1).split('\n');
    const more: string[] = [];
    for (const line of rest) {
      if (!/^[ \t]{2,}\S/u.test(line) || /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]/u.test(line)) break;
      more.push(line.trim());
    }
    return [listed[1].trim(), ...more].join(' ');
  }
  // A table row whose first cell names the folder and whose second says something in words (not a feature
  // table's "Yes"); the cell is taken whole and judged in code, as a pattern over it backtracks on a long row.
  const row = new RegExp(`^[ \\t]*\\|[ \\t]*${wrapped}[ \\t]*\\|([^|\\n]*)\\|`, 'mu').exec(readme)?.[1]?.trim();
  return row !== undefined && (row.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2 ? row : undefined;
};

/**
 * The line of a README in a folder above `dir` that describes it, nearest folder first. `seen` keeps the READMEs
 * above already read for other modules (their stamps are in `reads` from the first read).
 */
const describedAbove = (root: string, dir: string, reads?: Stamp[], seen?: Map<string, string | undefined>): string | undefined => {
  const parts = dir.split('/');
  for (let up = parts.length - 1; up >= 0; up--) {
    const above = parts.slice(0, up).join('/');
    const readme = seen?.has(above) ? seen.get(above) : readFolderReadme(root, above, MAX_PARENT_README, reads);
    seen?.set(above, readme);
    if (readme === undefined) continue;
    const names = [...new Set([parts.slice(up).join('/'), dir])];
    const text = describedFolder(readme, names);
    if (text !== undefined) return `${text}\n`;
  }
  return undefined;
};

/**
 * The first 4,000 characters of the README in a module's directory, whether or not the walk listed it; for a
 * folder without one, the line of a README above it that describes it ("- `lib/legacy` : …"). Pass the same
 * `seen` to the calls for one tree's modules, so that a README above several of them is read once.
 */
export function readModuleReadme(root: string, dir: string, reads?: Stamp[], seen?: Map<string, string | undefined>): string | undefined {
  const own = readFolderReadme(root, dir, MAX_README, reads);
  if (own !== undefined || dir === '') return own;
  return describedAbove(root, dir, reads, seen);
}
