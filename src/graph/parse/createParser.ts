import { createRequire } from 'node:module';
import type { Language, Parser, Tree } from 'web-tree-sitter';
import type { ParseFn } from '../extractors/Extractor.ts';

type TreeSitter = typeof import('web-tree-sitter');

/**
 * Creates a ParseFn that loads web-tree-sitter and each grammar on first use and caches them.
 * One Parser per language: switching a shared parser's language is cheap, but keeping one per
 * language avoids re-setting it for every file of a mixed repository.
 * The caller owns the returned Tree and must `delete()` it (wasm memory is not garbage-collected).
 */
export const createParser = (): ParseFn => {
  const require = createRequire(import.meta.url);
  let runtime: Promise<TreeSitter> | undefined;
  const parsers = new Map<string, Promise<Parser>>();

  const loadRuntime = (): Promise<TreeSitter> =>
    (runtime ??= import('web-tree-sitter').then(async (ts) => {
      await ts.Parser.init();
      return ts;
    }));

  const loadParser = (language: string): Promise<Parser> => {
    let parser = parsers.get(language);
    if (!parser) {
      parser = loadRuntime().then(async (ts) => {
        const wasm = require.resolve(`tree-sitter-wasms/out/tree-sitter-${language}.wasm`);
        const lang: Language = await ts.Language.load(wasm);
        return new ts.Parser().setLanguage(lang);
      });
      // A failed load (unknown grammar) must not poison later attempts with the same rejection.
      parser.catch(() => parsers.delete(language));
      parsers.set(language, parser);
    }
    return parser;
  };

  return async (language: string, text: string): Promise<Tree> => {
    const parser = await loadParser(language);
    const tree = parser.parse(text);
    if (!tree) throw new Error(`tree-sitter returned no tree for ${language}`);
    return tree;
  };
};
