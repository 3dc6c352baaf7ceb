import { blankText } from '../../../util/blankText.ts';

/**
 * Rust newer than the grammar reads, blanked before parsing (spaces for what goes, so offsets and lines stay): C string
 * literals (`c"cellWidth"`, `cr#"…"#`, Rust 1.77) lose their `c`, edition 2024's `unsafe extern "C" { … }` its `unsafe`
 * and the `safe` of its items, raw borrows (`&raw const x`, 1.82) their `raw const`/`raw mut`, precise capturing
 * (`impl Trait + use<'a>`, 1.82) its `use<…>`. alacritty 0.17's renderer and window files, five of its 96, had
 * failed to parse. Blanking a character inside a string or a comment changes no structure, so this needs no tokenizer.
 */
export const prepareNewRust = (text: string): string =>
  text
    .replace(/(?<![\w"'])c(?=r?#*")/gu, ' ')
    .replace(/\bunsafe(?=\s+extern\s*(?:"[^"\n]*"\s*)?\{)/gu, blankText)
    .replace(/\bsafe(?=\s+(?:fn|static)\b)/gu, blankText)
    .replace(/&raw\s+(?:const|mut)\b/gu, (m) => `&${blankText(m.slice(1))}`)
    .replace(/\+\s*use<[^<>\n]*>/gu, blankText);
