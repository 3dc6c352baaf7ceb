/**
 * A bare atom used as a value: not a function name (`f(`, `f/1`), not a remote call's module or function
 * (`m:f`, read as such elsewhere), not a record's name or field (`#r{`, `R#r.f`, `f = …` in `#r{f = 1}`),
 * not a macro (`?m`) and not quoted.
 */
const VALUE_ATOM = /(?<![\w@?#.'$:])[a-z][\w@]*(?![\w@'])(?!\s*(?:[(/:]|=(?![=:<>/])))/gu;

/**
 * The atoms of `code` (comments and strings blanked) that may name a module: OTP code passes modules as
 * atoms, in child specs `{lager_handler_watcher, start_link, [Sink]}`, in
 * `supervisor:start_child(lager_handler_watcher_sup, …)`, `gen_event:add_sup_handler(Sink, lager_file_backend, …)`
 * and `-define(THROTTLE, lager_backend_throttle)`; 9 of lager's 22 src modules had no user but tests
 * without them. Only atoms with an underscore: `ok`, `error`, `info` name no module of an application
 * (whose modules share its prefix, `lager_…`), and each candidate costs an import row that will most often
 * resolve to nothing. Sorted, each once.
 */
export const moduleAtoms = (code: string): string[] => {
  const atoms = new Set<string>();
  for (const m of code.matchAll(VALUE_ATOM)) if (m[0].includes('_')) atoms.add(m[0]);
  return [...atoms].sort();
};
