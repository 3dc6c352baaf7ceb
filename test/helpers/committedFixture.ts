import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fixturesDir, makeGitRepo } from './gitFixture.ts';

/** A fixture without history.json, committed once into a real git repository. */
export function committedFixture(name: string): string {
  const src = join(fixturesDir, name);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(src, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(src);
  return makeGitRepo([{ message: 'initial import', date: '2024-01-01T00:00:00Z', files }]);
}
