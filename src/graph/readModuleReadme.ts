import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { takeStamp, type Stamp } from './fsStamps.ts';

const MAX_README = 4000;
const README = /^readme(\.(md|markdown|txt|rst))?$/i;

/** The first 4,000 characters of the README in a module's directory, whether or not the walk listed it. */
export function readModuleReadme(root: string, dir: string, reads?: Stamp[]): string | undefined {
  try {
    const abs = join(root, dir);
    reads?.push(takeStamp(root, dir, true));
    const name = readdirSync(abs).find((n) => README.test(n));
    if (!name) return undefined;
    reads?.push(takeStamp(root, dir ? `${dir}/${name}` : name, true));
    return readFileSync(join(abs, name), 'utf8').slice(0, MAX_README);
  } catch {
    return undefined;
  }
}
