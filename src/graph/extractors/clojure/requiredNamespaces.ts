import { symbolOf, type Form } from './readClojure.ts';

const isKeyword = (form: Form | undefined): boolean => form?.type === 'token' && form.text.startsWith(':');

/** `'x` → x (a quoted libspec, as `(require '[a.b :as c])` writes it). */
export const unquote = (form: Form): Form => (form.type === 'wrapped' && form.prefix === "'" ? form.form : form);

/**
 * The namespaces a `:require`/`:use` clause (or a `require` call's arguments, unquoted) names, as
 * clojure.core/load-libs reads them: a symbol (`x.w`); a libspec vector whose second item is a keyword or
 * absent (`[x.y :as z]`, `[p.q :refer [f]]`); otherwise a prefix list, list or vector
 * (`(clojure [string :as s] set)`, `[leiningen.core [main :as m]]`) whose items take the prefix. Reader
 * conditionals (`#?(:clj [a.b] :cljs [a.c])`, `#?@(:clj [[a.b] [a.c]])`) give every branch; flags
 * (`:reload`) and npm strings (`["react" :as r]`) name no namespace.
 */
export const requiredNamespaces = (args: readonly Form[], out: string[] = [], prefix = ''): string[] => {
  const join = (name: string): string => (prefix === '' ? name : `${prefix}.${name}`);
  for (const arg of args) {
    if (arg.type === 'list' && (arg.dispatch === '#?' || arg.dispatch === '#?@')) {
      // `:clj x :cljs y`: the values sit at the odd places.
      const branches = arg.items.filter((_, i) => i % 2 === 1);
      for (const b of branches) requiredNamespaces(arg.dispatch === '#?@' && b.type === 'vector' ? b.items : [b], out, prefix);
      continue;
    }
    const name = symbolOf(arg);
    if (name !== undefined) {
      out.push(join(name));
    } else if (arg.type === 'vector' && (arg.items.length < 2 || isKeyword(arg.items[1]))) {
      const lib = symbolOf(arg.items[0]);
      if (lib !== undefined) out.push(join(lib));
    } else if (arg.type === 'vector' || (arg.type === 'list' && arg.dispatch === undefined)) {
      const head = symbolOf(arg.items[0]);
      if (head !== undefined) requiredNamespaces(arg.items.slice(1), out, join(head));
    }
  }
  return out;
};

/**
 * The files a namespace may live in, as an include's `|`-joined candidates found on the classpath by path
 * suffix: `leiningen.show-profiles` → `leiningen/show_profiles.clj|leiningen/show_profiles.cljc` (a `-`
 * is `_` in a file name). ClojureScript looks for `.cljs` first, a `.cljc` file for any of the three.
 */
export const namespaceFiles = (ns: string, fromPath: string): string => {
  const base = ns
    .split('.')
    .map((segment) => segment.replace(/-/gu, '_'))
    .join('/');
  const extensions = fromPath.endsWith('.cljs') ? ['cljs', 'cljc'] : fromPath.endsWith('.cljc') ? ['cljc', 'clj', 'cljs'] : ['clj', 'cljc'];
  return extensions.map((ext) => `${base}.${ext}`).join('|');
};
