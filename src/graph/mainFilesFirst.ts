import { isSupportFile } from './isSupportFile.ts';

const ENTRY_STEMS = new Set(['index', 'main', 'mod', 'lib', 'init', '__init__', 'package-info']);
const SOURCE_ROOT_ENTRY = /^(?:src|lib|source|sources)\/[^/]+$/u;
const stemKey = (name: string): string => name.replace(/\..*$/u, '').replace(/[-_]/gu, '').toLowerCase();

/**
 * A module's files with the one that speaks for it first: a file named like the module's directory
 * (`src/router/router.ts`, `ggml-cuda/ggml-cuda.cu`), then an entry file (`index.ts`, `mod.rs`,
 * `__init__.py`) directly in it, then its other files, then those of its subdirectories (shallowest first,
 * an entry file before its siblings: Java's `codec/http/package-info.java` before `codec/http/cookie/…`),
 * then its tests, examples and benchmarks, each group in path order. The summary opens with the first doc
 * comment, which in path order came from whatever file sorted first (`src: Laguna (poolside): …` for
 * llama.cpp's `src`, from a model's file).
 */
export const mainFilesFirst = <T extends { path: string }>(
  files: readonly T[],
  modulePath: string,
  /** Told each file that speaks for the module: named like it or its entry file (in it, beside it, or in its `src/`). */
  onMain?: (file: T) => void,
): T[] => {
  const prefix = modulePath === '' ? '' : `${modulePath}/`;
  const own = stemKey(modulePath.split('/').pop() ?? '');
  // Java's `package.html` is its package's doc, as `package-info.java` is (logback, JOSM).
  // Go's `doc.go` holds its package's doc by convention (restic's `internal/fs/doc.go`).
  const isEntry = (name: string): boolean => ENTRY_STEMS.has(name.replace(/\..*$/u, '').toLowerCase()) || /^(?:package\.html?|doc\.go)$/u.test(name);
  const rank = (rest: string): number => {
    // Usage examples and benchmarks inside a module speak for their callers (activerecord/examples/performance.rb declares `User`, `Exhibit`).
    if (isSupportFile(rest)) return 4;
    if (rest.includes('/')) return 3;
    const stem = stemKey(rest);
    // A folder names its files' kind in the plural: fish's `src/builtins/builtin.cpp`, `handlers/handler.go`.
    if (own !== '' && (stem === own || (stem.length >= 5 && `${stem}s` === own))) return 0;
    // A private helper (`_pathlib.py`, `_typing.py`) after the module's public files: meson's card declared their shims first.
    return isEntry(rest) ? 1 : rest.startsWith('_') && !rest.startsWith('__') ? 2.5 : 2;
  };
  /** Within subdirectories: depth first, then entry files, so the one nearest the top speaks first. */
  const depthKey = (rest: string): number => {
    const segments = rest.split('/');
    return segments.length * 2 + (isEntry(segments[segments.length - 1] ?? '') ? 0 : 1);
  };
  // A file outside the folder is its entry file beside it (`lib/Mojo/DOM.pm` for `lib/Mojo/DOM/`): it speaks
  // first, unless the folder has an entry of its own (awesome's `lib/naughty.lua` is a three-line shim
  // beside `lib/naughty/init.lua`, and every card of its library read "Work-around for broken systems").
  const ownEntry = files.some((f) => f.path.startsWith(prefix) && rank(f.path.slice(prefix.length)) <= 1);
  const ranked = files
    .map((f, i) => {
      const inside = f.path.startsWith(prefix);
      const rest = inside ? f.path.slice(prefix.length) : f.path;
      const r = inside ? rank(rest) : ownEntry ? 2 : 0;
      // A package's entry file in its source folder speaks for it too (a crate's `src/lib.rs`, a package's `src/index.ts`,
      // Elixir's `lib/ex_unit/lib/ex_unit.ex`).
      const inRoot = r === 3 && SOURCE_ROOT_ENTRY.test(rest) ? rest.slice(rest.indexOf('/') + 1) : undefined;
      const main = r <= 1 || (inRoot !== undefined && (isEntry(inRoot) || (own !== '' && stemKey(inRoot) === own)));
      return { f, i, r, d: r === 3 ? depthKey(rest) : 0, main };
    })
    .sort((a, b) => a.r - b.r || a.d - b.d || a.i - b.i);
  if (onMain) for (const x of ranked) if (x.main) onMain(x.f);
  return ranked.map((x) => x.f);
};
