import { blankText } from '../../../util/blankText.ts';

/**
 * PHP 8.4 newer than the grammar reads, blanked before parsing (spaces for what goes, offsets and lines kept):
 * asymmetric visibility (`public protected(set) string $name`: the `(set)` modifier goes) and a member reached on a
 * `new` expression without parentheses (`new MailMessage()->subject(…)`: the `new` goes, a call of the class's name is
 * left, which reads as PHP), and PHP 8.5's pipe operator `|>`. Firefly III 6.6's review: 23 files with parse errors, all for
 * these.
 */
export const prepareNewPhp = (text: string): string => {
  let out = text;
  // (alone, the modifier makes the property public to read: `public` stands in for it)
  if (out.includes('(set)')) {
    out = out.replace(/(\b(?:public|protected|private)\s+(?:(?:readonly|static|final)\s+)*)?\b(?:public|protected|private)\(set\)/gu, (m, before?: string) =>
      before === undefined ? `public${blankText(m.slice(6))}` : `${before}${blankText(m.slice(before.length))}`,
    );
  }
  if (/\bnew\s+[\w\\]+\s*\(/u.test(out)) out = blankChainedNew(out);
  // PHP 8.5's pipe operator, read as a bitwise or: `$input |> trim(...)`
  if (out.includes('|>')) out = out.replace(/\|>/gu, '| ');
  return out;
};

const NEW_CALL = /\bnew\s+[\w\\]+\s*\(/gu;

/** `new X(…)` followed by `->`, `?->` or `::`: its `new` blanked (arguments' parentheses counted, strings skipped). */
const blankChainedNew = (text: string): string => {
  let out = text;
  NEW_CALL.lastIndex = 0;
  for (let m = NEW_CALL.exec(text); m !== null; m = NEW_CALL.exec(text)) {
    const close = closingParen(text, m.index + m[0].length - 1);
    if (close < 0) continue;
    if (/^\s*(?:\??->|::)/u.test(text.slice(close + 1, close + 80))) out = `${out.slice(0, m.index)}   ${out.slice(m.index + 3)}`;
  }
  return out;
};

/** The index of the `)` that closes the `(` at `open`, or -1; quoted strings are skipped. */
const closingParen = (text: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && --depth === 0) {
      return i;
    }
  }
  return -1;
};
