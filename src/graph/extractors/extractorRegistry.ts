import type { SourceFile } from '../types.ts';
import { cExtractor } from './c/cExtractor.ts';
import { clojureExtractor } from './clojure/clojureExtractor.ts';
import { svelteExtractor, vueExtractor } from './component/componentExtractor.ts';
import { dartExtractor } from './dart/dartExtractor.ts';
import { elixirExtractor } from './elixir/elixirExtractor.ts';
import { erlangExtractor } from './erlang/erlangExtractor.ts';
import { fsharpExtractor } from './fsharp/fsharpExtractor.ts';
import { nimExtractor } from './nim/nimExtractor.ts';
import { cppExtractor } from './cpp/cppExtractor.ts';
import { csharpExtractor } from './csharp/csharpExtractor.ts';
import { cythonExtractor } from './cython/cythonExtractor.ts';
import type { Extractor } from './Extractor.ts';
import { goExtractor } from './go/goExtractor.ts';
import { haskellExtractor } from './haskell/haskellExtractor.ts';
import { javaExtractor } from './java/javaExtractor.ts';
import { javascriptExtractor } from './javascript/javascriptExtractor.ts';
import { juliaExtractor } from './julia/juliaExtractor.ts';
import { kotlinExtractor } from './kotlin/kotlinExtractor.ts';
import { luaExtractor } from './lua/luaExtractor.ts';
import { objcExtractor } from './objc/objcExtractor.ts';
import { ocamlExtractor } from './ocaml/ocamlExtractor.ts';
import { perlExtractor } from './perl/perlExtractor.ts';
import { phpExtractor } from './php/phpExtractor.ts';
import { protobufExtractor } from './protobuf/protobufExtractor.ts';
import { pythonExtractor } from './python/pythonExtractor.ts';
import { rExtractor } from './r/rExtractor.ts';
import { rubyExtractor } from './ruby/rubyExtractor.ts';
import { scalaExtractor } from './scala/scalaExtractor.ts';
import { shellExtractor } from './shell/shellExtractor.ts';
import { rustExtractor } from './rust/rustExtractor.ts';
import { swiftExtractor } from './swift/swiftExtractor.ts';
import { tsxExtractor } from './tsx/tsxExtractor.ts';
import { typescriptExtractor } from './typescript/typescriptExtractor.ts';
import { yaccExtractor } from './yacc/yaccExtractor.ts';

/** Every extractor, keyed by language (= tree-sitter grammar name). A new language is one folder plus one line. */
export const extractorRegistry = {
  typescript: typescriptExtractor,
  tsx: tsxExtractor,
  javascript: javascriptExtractor,
  python: pythonExtractor,
  cython: cythonExtractor,
  java: javaExtractor,
  kotlin: kotlinExtractor,
  swift: swiftExtractor,
  objc: objcExtractor,
  c: cExtractor,
  cpp: cppExtractor,
  go: goExtractor,
  rust: rustExtractor,
  c_sharp: csharpExtractor,
  fsharp: fsharpExtractor,
  nim: nimExtractor,
  ruby: rubyExtractor,
  php: phpExtractor,
  vue: vueExtractor,
  svelte: svelteExtractor,
  dart: dartExtractor,
  elixir: elixirExtractor,
  scala: scalaExtractor,
  lua: luaExtractor,
  perl: perlExtractor,
  haskell: haskellExtractor,
  erlang: erlangExtractor,
  clojure: clojureExtractor,
  ocaml: ocamlExtractor,
  r: rExtractor,
  julia: juliaExtractor,
  shell: shellExtractor,
  yacc: yaccExtractor,
  protobuf: protobufExtractor,
} as const satisfies Record<string, Extractor>;

export type ExtractorLanguage = keyof typeof extractorRegistry;
const extractors: readonly Extractor[] = Object.values(extractorRegistry);

/**
 * The extractor for a file, or undefined. Without `text`, only path rules apply (a `.h` is then C,
 * and extensionless scripts are not recognized); with it, header markers and shebangs count too.
 */
export const extractorFor = (path: string, text = ''): Extractor | undefined => {
  const file: SourceFile = { path, text };
  return extractors.find((extractor) => extractor.shouldUse(file));
};

/** Language of a path for statistics (`.h` counts as C unless `text` shows ObjC or C++ markers). */
export const languageForPath = (path: string, text?: string): ExtractorLanguage | undefined =>
  extractorFor(path, text)?.language as ExtractorLanguage | undefined;
