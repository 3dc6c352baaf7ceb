/** Small text helpers shared by sources, labels and operators. Unicode-aware: non-English text is kept. */

const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercased words of a text (letters/digits runs), for shingles and overlap checks. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/** `destroy_derived_effects`, `getElementById`, `HTTPServer` → lowercase words. */
export function identifierWords(identifier: string): string[] {
  return identifier
    .replace(/[$#@]/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

export const humanize = (identifier: string): string => identifierWords(identifier).join(' ');

/** An identifier as written in code: has `_`, `$`, an inner capital, or a dot between words. */
export const looksLikeIdentifier = (token: string): boolean =>
  /[_$]/.test(token) || /\p{Ll}\p{Lu}/u.test(token) || /^\p{Lu}{2,}\p{Ll}/u.test(token) || /\w\.\w/.test(token) || /\(\)$/.test(token);

/**
 * Doc comments as prose: drop JSDoc/Javadoc tags (`@param …`), code fences, `@import` lines and
 * markdown noise and URLs; collapse whitespace. Whatever language the prose is in is kept.
 */
export function cleanDoc(doc: string): string {
  const lines: string[] = [];
  let fenced = false;
  for (const raw of doc.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('```')) {
      fenced = !fenced;
      continue;
    }
    if (fenced || line.startsWith('@') || line.startsWith('#') || /^[-=*]{3,}$/.test(line)) continue;
    lines.push(line.replace(/^[-*]\s+/, ''));
  }
  return lines
    .join(' ')
    .replace(/\{@\w+\s+([^}]*)\}/g, '$1')
    // A link's words (host, path, query) are no words of a request: keep a markdown link's text, drop URLs.
    .replace(/\[([^\]]*)\]\((?:[^)\s]*)\)/g, '$1')
    .replace(/<?\b(?:https?:\/\/|www\.)[^\s>)]+>?/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/…$/, '')
    .trim();
}

/** Sentences of a cleaned text (sentence end = . ! ? 。 followed by space or end). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const s of text.split(/(?<=[.!?。！？])\s+/u)) {
    const t = s.trim();
    if (t.length >= 12 && /\p{L}{3}/u.test(t)) out.push(t);
  }
  return out;
}

/** First n words of a phrase, without trailing punctuation. */
export const clip = (text: string, maxWords: number): string => {
  const ws = text.split(/\s+/).filter(Boolean);
  return ws.slice(0, maxWords).join(' ').replace(/[,;:.!?]+$/, '');
};

export const capitalize = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
export const decapitalize = (s: string): string =>
  s && !/^\p{Lu}{2}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;

/** "a", "a and b", "a, b and c". */
export const listPhrase = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Approximate token count: characters / 4, rounded up (documented in src/dataset/README.md). */
export const approxTokens = (text: string): number => Math.ceil(text.length / 4);

export const STOPWORDS = new Set(
  ('a an the and or of to in on for with by at from as is are was were be been it its this that these those ' +
    'we our you your i my me not no can could should would will shall may might must do does did has have had ' +
    'there their them they he she his her so if when then than which who whom what where why how into onto ' +
    'also only just some any all each other more most such via per about after before while new get set')
    .split(' '),
);

export const contentWords = (text: string): string[] => wordsOf(text).filter((w) => w.length > 2 && !STOPWORDS.has(w));
