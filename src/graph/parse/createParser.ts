import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Language, Parser, Tree } from 'web-tree-sitter';
import type { ParseFn } from '../extractors/Extractor.ts';
import { fixScannerAlloc } from './fixScannerAlloc.ts';
import { grammarSource } from './grammarSource.ts';

type TreeSitter = typeof import('web-tree-sitter');
/** A grammar's parser, and the piece size its text is given in (see grammarSource.ts). */
interface LoadedParser {
  parser: Parser;
  chunkChars: number | undefined;
}

/** A ParseFn that can start loading a grammar before the first file of its language arrives. */
export type WarmParseFn = ParseFn & {
  /** Starts loading the runtime and, if named, the language's grammar; never rejects. */
  warm(language?: string): void;
};

/**
 * Creates a ParseFn that loads web-tree-sitter and each grammar on first use and caches them.
 * One Parser per language: switching a shared parser's language is cheap, but keeping one per
 * language avoids re-setting it for every file of a mixed repository.
 * The caller owns the returned Tree and must `delete()` it (wasm memory is not garbage-collected).
 */
export const createParser = (): WarmParseFn => {
  const require = createRequire(import.meta.url);
  let runtime: Promise<TreeSitter> | undefined;
  const parsers = new Map<string, Promise<LoadedParser>>();

  const loadRuntime = (): Promise<TreeSitter> =>
    (runtime ??= import('web-tree-sitter').then(async (ts) => {
      await ts.Parser.init();
      return ts;
    }));

  // Grammars load one at a time: loading links a side module into the one wasm memory and table,
  // and two links in flight (warm() starts several) left a grammar extracting nothing.
  let lastLoad: Promise<unknown> = Promise.resolve();
  const loadParser = (language: string): Promise<LoadedParser> => {
    let parser = parsers.get(language);
    if (!parser) {
      parser = lastLoad.then(loadRuntime).then(async (ts) => {
        const source = grammarSource(language);
        const wasm = fixScannerAlloc(await readFile(require.resolve(source.wasm)));
        const lang: Language = await ts.Language.load(wasm);
        return { parser: new ts.Parser().setLanguage(lang), chunkChars: source.chunkChars };
      });
      lastLoad = parser.catch(() => undefined);
      // A failed load (unknown grammar) must not poison later attempts with the same rejection.
      parser.catch(() => parsers.delete(language));
      parsers.set(language, parser);
    }
    return parser;
  };

  const parse = async (language: string, text: string): Promise<Tree> => {
    const { parser, chunkChars } = await loadParser(language);
    // A callback's text is also what the tree's node.text reads, piece by piece.
    const tree = chunkChars === undefined ? parser.parse(text) : parser.parse((index) => text.slice(index, index + chunkChars));
    if (!tree) throw new Error(`tree-sitter returned no tree for ${language}`);
    return tree;
  };
  // a failure shows again, and is reported, when a file of that language is parsed
  const warm = (language?: string): void => void (language ? loadParser(language) : loadRuntime()).catch(() => undefined);
  return Object.assign(parse, { warm });
};
