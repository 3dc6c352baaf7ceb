import { posix } from 'node:path';
import type { FileFacts, SourceFile } from '../../types.ts';
import type { Extractor, ParseFn } from '../Extractor.ts';
import { javascriptExtractor } from '../javascript/javascriptExtractor.ts';
import { cleanDoc } from '../shared/cleanDoc.ts';
import { tsxExtractor } from '../tsx/tsxExtractor.ts';
import { typescriptExtractor } from '../typescript/typescriptExtractor.ts';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The extractor for a `<script lang="…">` block: TypeScript, TSX or JavaScript (the default). */
const scriptExtractor = (attributes: string): Extractor => {
  const lang = /\blang\s*=\s*["']?([a-z]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return lang === 'ts' || lang === 'typescript' ? typescriptExtractor : lang === 'tsx' ? tsxExtractor : javascriptExtractor;
};

/** `user-profile.vue`, `UserProfile.svelte` → `UserProfile`: how other components import and name it. */
const componentName = (path: string): string =>
  posix
    .basename(path)
    .replace(/\.[^.]+$/, '')
    .split(/[-_.\s]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/**
 * Single-file components (Vue `.vue`, Svelte `.svelte`): each `<script>` block is parsed by the
 * JavaScript or TypeScript extractor with its rows kept (the text before it blanked to newlines), so
 * imports of other components and modules become edges and its declarations symbols. The component
 * itself is a symbol named after its file; Svelte's `<!-- @component … -->` comment is its doc.
 */
const createComponentExtractor = (language: string, extension: RegExp): Extractor => ({
  language,
  grammar: 'typescript',
  shouldUse: (file) => extension.test(file.path),
  extract: async (file: SourceFile, parse: ParseFn): Promise<FileFacts> => {
    const facts: FileFacts = { language, symbols: [], imports: [], docComments: [] };
    const doc = /<!--\s*@component\b([\s\S]*?)-->/.exec(file.text)?.[1];
    const name = componentName(file.path);
    if (name) facts.symbols.push({ name, kind: 'class', line: 1, exported: true, ...(doc?.trim() ? { doc: cleanDoc(doc) } : {}) });
    if (doc?.trim()) facts.docComments.push(cleanDoc(doc));
    for (const match of file.text.matchAll(SCRIPT)) {
      const start = match.index + match[0].indexOf('>') + 1;
      const rows = file.text.slice(0, start).replace(/[^\n]/g, '');
      const script = await scriptExtractor(match[1] ?? '').extract({ path: file.path, text: rows + (match[2] ?? '') }, parse);
      facts.symbols.push(...script.symbols.filter((s) => s.name !== name));
      facts.imports.push(...script.imports.filter((i) => !facts.imports.some((known) => known.kind === i.kind && known.spec === i.spec)));
      for (const d of script.docComments) if (!facts.docComments.includes(d)) facts.docComments.push(d);
      if (script.hasErrors) facts.hasErrors = true;
    }
    return facts;
  },
});

export const vueExtractor = createComponentExtractor('vue', /\.vue$/);
export const svelteExtractor = createComponentExtractor('svelte', /\.svelte$/);
