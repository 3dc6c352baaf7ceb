import type { ModuleDef, ModuleId } from '../types.ts';

/**
 * Languages whose file may be the entry of the folder beside it with its name (`src/runtime.rs` for `src/runtime/`;
 * Clojure's `src/leiningen/new.clj`, namespace `leiningen.new`, for `src/leiningen/new/`'s `leiningen.new.*`).
 */
const ENTRY_BESIDE = /\.(rs|lua|rb|ex|pm|hs|clj|cljs|cljc)$/u;

/** The folder a file would be the entry of (`src/runtime.rs` → `src/runtime`), or undefined for other languages. */
export const entryFolderOf = (path: string): string | undefined => {
  const dot = ENTRY_BESIDE.exec(path);
  return dot && dot.index > 0 && path[dot.index - 1] !== '/' ? path.slice(0, dot.index) : undefined;
};

/** Bump when the same module list would own files differently (1: an entry file beside its module's folder; 2: Perl's; 3: Haskell's; 4: Clojure's; 5: a module of the file itself before the folder beside it). */
export const OWNERSHIP_RULES_VERSION = 5;

/**
 * Returns a function mapping a repo-relative POSIX file path to its owner: the deepest module whose path
 * is the file's path or one of its ancestor directories ('/' boundaries; the root module, path '',
 * owns whatever no other module does). undefined when no module owns the file.
 *
 * Walks up the directory chain with one Map lookup per level instead of testing every module, so
 * resolving 100k files costs about 100k × depth lookups whatever the number of modules.
 */
export const createModuleResolver = (modules: readonly ModuleDef[]): ((filePath: string) => ModuleId | undefined) => {
  const byPath = new Map<string, ModuleId>();
  for (const m of modules) if (!byPath.has(m.path)) byPath.set(m.path, m.id);
  const rootId = byPath.get('');
  return (filePath) => {
    let path = filePath.startsWith('./') ? filePath.slice(2) : filePath;
    // A module listed for the file itself keeps it (puma's `lib/puma/cluster.rb` beside `lib/puma/cluster/` had gone
    // to the folder's module, leaving the listed one empty).
    const own = byPath.get(path);
    if (own !== undefined) return own;
    // A module's entry file may sit beside its folder: Rust's `src/runtime.rs` for `src/runtime/`, Lua's
    // `lua/vim/treesitter.lua`, Ruby's `lib/rails/engine.rb`, Elixir's `lib/phoenix/router.ex`, Perl's `lib/Mojo/DOM.pm`, Haskell's `src/Text/Pandoc/Class.hs`.
    const folder = entryFolderOf(path);
    const entryOf = folder !== undefined ? byPath.get(folder) : undefined;
    if (entryOf !== undefined) return entryOf;
    for (;;) {
      const id = byPath.get(path);
      if (id !== undefined) return id;
      const slash = path.lastIndexOf('/');
      if (slash < 0) return rootId;
      path = path.slice(0, slash);
    }
  };
};
