import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const sharedDir = join(import.meta.dirname, '..', '..', 'shared');

export interface TreeSource {
  npm: string;
  integrity?: string;
  moduleRoots?: string[];
}

/**
 * The source tree of a bench or corpus package, from `npm pack` (the only network we have),
 * cached outside the repository in $BENCH_CACHE (default ~/.cache/devbench). Returns package/.
 */
export function fetchTree(kind: 'bench' | 'corpus', name: string): { dir: string; source: TreeSource; modulesFile: string; casesFile: string } {
  const base = join(sharedDir, kind, name);
  const source = JSON.parse(readFileSync(join(base, 'source.json'), 'utf8')) as TreeSource;
  const cache = join(process.env.BENCH_CACHE ?? join(homedir(), '.cache', 'devbench'), source.npm);
  const dir = join(cache, 'package');
  if (!existsSync(dir)) {
    mkdirSync(cache, { recursive: true });
    const packed = execFileSync('npm', ['pack', source.npm, '--json', '--silent'], { cwd: cache, encoding: 'utf8' });
    const info = JSON.parse(packed) as { filename: string; integrity: string }[];
    if (source.integrity && info[0]?.integrity && info[0].integrity !== source.integrity) {
      throw new Error(`integrity mismatch for ${source.npm}: ${info[0].integrity} != ${source.integrity}`);
    }
    const tgz = readdirSync(cache).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error(`npm pack ${source.npm} produced no tarball`);
    execFileSync('tar', ['xzf', tgz], { cwd: cache });
  }
  return { dir, source, modulesFile: join(base, 'modules.json'), casesFile: join(base, 'cases.jsonl') };
}
