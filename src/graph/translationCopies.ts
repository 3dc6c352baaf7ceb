/**
 * The translations of a text catalog into other languages than its source: `resources/lang/hr/settings.php` beside
 * `resources/lang/en/settings.php`, `src/lang/de-DE.json` beside `en.json`, `values-fr/strings.xml`, `fr.lproj/…`.
 * A family is one path with a language code in one place (a folder, or a file's stem), in three languages or more,
 * one of them English: the English copy says what every other one says, and the others (often partly untranslated,
 * English words and all) only repeat it. Monica's 27 copies of `resources/lang/*` led five of its review's requests
 * through a half-translated Croatian file. A family without an English copy is left whole.
 */

/** ISO 639-1 codes (and a few three-letter ones) a catalog is named by. */
const LANGUAGES = new Set(
  `af am ar as az be bg bn bo br bs ca cs cy da de el en eo es et eu fa fi fil fo fr fy ga gd gl gu he hi hr hu hy id
  is it ja jv ka kk km kn ko ku ky la lb lo lt lv mg mi mk ml mn mr ms mt my nb ne nl nn no oc or pa pl ps pt rm ro ru
  rw sa sd si sk sl sq sr sv sw ta te tg th tk tl tr tt ug uk ur uz vi wa xh yi yo zh zu ast ckb`.split(/\s+/u),
);

/** A folder or stem that names a locale: `de`, `pt-BR`, `pt_BR`, `zh-Hans`, `sr_Latn_RS`, Android's `values-b+sr+Latn`, `values-pt-rBR`, Apple's `fr.lproj`. */
const LOCALE = /^(?:values-(?:b\+)?)?([a-z]{2,3})(?:[-_+](?:r?[A-Z]{2}|[A-Z][a-z]{3}|\d{3})){0,2}(?:\.lproj)?$/u;

const languageOf = (segment: string): string | undefined => {
  const m = LOCALE.exec(segment);
  const code = m?.[1];
  return code !== undefined && LANGUAGES.has(code) ? code : undefined;
};

/** Fewest languages that make a family. */
const MIN_LANGUAGES = 3;

/**
 * Catalogs of text: data formats, and a PHP array below a `lang/` folder (Laravel's). Not code: date-fns', dayjs' and
 * zod's locales are functions with each language's grammar, and requests about one of them concern it.
 */
const CATALOG = /\.(?:json|po|xml|strings|stringsdict|xliff|xlf|ftl|ya?ml|properties|resx|arb|ini|lang)$|(?:^|\/)(?:lang|translations)\/.*\.php$/u;

export const translationCopies = (files: Iterable<string>): Set<string> => {
  // family key (the path with its locale replaced) → the files of it by language
  const families = new Map<string, { file: string; language: string }[]>();
  for (const file of files) {
    if (!CATALOG.test(file)) continue;
    const parts = file.split('/');
    const last = parts.length - 1;
    for (let k = last; k >= 0; k--) {
      const segment = parts[k] as string;
      const dot = k === last ? segment.indexOf('.') : -1;
      const stem = k === last ? (dot > 0 ? segment.slice(0, dot) : '') : segment;
      const language = languageOf(stem);
      if (language === undefined) continue;
      const key = [...parts.slice(0, k), k === last ? `*${segment.slice(dot)}` : '*', ...parts.slice(k + 1)].join('/');
      (families.get(key) ?? families.set(key, []).get(key)!).push({ file, language });
      break;
    }
  }
  const out = new Set<string>();
  for (const members of families.values()) {
    const languages = new Set(members.map((m) => m.language));
    if (languages.size < MIN_LANGUAGES || !languages.has('en')) continue;
    for (const m of members) if (m.language !== 'en') out.add(m.file);
  }
  return out;
};
