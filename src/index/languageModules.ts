import type { ModuleGraph } from '../graph/ModuleGraph.ts';
import { parsedFileCount } from './languageWords.ts';
import { subjectsOfRequest } from './subjectsOfRequest.ts';

/**
 * Languages a request names, each with the parsed languages of its modules. A repository that writes one
 * feature twice (react-native-reanimated's easing in TypeScript and in C++; protobuf's runtimes) answers
 * "The C++ steps() easing …" from the C++ module; the language word alone (languageWords.ts) weighs
 * little where many modules share it. Names are matched as written (capitalised: "swift", "rust" and
 * "go" are also plain words). JavaScript and TypeScript are left out: requests name them as the caller
 * ("from JS") or as what a tool reads ("support TypeScript syntax", eslint's corpus cases: 68 → 66% at rank 1).
 */
const LANGUAGES = [
  ['cpp', ['cpp', 'cuda'], /C\+\+|\bcpp\b/gu],
  // (.NET is C#'s runtime as requests name it: Livebook's "the .NET launcher of an Elixir release" had raised the Elixir
  // modules alone and lowered the C# one it was about)
  ['csharp', ['c_sharp'], /C#|\bC-?[Ss]harp\b|(?<![\p{L}\p{N}])\.NET\b|\bdotnet\b/gu],
  ['fsharp', ['fsharp'], /(?<![\p{L}\p{N}])F#|\bF-?[Ss]harp\b/gu],
  ['objc', ['objc'], /\bObjective-C(?:\+\+)?|\bObj-?C\b/giu],
  ['swift', ['swift'], /\bSwift\b/gu],
  ['kotlin', ['kotlin'], /\bKotlin\b/giu],
  ['java', ['java'], /\bJava\b(?!\s*Script)/gu],
  // Cython files are a Python package's compiled half (sklearn/svm: 8 Python, 6 Cython, 13 C/C++ files): "Python" must not pass them by.
  ['python', ['python', 'cython'], /\b[CP]ython\b/giu],
  ['rust', ['rust'], /\bRust\b/gu],
  ['go', ['go'], /\bGolang\b|\bGo (?:code|module|package|runtime|side|version|implementation|client|library|bindings)\b/gu],
  ['ruby', ['ruby'], /\bRuby\b/gu],
  ['php', ['php'], /\bPHP\b/giu],
  ['lua', ['lua'], /\bLua\b/giu],
  ['perl', ['perl'], /\bPerl\b/gu],
  ['haskell', ['haskell'], /\bHaskell\b/gu],
  ['elixir', ['elixir'], /\bElixir\b/gu],
  ['erlang', ['erlang'], /\bErlang\b/gu],
  ['clojure', ['clojure'], /\bClojure(?:Script)?\b/gu],
  ['dart', ['dart'], /\bDart\b/gu],
  ['scala', ['scala'], /\bScala\b/gu],
  ['ocaml', ['ocaml'], /\bOCaml\b/giu],
  ['julia', ['julia'], /\bJulia\b/gu],
  ['nim', ['nim'], /\bNim\b/gu],
] as const;

export type LanguageName = (typeof LANGUAGES)[number][0];

const BIT_OF = new Map<string, number>(LANGUAGES.flatMap(([, parsed], i) => parsed.map((l) => [l, 1 << i] as [string, number])));

/** A language is a module's when at least half its parsed files are in it. */
const MIN_SHARE = 0.5;

/** Bit mask of the languages that make at least half of a module's parsed files ('other' aside). */
export const languagesOfModule = (languages: Record<string, number>): number => {
  const total = parsedFileCount(languages);
  const byBit = new Map<number, number>();
  for (const [language, n] of Object.entries(languages)) {
    const bit = BIT_OF.get(language);
    if (bit !== undefined) byBit.set(bit, (byBit.get(bit) ?? 0) + n);
  }
  let mask = 0;
  for (const [bit, n] of byBit) if (total > 0 && n >= MIN_SHARE * total) mask |= bit;
  return mask;
};

/** Languages that run on the JVM beside Java: where they outweigh Java, "Java" names the host, not a module's language. */
const JVM_GUESTS = ['kotlin', 'scala', 'groovy', 'clojure'];
const JAVA_BIT = BIT_OF.get('java') ?? 0;

/**
 * Per module, the language it is written in (0 when none makes half of it, or it has no name requests use).
 * In a repository written mostly in Kotlin or Scala, "Java" names the platform or the other side of an
 * interop ("reflectMethod on a Java static method", "callable from Java"), so no module is Java's there:
 * Scala 2.11's Java fork-join pool came second on such a request.
 */
export const findLanguageModules = (graph: ModuleGraph): Int32Array => {
  let java = 0;
  let guests = 0;
  for (const m of graph.modules)
    for (const [language, n] of Object.entries(m.languages)) {
      if (language === 'java') java += n;
      else if (JVM_GUESTS.includes(language)) guests += n;
    }
  const drop = guests > java ? JAVA_BIT : 0;
  return Int32Array.from(graph.modules, (m) => (languagesOfModule(m.languages) & ~drop) | namedLanguage(m.path));
};

/** Folder names that are a language's (`python`, `py`, `jni`, `golang`), with its bit: `go` and `cs` are words or tools too. */
const FOLDER_LANGUAGE = new Map<string, number>(
  [
    ...LANGUAGES.map(([name]): [string, string] => [name, name]).filter(([name]) => name !== 'go'),
    ['py', 'python'], ['jni', 'java'], ['golang', 'go'], ['rb', 'ruby'], ['dotnet', 'csharp'], ['cxx', 'cpp'], ['objective-c', 'objc'],
  ].map(([folder, name]) => [folder ?? '', 1 << LANGUAGES.findIndex(([n]) => n === name)]),
);

/**
 * The language a module's own folder is named after, whatever it is written in: its bindings or its interop with
 * that language (OpenSCAD's `src/python`, C++ that embeds Python; a `jni/` folder of C). "Python bindings" had
 * divided it by the language factor as a C++ module.
 */
const namedLanguage = (path: string): number => {
  const last = path.split('/').filter(Boolean).pop()?.toLowerCase() ?? '';
  return FOLDER_LANGUAGE.get(last) ?? 0;
};

/**
 * A lowercase name joined to another word names a project, not a language (`yaml-cpp`, `lua-cjson`, `swift-nio`,
 * `kotlin_logging`): yaml-cpp's "find_package(yaml-cpp)" had raised every C++ module over its build files. A
 * capitalised one still names the language ("the Swift-side easing", "a C++-only crash", "Java/Kotlin interop").
 */
const LOWERCASE_COMPOUND = /(?<![\p{L}\p{N}+#])[a-z0-9][a-z0-9+#]*(?:[-_][a-z0-9+#]+)+(?![\p{L}\p{N}])/gu;

/**
 * The languages a request names and those it is about (subjectsOfRequest.ts), when some module is written
 * in one it is about: otherwise the language is what the code reads or writes ("add a Kotlin extractor" to
 * a tool written in TypeScript), and steering would only rank the modules of no one language first.
 */
export const languagesOfRequest = (query: string, present: number): { named: number; about: number } => {
  const subjects = subjectsOfRequest(query.replace(LOWERCASE_COMPOUND, (m) => ' '.repeat(m.length)), LANGUAGES.map(([, , pattern]) => pattern));
  return (subjects.about & present) !== 0 ? subjects : { named: 0, about: 0 };
};

export const languageNames = (mask: number): LanguageName[] => LANGUAGES.filter((_, i) => (mask & (1 << i)) !== 0).map(([name]) => name);
