import type { FileFacts, SymbolKind } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { capDoc } from '../shared/cleanDoc.ts';
import { createFactsCollector } from '../shared/createFactsCollector.ts';
import { isBoilerplateComment } from '../shared/isBoilerplateComment.ts';

/**
 * Protocol Buffers schemas (`.proto`), read by line (no grammar ships for them): `message`, `enum` and `service`
 * declarations (nested ones with their container), a service's `rpc` methods, the `//` comments right above each as its
 * doc, `package` as the file's package, and `import "a/b.proto"` as an include. memos' `proto/` module (61 files of its
 * API: MemoService, ListMemos, …) had one symbol, and a request naming an RPC found only the code generated from it.
 */
export const protobufExtractor = {
  language: 'protobuf',
  // No tree-sitter grammar: nothing to load ahead.
  grammar: '',
  shouldUse: (file) => /\.proto$/u.test(file.path),
  extract: async (file) => extractProtobuf(file.text),
} satisfies Extractor;

const DECLARATION = /^(message|enum|service)\s+([A-Za-z_]\w*)\s*\{?/u;
const RPC = /^rpc\s+([A-Za-z_]\w*)\s*\(/u;
const KINDS: Readonly<Record<'message' | 'enum' | 'service', SymbolKind>> = { message: 'class', enum: 'enum', service: 'interface' };

/** Braces opened minus closed on a line, strings and a trailing comment aside. */
const braceBalance = (line: string): number => {
  let n = 0;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '/' && line[i + 1] === '/') break;
    else if (c === '{') n++;
    else if (c === '}') n--;
  }
  return n;
};

const docOf = (lines: readonly string[]): string => {
  const text = capDoc(lines.join(' ').replace(/\s+/gu, ' ').trim());
  return text === '' || isBoilerplateComment(text) ? '' : text;
};

export const extractProtobuf = (text: string): FileFacts => {
  const out = createFactsCollector('protobuf');
  const lines = text.split('\n');
  // the open declarations and the brace depth inside each
  const open: { name: string; depth: number }[] = [];
  let depth = 0;
  let comment: string[] = [];
  let inBlock = false;
  let seenCode = false;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').trim();
    if (inBlock) {
      if (trimmed.includes('*/')) inBlock = false;
      continue;
    }
    if (trimmed.startsWith('/*')) {
      inBlock = !trimmed.includes('*/');
      comment = [];
      continue;
    }
    if (trimmed.startsWith('//')) {
      comment.push(trimmed.replace(/^\/\/+\s?/u, ''));
      continue;
    }
    if (trimmed === '') {
      // a blank line ends a comment block: what opens the file (a licence, a summary) before any code is its doc
      if (!seenCode && comment.length > 0) out.addFileDoc(docOf(comment) || undefined);
      comment = [];
      continue;
    }
    seenCode = true;
    const doc = comment.length > 0 ? docOf(comment) : '';
    comment = [];
    const pkg = /^package\s+([\w.]+)\s*;/u.exec(trimmed);
    if (pkg) out.setPackageName(pkg[1] as string);
    const imp = /^import\s+(?:public\s+|weak\s+)?"([^"]+)"\s*;/u.exec(trimmed);
    if (imp) out.addImport({ spec: imp[1] as string, kind: 'include' });
    const container = open[open.length - 1]?.name;
    const declaration = DECLARATION.exec(trimmed);
    const rpc = declaration === null ? RPC.exec(trimmed) : null;
    if (declaration) {
      const kind = KINDS[declaration[1] as 'message' | 'enum' | 'service'];
      out.addSymbol({ name: declaration[2] as string, kind, line: i + 1, exported: true, ...(doc ? { doc } : {}), ...(container ? { container } : {}) });
    } else if (rpc) {
      out.addSymbol({ name: rpc[1] as string, kind: 'method', line: i + 1, exported: true, ...(doc ? { doc } : {}), ...(container ? { container } : {}) });
    }
    const balance = braceBalance(trimmed);
    if (declaration && trimmed.includes('{')) open.push({ name: declaration[2] as string, depth: depth + 1 });
    depth += balance;
    while (open.length > 0 && depth < (open[open.length - 1]?.depth ?? 0)) open.pop();
  }
  return out.build(false);
};
