/**
 * Erlang applications of the repository by name → their root folder ('' = the repository's root): the folder
 * above the `src/` holding `name.app.src` (or `name.app.src.script`), as rebar3 and erlang.mk lay them out.
 * `-include_lib("name/include/x.hrl")` starts there; a repository that is one application has no folder
 * named after it, so a path suffix never finds its own headers. The first application of a name wins.
 */
export const erlangAppRoots = (files: Iterable<string>): Map<string, string> => {
  const roots = new Map<string, string>();
  for (const file of files) {
    const m = /^(?:(.*)\/)?src\/([^/]+)\.app\.src(?:\.script)?$/u.exec(file);
    if (m?.[2] !== undefined && !roots.has(m[2])) roots.set(m[2], m[1] ?? '');
  }
  return roots;
};
