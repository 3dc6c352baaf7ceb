import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { takeStamp, type Stamp } from './fsStamps.ts';

const MAX_README = 4000;
/**
 * Bump when the same folder would give another README (1: README.md before README.rst, README.txt and README;
 * 2: Dokka's `Module.md` where there is no README).
 */
export const README_RULES_VERSION = 2;
const README = /^(?:readme(\.(md|markdown|txt|rst))?|module\.md)$/i;

const RANK: Readonly<Record<string, number>> = { md: 0, markdown: 0, rst: 1, txt: 2, '': 3 };
// Kotlin's Dokka reads a module's documentation from `Module.md` ("# Module okhttp / An HTTP+HTTP/2 client for
// Android and Java applications."): okhttp's core module had no README, and no description.
const readmeRank = (name: string): number => (/^module\.md$/iu.test(name) ? 5 : RANK[/\.(\w+)$/u.exec(name)?.[1]?.toLowerCase() ?? ''] ?? 4);

/** The first 4,000 characters of the README in a module's directory, whether or not the walk listed it. */
export function readModuleReadme(root: string, dir: string, reads?: Stamp[]): string | undefined {
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
    return readFileSync(join(abs, name), 'utf8').slice(0, MAX_README);
  } catch {
    return undefined;
  }
}
