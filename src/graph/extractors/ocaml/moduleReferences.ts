import type { Node } from 'web-tree-sitter';

const MODULE_NAME = /^[A-Z][\w']*$/u;
/** `M.N` in a value, type or constructor path; `extended_module_path` where a functor may apply (`Make(X).t`, `M.S`). */
const PATH_TYPES: ReadonlySet<string> = new Set(['module_path', 'extended_module_path']);

/**
 * The modules a file names, each once: `open M`, `open! M`, `include M`, and every qualified reference
 * (`M.x`, `M.N.t`, `M.C`, `M.S`), as their first two segments (`Dune_rules.Super_context`: the second
 * tells which file of a wrapped library is meant). Modules the file declares itself (`module T = …`,
 * functor parameters, `let module X`) and its own name are left out: they are no other file's.
 */
export const moduleReferences = (root: Node, ownName: string): string[] => {
  const local = new Set<string>([ownName]);
  for (const name of root.descendantsOfType('module_name')) {
    const parent = name?.parent;
    // Outside a path a module name is bound: `module T = …`, a functor's `(X : S)`, `(module M : S)`.
    if (parent && !PATH_TYPES.has(parent.type)) local.add(name.text);
  }
  const out = new Set<string>();
  for (const path of root.descendantsOfType([...PATH_TYPES])) {
    if (!path || PATH_TYPES.has(path.parent?.type ?? '')) continue;
    const segments: string[] = [];
    for (const part of path.text.replace(/\s+/gu, '').split('.')) {
      if (!MODULE_NAME.test(part) || segments.length === 2) break;
      segments.push(part);
    }
    const [first] = segments;
    if (first === undefined || local.has(first)) continue;
    out.add(segments.join('.'));
  }
  return [...out];
};
