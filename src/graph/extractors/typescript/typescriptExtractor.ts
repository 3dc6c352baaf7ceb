import { createEcmaScriptExtractor } from '../shared/createEcmaScriptExtractor.ts';

/**
 * Qt Linguist's translation catalogues share the `.ts` extension: XML (`<?xml …?>`, `<!DOCTYPE TS>`, `<TS version=…>`)
 * that restates every UI string of the program. Parsed as TypeScript they had failed (keepassxc: 435 syntax-error files)
 * and their strings had become its `share/translations` module's code words, in the top 3 for every review request.
 */
const XML_CATALOGUE = /^\uFEFF?\s*<(?:\?xml|!DOCTYPE\s+TS\b|TS\b)/u;

export const typescriptExtractor = createEcmaScriptExtractor('typescript', (file) => /\.[mc]?ts$/.test(file.path) && !XML_CATALOGUE.test(file.text.slice(0, 200)));
