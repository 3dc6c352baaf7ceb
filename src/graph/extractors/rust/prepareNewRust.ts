import { blankText } from '../../../util/blankText.ts';

/**
 * Rust newer than the grammar reads, blanked before parsing (spaces for what goes, so offsets and lines stay): C string
 * literals (`c"cellWidth"`, `cr#"…"#`, Rust 1.77) lose their `c`, edition 2024's `unsafe extern "C" { … }` its `unsafe`
 * and the `safe` of its items, raw borrows (`&raw const x`, 1.82) their `raw const`/`raw mut`, precise capturing
 * (`impl Trait + use<'a>`, 1.82) its `use<…>`. alacritty 0.17's renderer and window files, five of its 96, had
 * failed to parse. Also async closures (`async |x| …`, 1.85) their `async`, edition 2024's macro fragment `expr_2021` its
 * year, a labelled block (`'found: { … }`, 1.65) its label, and the attributes of a function's parameters (rstest's
 * `#[future(awt)] db: Sqlite`): atuin 18.19's files with parse errors 10 → 3 of 354.
 * Blanking a character inside a string or a comment changes no structure, so this needs no tokenizer.
 */
export const prepareNewRust = (text: string): string =>
  text
    .replace(/(?<![\w"'])c(?=r?#*")/gu, ' ')
    .replace(/\bunsafe(?=\s+extern\s*(?:"[^"\n]*"\s*)?\{)/gu, blankText)
    .replace(/\bsafe(?=\s+(?:fn|static)\b)/gu, blankText)
    .replace(/&raw\s+(?:const|mut)\b/gu, (m) => `&${blankText(m.slice(1))}`)
    .replace(/\+\s*use<[^<>\n]*>/gu, blankText)
    .replace(/\basync(?=\s+(?:move\s+)?\|)/gu, blankText)
    .replace(/(?<=\$\w+\s*:\s*expr)_20\d\d\b/gu, blankText)
    .replace(/(?<=[{;=(,]\s*)'[A-Za-z_]\w*:(?=\s*\{)/gu, blankText)
    .replace(/#\[[^[\]\n]*(?:\[[^[\]\n]*\][^[\]\n]*)*\](?=\s*(?:#\[[^\n]*\]\s*)*(?:mut\s+)?(?:[a-z_]\w*|\([^()\n]*\))\s*:(?!:))/gu, blankText);
