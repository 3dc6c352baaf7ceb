import type { ModuleSymbol } from './ModuleGraph.ts';

export interface SummaryInput {
  id: string;
  name?: string;
  description?: string;
  readme?: string;
  fileCount: number;
  languages: Record<string, number>;
  symbols: ModuleSymbol[];
  docComments: string[];
  /**
   * The docs that may open the summary, best first (file docs, then declared types' and functions'):
   * a method's doc says what one method does ("Register the service provider."), not the module.
   * Defaults to docComments.
   */
  openers?: string[];
  dependsOn: string[];
  usedBy: string[];
}

/**
 * A deterministic one-paragraph description of a module built only from graph facts (no model):
 * what it says about itself first (manifest description, README, file docs), then what it declares
 * and how it connects. Used by search, by `show`, and as the card an LLM sees.
 */
export function summarizeModule(m: SummaryInput): string {
  const parts: string[] = [];
  const label = m.name && m.name !== m.id ? `${m.id} (${m.name})` : m.id;
  const about = readableInlineTags(m.description || firstSentence(m.readme ? stripMarkdown(m.readme) : '') || firstSentence((m.openers ?? m.docComments).find(readsAsProse) ?? ''));
  // A sentence of its own even when the source sentence lacks its full stop; the root module `.` reads "root".
  const name = label === '.' ? 'root' : label;
  parts.push(about ? `${name}: ${/[.!?:;]$/u.test(about) ? about : `${about}.`}` : `${name}.`);
  const langs = Object.entries(m.languages)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([l, n]) => `${n} ${l}`)
    .join(', ');
  parts.push(`${m.fileCount} file${m.fileCount === 1 ? '' : 's'}${langs ? ` (${langs})` : ''}.`);
  const key = keySymbols(m.symbols, 8);
  if (key.length) parts.push(`Declares ${key.join(', ')}.`);
  if (m.dependsOn.length) parts.push(`Depends on ${m.dependsOn.slice(0, 5).join(', ')}.`);
  if (m.usedBy.length) parts.push(`Used by ${m.usedBy.slice(0, 5).join(', ')}.`);
  return parts.join(' ');
}

// Javadoc's and JSDoc's inline tags: `{@link java.net.SocketAddress}` reads "SocketAddress", `{@link Foo the foo}`
// "the foo", `{@code a + b}` "a + b" (netty's handler summary opened "… replace local / remote {@link
// java.net.SocketAddress}."). Only in the summary's sentence: the stored docs keep the link targets' words for search.
const INLINE_TAG = /\{@(link|linkplain|linkcode|code|literal|value)\s+([^}\s]+)(?:\s+([^}]*))?\}/gu;
const inlineTagText = (_: string, tag: string, target: string, label: string | undefined): string => {
  if (tag === 'code' || tag === 'literal') return label === undefined ? target : `${target} ${label}`;
  if (label !== undefined && label.trim() !== '') return label.trim();
  return target.replace(/^(?:[a-z_$][\w$]*\.)+(?=[A-Z#])/u, '');
};
export const readableInlineTags = (text: string): string => (text.includes('{@') ? text.replace(INLINE_TAG, inlineTagText) : text);

/** Exported types and classes first, then functions; each name once. */
export function keySymbols(symbols: ModuleSymbol[], limit: number): string[] {
  const rank: Record<string, number> = { class: 0, interface: 0, struct: 0, trait: 0, protocol: 0, enum: 1, type: 1, function: 2, constant: 3, variable: 3, method: 4 };
  const seen = new Set<string>();
  return [...symbols]
    .filter((s) => s.exported)
    .sort((a, b) => (rank[a.kind] ?? 5) - (rank[b.kind] ?? 5))
    .map((s) => s.name)
    .filter((n) => !seen.has(n) && seen.add(n) && n.length > 1)
    .slice(0, limit);
}

/** Boilerplate that opens doc comments without saying what the code does. */
const BOILERPLATE = /^\s*(@|#|\/\/)|generated (by|with|from)|do not edit|copyright|licen[cs]e|spdx|all rights reserved|eslint-|@ts-/iu;

/**
 * Whether a doc comment can open a summary: it starts like a sentence (three words or more) and is no
 * tag, import, licence or generator notice (`@import { Derived } from '#client'`, "generated with
 * scripts/gen-unicode-data.py").
 */
export const readsAsProse = (doc: string): boolean => {
  const sentence = firstSentence(doc);
  return !BOILERPLATE.test(sentence) && (sentence.match(/\p{L}{2,}/gu) ?? []).length >= 3;
};

export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return '';
  const match = /^(.{12,240}?[.!?])(\s|$)/.exec(clean);
  return (match?.[1] ?? clean.slice(0, 200)).trim();
}

function stripMarkdown(md: string): string {
  return md
    .split('\n')
    .filter((l) => !/^\s*(#|!\[|\[!\[|<|```|\||-{3,}|={3,})/.test(l))
    .join(' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
}
