/**
 * Language and platform names written with symbols, spelled as the words code uses for them: `C#` →
 * `csharp`, `C++` → `cpp`, `F#` → `fsharp`, `Objective-C` / `Obj-C` → `objectivec`, `.NET` → `dotnet`.
 * The tokenizer drops one-letter parts, so "C# JSON timestamp" lost its only hint of which runtime of a
 * multi-language repository it meant (protobuf: csharp ranked 4th; written `csharp`, 1st).
 */
const NAMES: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])c\s?#(?![\p{L}\p{N}#])/giu, ' csharp '],
  [/(?<![\p{L}\p{N}])f#(?![\p{L}\p{N}#])/giu, ' fsharp '],
  [/(?<![\p{L}\p{N}])c\+\+(?![\p{L}\p{N}+])/giu, ' cpp '],
  [/(?<![\p{L}\p{N}])obj(?:ective)?-c(?![\p{L}\p{N}])/giu, ' objectivec '],
  [/(?<![\p{L}\p{N}.])\.net(?![\p{L}\p{N}])/giu, ' dotnet '],
];

/** Characters one of which a text must hold before any rule can apply: most requests skip the regexes. */
const HINTS = /[#+]|-c\b|\.net/iu;

export const spellLanguageNames = (text: string): string => {
  if (!HINTS.test(text)) return text;
  let out = text;
  for (const [pattern, word] of NAMES) out = out.replace(pattern, word);
  return out;
};
