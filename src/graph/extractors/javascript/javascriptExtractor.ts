import { createEcmaScriptExtractor } from '../shared/createEcmaScriptExtractor.ts';
import { hasShebang } from '../shared/hasShebang.ts';

// The JavaScript grammar parses JSX too. Extensionless scripts count when their shebang runs node.
export const javascriptExtractor = createEcmaScriptExtractor(
  'javascript',
  (file) => /\.(js|mjs|cjs|jsx)$/.test(file.path) || hasShebang(file, /\b(node|deno|bun)\b/),
);
