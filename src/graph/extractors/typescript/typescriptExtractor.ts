import { createEcmaScriptExtractor } from '../shared/createEcmaScriptExtractor.ts';

export const typescriptExtractor = createEcmaScriptExtractor('typescript', (file) => /\.[mc]?ts$/.test(file.path));
