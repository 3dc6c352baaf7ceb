/**
 * Words a request uses for a module's languages, searched in its `name` field: "Python: JSON parsing
 * drops unknown enum names" is about the Python runtime of a repository that also holds C++, Java and
 * C# ones, and nothing else in the request says so. IDF takes care of single-language repositories
 * (a word every module has weighs nothing). `C#`, `C++` reach these words through
 * util/spellLanguageNames.ts. C has none: one letter is no search term.
 */
const WORDS: Record<string, readonly string[]> = {
  c_sharp: ['csharp', 'dotnet'],
  fsharp: ['fsharp', 'dotnet'],
  cpp: ['cpp'],
  objc: ['objectivec', 'objc', 'ios'],
  swift: ['swift', 'ios'],
  go: ['golang'],
  python: ['python'],
  cython: ['python', 'cython'],
  java: ['java'],
  kotlin: ['kotlin'],
  scala: ['scala'],
  ruby: ['ruby'],
  php: ['php'],
  rust: ['rust'],
  dart: ['dart'],
  elixir: ['elixir'],
  erlang: ['erlang'],
  clojure: ['clojure'],
  lua: ['lua'],
  perl: ['perl'],
  haskell: ['haskell'],
  ocaml: ['ocaml'],
  julia: ['julia'],
  nim: ['nim'],
  javascript: ['javascript'],
  typescript: ['typescript'],
  tsx: ['typescript'],
};

/** A language counts when it holds at least this share of the module's parsed files. */
const MIN_SHARE = 0.25;

/** How many of a module's files a parser read: its count per language, 'other' left out. */
export const parsedFileCount = (languages: Record<string, number>): number => {
  let total = 0;
  for (const [language, n] of Object.entries(languages)) if (language !== 'other') total += n;
  return total;
};

/** The language words of a module, from its file count per language ('other' ignored). */
export const languageWords = (languages: Record<string, number>): string[] => {
  const total = parsedFileCount(languages);
  const words = new Set<string>();
  for (const [language, n] of Object.entries(languages)) {
    if (language === 'other' || n < MIN_SHARE * total) continue;
    for (const word of WORDS[language] ?? []) words.add(word);
  }
  return [...words];
};
