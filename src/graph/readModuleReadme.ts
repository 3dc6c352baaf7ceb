import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_README = 4000;
const README = /^readme(\.(md|markdown|txt|rst))?$/i;

/** The first 4,000 characters of the README in a module's directory, whether or not the walk listed it. */
export function readModuleReadme(root: string, dir: string): string | undefined {
  try {
    const abs = join(root, dir);
    const name = readdirSync(abs).find((n) => README.test(n));
    return name ? readFileSync(join(abs, name), 'utf8').slice(0, MAX_README) : undefined;
  } catch {
    return undefined;
  }
}
