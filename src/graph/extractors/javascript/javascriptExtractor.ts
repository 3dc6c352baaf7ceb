import { createEcmaScriptExtractor, type EcmaScriptDialect } from '../shared/createEcmaScriptExtractor.ts';
import { hasShebang } from '../shared/hasShebang.ts';
import { blankFlowSyntax, isFlowFile } from './blankFlowSyntax.ts';

// Flow-typed files (`@flow` in the opening comments: React, React Native) parsed with the JavaScript
// grammar failed in 524 of React 18.2's 622 non-test `packages/*/src` Flow files and lost about half their
// exports; the TSX grammar on the text with Flow-only syntax blanked fails in 7.
const flow: EcmaScriptDialect = { grammar: 'tsx', prepareText: blankFlowSyntax };

// The JavaScript grammar parses JSX too. Extensionless scripts count when their shebang runs node.
export const javascriptExtractor = createEcmaScriptExtractor(
  'javascript',
  (file) => /\.(js|mjs|cjs|jsx)$/.test(file.path) || hasShebang(file, /\b(node|deno|bun)\b/),
  (file) => (isFlowFile(file.text) ? flow : undefined),
);
