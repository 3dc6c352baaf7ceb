import { createEcmaScriptExtractor } from '../shared/createEcmaScriptExtractor.ts';

export const tsxExtractor = createEcmaScriptExtractor('tsx', (file) => /\.tsx$/.test(file.path));
