import type { FileFacts } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { capDoc } from '../shared/cleanDoc.ts';
import { createFactsCollector } from '../shared/createFactsCollector.ts';
import { isBoilerplateComment } from '../shared/isBoilerplateComment.ts';

/**
 * Haskell, read by line (no grammar ships for it): `module Text.Pandoc.Readers.Docx (readDocx) where` is
 * a module symbol whose export list says which top-level names are public (all of them without one);
 * top-level type signatures (`readDocx :: …`), `data`/`newtype`/`type` and `class` declarations are
 * symbols; `import qualified Text.Pandoc.Class as P` is an import of `Text/Pandoc/Class.hs`, found on the
 * source path like a C include (so `Data.Map` resolves to nothing in the repository). Haddock comments are
 * the docs: `-- |` above a declaration documents it; the module header's `{- | … -}` (its `Module:`,
 * `Copyright:` … fields dropped) or `-- |` above `module` is the file doc. pandoc's review: 214 modules
 * gave no symbol, summary or edge.
 */
export const haskellExtractor = {
  language: 'haskell',
  // No tree-sitter grammar: nothing to load ahead.
  grammar: '',
  shouldUse: (file) => file.path.endsWith('.hs'),
  extract: async (file) => extractHaskell(file.text),
} satisfies Extractor;

const MODULE = /^module\s+([A-Z][\w.']*)/u;
const IMPORT = /^import\s+(?:safe\s+)?(?:qualified\s+)?(?:"[^"]*"\s+)?([A-Z][\w.']*)/u;
const SIGNATURE = /^([a-z_][\w']*(?:\s*,\s*[a-z_][\w']*)*)\s*::/u;
const TYPE_DECL = /^(data|newtype|type)\s+(?:family\s+|instance\s+)?(?:\([^)]*\)\s*=>\s*)?([A-Z][\w']*)/u;
const CLASS_DECL = /^class\s+(?:\(.*?\)\s*=>\s*|[A-Z][\w']*(?:\s+[a-z]\w*)*\s*=>\s*)?([A-Z][\w']*)/u;

/** A Haddock comment's text: markers and the header's `Field : value` lines off, markup (`'f'`, `"M"`, `@x@`) read plain. */
const haddockText = (lines: string[]): string =>
  capDoc(
    lines
      .map((l) => l.replace(/^\s*(\{-\s*\|?|--\s*\|?|-\})\s?/u, '').replace(/-\}\s*$/u, ''))
      .filter((l) => !/^\s*(Module|Copyright|License|Maintainer|Stability|Portability|Description)\s*:/iu.test(l))
      .join(' ')
      .replace(/@([^@]*)@/gu, '$1')
      .replace(/'([A-Za-z_][\w.']*)'/gu, '$1')
      .replace(/"([A-Z][\w.]*)"/gu, '$1')
      .replace(/\s+/gu, ' ')
      .trim(),
  );

export const extractHaskell = (text: string): FileFacts => {
  const out = createFactsCollector('haskell');
  const lines = text.split('\n');
  let exported: Set<string> | undefined;
  let pending: string[] = [];
  let inBlock = false;
  let block: string[] = [];
  let blockIsDoc = false;
  let seenModule = false;
  const declared: { name: string; kind: 'function' | 'type' | 'struct' | 'interface'; line: number; doc?: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (inBlock) {
      block.push(line);
      if (line.includes('-}')) {
        inBlock = false;
        if (blockIsDoc) pending = block;
        block = [];
      }
      continue;
    }
    if (/^\s*\{-(?!#)/u.test(line)) {
      // A `{- | … -}` is Haddock; before `module`, a plain block describes the file too (licences aside).
      blockIsDoc = /^\s*\{-\s*\|/u.test(line) || !seenModule;
      if (line.includes('-}')) {
        if (blockIsDoc) pending = [line];
      } else {
        inBlock = true;
        block = [line];
      }
      continue;
    }
    if (/^\s*--\s*\|/u.test(line)) {
      pending = [line];
      continue;
    }
    if (/^\s*--/u.test(line)) {
      // A Haddock comment goes on over plain `--` lines; any other comment is no doc.
      if (pending.length > 0 && /^\s*--/u.test(pending[0] ?? '')) pending.push(line);
      continue;
    }
    if (line.trim() === '' || /^\{-#/u.test(line) || /^#/u.test(line)) continue;
    // (A licence block above `module` is no doc; its `License:` field line alone is dropped above.)
    const text = pending.length > 0 ? haddockText(pending) : '';
    const doc = isBoilerplateComment(text) ? '' : text;
    pending = [];
    const m = MODULE.exec(line);
    if (m?.[1] && !seenModule) {
      seenModule = true;
      out.addSymbol({ name: m[1], kind: 'module', line: i + 1, exported: true });
      if (doc) out.addFileDoc(doc);
      // The export list runs to `where`, possibly over several lines.
      let header = line;
      for (let j = i + 1; !/\bwhere\b/u.test(header) && j < lines.length && j < i + 400; j++) header += `\n${lines[j] ?? ''}`;
      const list = /\(([\s\S]*)\)\s*where/u.exec(header)?.[1];
      if (list !== undefined) exported = new Set(list.replace(/--.*$/gmu, '').match(/[A-Za-z_][\w']*/gu) ?? []);
      continue;
    }
    const imp = IMPORT.exec(line);
    if (imp?.[1]) {
      out.addImport({ spec: `${imp[1].replace(/\./gu, '/')}.hs`, kind: 'include', system: true });
      continue;
    }
    const t = TYPE_DECL.exec(line);
    if (t?.[2]) {
      declared.push({ name: t[2], kind: t[1] === 'type' ? 'type' : 'struct', line: i + 1, ...(doc ? { doc } : {}) });
      continue;
    }
    const c = CLASS_DECL.exec(line);
    if (c?.[1]) {
      declared.push({ name: c[1], kind: 'interface', line: i + 1, ...(doc ? { doc } : {}) });
      continue;
    }
    const s = SIGNATURE.exec(line);
    if (s?.[1]) for (const name of s[1].split(',').map((n) => n.trim())) declared.push({ name, kind: 'function', line: i + 1, ...(doc ? { doc } : {}) });
  }
  for (const d of declared) out.addSymbol({ ...d, exported: exported === undefined || exported.has(d.name) });
  return out.build(false);
};
