import { capDoc } from '../shared/cleanDoc.ts';

/**
 * The text of an OTP 27 `-doc`/`-moduledoc` attribute (its source, comments blanked): `false` when it hides
 * the item, '' when it holds no string (`-doc #{since => …}`, `-moduledoc {file, "…"}`). A `"""` block is
 * dedented by its closing line's indentation; plain strings (`"a" "b"` concatenate) lose their escapes;
 * sigils (`~"…"`, `~S"""…"""`) read like the strings they prefix.
 */
export const docAttributeText = (attribute: string): string | false => {
  const body = attribute.replace(/^\s*-\s*(?:module)?doc\s*\(?/u, '').trim();
  if (/^false\b/u.test(body)) return false;
  if (/^[#{]/u.test(body)) return '';
  const triple = /^(?:~[A-Za-z]?)?"""[^\n]*\n([\s\S]*?)\n([ \t]*)"""/u.exec(body);
  if (triple) {
    const indent = triple[2] ?? '';
    const lines = (triple[1] ?? '').split('\n').map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
    return capDoc(lines.join('\n').trim());
  }
  const parts = body.match(/^(?:(?:~[A-Za-z]?)?"(?:[^"\\]|\\.)*"\s*)+/u)?.[0];
  if (parts === undefined) return '';
  const text = [...parts.matchAll(/"((?:[^"\\]|\\.)*)"/gu)].map((m) => m[1] ?? '').join('');
  return capDoc(text.replace(/\\n/gu, '\n').replace(/\\(.)/gu, '$1').trim());
};
