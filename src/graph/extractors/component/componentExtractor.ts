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
const createComponentExtractor = (language: string, extension: RegExp, templateTags: boolean): Extractor => ({
  language,
  grammar: 'typescript',
  shouldUse: (file) => extension.test(file.path),
  extract: async (file: SourceFile, parse: ParseFn): Promise<FileFacts> => {
    const facts: FileFacts = { language, symbols: [], imports: [], docComments: [] };
    const raw = /<!--\s*@component\b([\s\S]*?)-->/.exec(file.text)?.[1];
    const doc = raw?.trim() ? cleanDoc(raw) : undefined;
    const name = componentName(file.path);
    if (name) facts.symbols.push({ name, kind: 'class', line: 1, exported: true, ...(doc ? { doc } : {}) });
    if (doc) facts.docComments.push(doc);
    const scripts: string[] = [];
    for (const match of file.text.matchAll(SCRIPT)) {
      scripts.push(match[2] ?? '');
      // `<script src="./logic.ts">`: the component's code lives in that file.
      const src = /\bsrc\s*=\s*["']([^"']+)["']/.exec(match[1] ?? '')?.[1];
      if (src && !/^[a-z]+:/i.test(src)) facts.imports.push({ spec: src.startsWith('.') || src.startsWith('/') ? src : `./${src}`, kind: 'path' });
      const start = match.index + match[0].indexOf('>') + 1;
      const rows = file.text.slice(0, start).replace(/[^\n]/g, '');
      const script = await scriptExtractor(match[1] ?? '').extract({ path: file.path, text: rows + (match[2] ?? '') }, parse);
      facts.symbols.push(...script.symbols.filter((s) => s.name !== name));
      facts.imports.push(...script.imports.filter((i) => !facts.imports.some((known) => known.kind === i.kind && known.spec === i.spec)));
      for (const d of script.docComments) if (!facts.docComments.includes(d)) facts.docComments.push(d);
      if (script.hasErrors) facts.hasErrors = true;
    }
    if (templateTags) for (const spec of componentTags(file.text, scripts.join('\n'))) facts.imports.push({ spec, kind: 'include' });
    return facts;
  },
});

export const vueExtractor = createComponentExtractor('vue', /\.vue$/, true);
export const svelteExtractor = createComponentExtractor('svelte', /\.svelte$/, false);

const pascal = (words: readonly string[]): string => words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
const kebab = (words: readonly string[]): string => words.map((w) => w.toLowerCase()).join('-');

/**
 * Components a Vue template uses without importing them (Nuxt and unplugin-vue-components register
 * them by name): each `<UserCard>` or `<user-card>` tag whose name the scripts do not import, as the
 * files it may be, first found wins (`UserCard.vue|user-card.vue|user/Card.vue|…`): Nuxt names
 * `components/base/Button.vue` `<BaseButton>`.
 */
const componentTags = (text: string, scripts: string): string[] => {
  const imported = new Set([...scripts.matchAll(/\bimport\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
  const template = text.replace(SCRIPT, '').replace(/<style\b[\s\S]*?<\/style\s*>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  const specs = new Set<string>();
  for (const match of template.matchAll(/<([A-Z][A-Za-z0-9]*|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)[\s/>]/g)) {
    const tag = match[1] ?? '';
    const words = tag.includes('-') ? tag.split('-') : (tag.match(/[A-Z][a-z0-9]*/g) ?? []).map((w) => w.toLowerCase());
    const name = pascal(words);
    if (words.length === 0 || imported.has(name) || specs.size >= 100) continue;
    const candidates = [`${name}.vue`, `${kebab(words)}.vue`];
    for (let i = 1; i < words.length; i++) candidates.push(`${kebab(words.slice(0, i))}/${pascal(words.slice(i))}.vue`);
    specs.add([...new Set(candidates)].join('|'));
  }
  return [...specs];
};
