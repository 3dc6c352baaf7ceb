import { resolveWithin } from '../../../util/resolveWithin.ts';

/** Tables of a Cargo.toml whose entries are dependencies: `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]`, `[workspace.dependencies]`, `[target.'cfg(…)'.dependencies]`. */
const DEPENDENCY_TABLE = /^(?:workspace\.|target\..+\.)?(?:dev-|build-)?dependencies$/u;
/** A dependency's own table: `[dependencies.nu-path]`. */
const DEPENDENCY_ENTRY_TABLE = /^(?:workspace\.|target\..+\.)?(?:dev-|build-)?dependencies\.[^.]+$/u;
const PATH_VALUE = /\bpath\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/gu;

/**
 * The folders a Cargo.toml's path dependencies point at, resolved against its own folder `dir` (repo-relative POSIX),
 * those outside the repository left out. Cargo makes every path dependency inside the workspace a member
 * ("All path dependencies residing in the workspace directory automatically become members"): nushell lists 39 crates
 * in `members`, and `nu-path` and `nu-glob` only in `[workspace.dependencies]`, so their code had gone to the root.
 */
export const cargoPathDependencies = (text: string, dir: string): string[] => {
  const out = new Set<string>();
  let table = '';
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.replace(/(^|\s)#.*$/u, '').trim();
    const header = /^\[\s*([^\]]+?)\s*\]$/u.exec(line);
    if (header) {
      table = (header[1] ?? '').split('.').map((part) => part.trim().replace(/^["']|["']$/gu, '')).join('.');
      continue;
    }
    const entry = DEPENDENCY_ENTRY_TABLE.test(table);
    if (!entry && !DEPENDENCY_TABLE.test(table)) continue;
    // (an entry's own table holds `path = "…"` bare; a dependency table holds it inside an inline table)
    if (entry && !/^path\s*=/u.test(line)) continue;
    if (!entry && !line.includes('{')) continue;
    for (const m of line.matchAll(PATH_VALUE)) {
      const target = resolveWithin(dir, m[1] ?? m[2] ?? '');
      if (target !== undefined) out.add(target);
    }
  }
  return [...out];
};
