import { blankText } from '../../../util/blankText.ts';
import { maskRust } from './maskRust.ts';

/**
 * The text with each inner attribute that spans lines (`#![doc(\n  html_logo_url = "…",\n)]`, `#![warn(\n  missing_docs,\n)]`)
 * blanked, newlines kept. The grammar reads such an attribute as an error, and with it the crate root's items around it:
 * tracing's crate roots (`tracing-appender/src/lib.rs` declared 2 of its items, and seven more) opened with them. An
 * attribute declares nothing; one on one line parses and stays.
 */
export const blankInnerAttributes = (text: string): string => {
  if (!text.includes('#![')) return text;
  const masked = maskRust(text);
  const out: string[] = [];
  let copied = 0;
  for (let at = masked.indexOf('#!['); at >= 0; at = masked.indexOf('#![', at + 3)) {
    let depth = 0;
    let end = -1;
    for (let i = at + 2; i < masked.length; i++) {
      const c = masked[i];
      if (c === '[') depth++;
      else if (c === ']' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    if (end < 0) break;
    if (!masked.slice(at, end).includes('\n')) continue;
    out.push(text.slice(copied, at), blankText(text.slice(at, end)));
    copied = end;
    at = end - 3;
  }
  return copied === 0 ? text : out.join('') + text.slice(copied);
};
