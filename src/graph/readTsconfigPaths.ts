import { posix } from 'node:path';
import { stripCStyleComments } from './discovery/manifests/stripCStyleComments.ts';

/** One `compilerOptions.paths` entry, with its targets made repo-relative. */
export interface PathAlias {
  /** Files under this directory use the alias (the tsconfig's own; '' = everywhere). */
  scope: string;
  /** `@app/*`, `@env`: at most one `*`. */
  pattern: string;
  /** Repo-relative, with the same `*` (`src/app/*`). */
  targets: string[];
}

/**
 * The `paths` aliases of one tsconfig.json / jsconfig.json (JSON with comments and trailing commas),
 * resolved against its `baseUrl` (default: its own directory). A target that leaves the repository is
 * dropped; a file that is not JSON gives none. `extends` is not followed. A `baseUrl` of its own makes every
 * non-relative import a path below it first (`src/core/api` with `"baseUrl": "."`, `components/Button` with
 * `"baseUrl": "src"`, as Vite and Create React App projects write them): the alias `*`, tried after `paths`
 * (an import found nowhere below it is a package's).
 */
export const readTsconfigPaths = (path: string, text: string): PathAlias[] => {
  let json: unknown;
  try {
    json = JSON.parse(stripCStyleComments(text).replace(/,(\s*[}\]])/g, '$1'));
  } catch {
    return [];
  }
  const options = (json as { compilerOptions?: { baseUrl?: unknown; paths?: unknown } } | null)?.compilerOptions;
  const paths = typeof options?.paths === 'object' && options.paths !== null ? options.paths : {};
  const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
  const base = posix.normalize(posix.join(dir, typeof options?.baseUrl === 'string' ? options.baseUrl : '.'));
  const aliases: PathAlias[] = [];
  for (const [pattern, list] of Object.entries(paths as Record<string, unknown>)) {
    if (!Array.isArray(list) || (pattern.match(/\*/g) ?? []).length > 1) continue;
    const targets = list
      .filter((t): t is string => typeof t === 'string')
      .map((t) => posix.normalize(posix.join(base, t)).replace(/^\.\/?$/, ''))
      .filter((t) => !t.startsWith('..') && !posix.isAbsolute(t));
    if (targets.length > 0) aliases.push({ scope: dir, pattern, targets });
  }
  if (typeof options?.baseUrl === 'string' && !aliases.some((a) => a.pattern === '*') && !base.startsWith('..') && !posix.isAbsolute(base)) {
    aliases.push({ scope: dir, pattern: '*', targets: [base === '.' ? '*' : `${base}/*`] });
  }
  return aliases;
};
