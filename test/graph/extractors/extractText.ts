import type { Extractor } from '../../../src/graph/extractors/Extractor.ts';
import { createParser } from '../../../src/graph/parse/createParser.ts';
import type { FileFacts } from '../../../src/graph/types.ts';

const parse = createParser();

/** Runs one extractor on inline source, as the indexer would. */
export const extractText = (extractor: Extractor, path: string, text: string): Promise<FileFacts> =>
  extractor.extract({ path, text }, parse);

/** 'Container.name kind [exported]', sorted: one string per symbol keeps assertions readable and strict. */
export const symbolList = (facts: FileFacts): string[] =>
  facts.symbols
    .map((s) => `${s.container ? `${s.container}.` : ''}${s.name} ${s.kind}${s.exported ? ' exported' : ''}`)
    .sort();

/** 'kind spec [system]', sorted. */
export const importList = (facts: FileFacts): string[] =>
  facts.imports.map((i) => `${i.kind} ${i.spec}${i.system ? ' system' : ''}`).sort();

export const docOf = (facts: FileFacts, name: string): string | undefined =>
  facts.symbols.find((s) => s.name === name)?.doc;
