import { capDoc } from '../shared/cleanDoc.ts';

/**
 * An odoc comment's text: `(**` `*)` off, markup read plain (`[code]` → code, `{b bold}` → bold,
 * `{!Module.value}` → Module.value), code blocks `{[ … ]}` and tag lines (`@param`, `@raise`, `@since`)
 * out, whitespace folded.
 */
export const odocText = (raw: string): string =>
  capDoc(
    raw
      .replace(/^\(\*\*+/u, '')
      .replace(/\*+\)$/u, '')
      .replace(/\{v[\s\S]*?v\}|\{\[[\s\S]*?\]\}/gu, ' ')
      .split('\n')
      .filter((line) => !/^\s*@(param|raise|return|since|before|deprecated|author|version|see|canonical|inline|open|closed)\b/u.test(line))
      .join('\n')
      .replace(/\{!(?:[a-z]+:)?([^}]*)\}/gu, '$1')
      .replace(/\{\{![^}]*\}([^}]*)\}/gu, '$1')
      .replace(/\{\{:[^}]*\}([^}]*)\}/gu, '$1')
      .replace(/\{(?:[biecLR]|ul|ol|li|-|[0-9]|%[^%]*%)\s+/gu, '')
      .replace(/\{(?:ul|ol)\b/gu, '')
      .replace(/\[([^\]\n]*)\]/gu, '$1')
      .replace(/\}/gu, '')
      .replace(/\s+/gu, ' ')
      .trim(),
  );

/** A doc comment: `(** … *)`, not the `(***…` rulers nor the empty `(**)`. */
export const isOdocComment = (raw: string): boolean => /^\(\*\*(?!\*|\))/u.test(raw);
