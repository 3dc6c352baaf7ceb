/** Words that look like calls or names in R code but are the language's own. */
const KEYWORDS: ReadonlySet<string> = new Set([
  'function', 'if', 'else', 'for', 'while', 'repeat', 'switch', 'return', 'break', 'next', 'in',
  'TRUE', 'FALSE', 'NULL', 'NA', 'Inf', 'NaN', 'NA_integer_', 'NA_real_', 'NA_character_', 'T', 'F',
]);

// `f(`, not `x$f(`, `obj@f(`, `pkg::f(` (a package's, read apart) nor a name's tail.
const CALL = /(?<![\w.$@:`])([A-Za-z.][\w.]*)\s*\(/gu;
// A capitalised name used as a value: a ggproto object (`geom = GeomHex`, `ggproto("GeomHex", Geom,`), a
// constant; an argument's name (`Foo = 1`) and a field (`x$Foo`) aside.
const CAPITALISED = /(?<![\w.$@:`])([A-Z][A-Za-z0-9]*[a-z][\w.]*)(?![\w.(])(?!\s*=(?!=))/gu;

/**
 * The names a file's code uses that another file of the package may define: R packages share one flat
 * namespace, so a call to a top-level function or a use of a ggproto object declared elsewhere is what
 * makes a file depend on another. Read from the masked text (no comment, no string content); the
 * file's own names are left out, and names no file declares (base R's) resolve to nothing.
 */
export const referencedNames = (bare: string, own: ReadonlySet<string>): string[] => {
  const names = new Set<string>();
  for (const m of bare.matchAll(CALL)) if (m[1] !== undefined) names.add(m[1]);
  for (const m of bare.matchAll(CAPITALISED)) if (m[1] !== undefined) names.add(m[1]);
  return [...names].filter((n) => !KEYWORDS.has(n) && !own.has(n) && !/^\.+\d*$/u.test(n)).sort();
};
