/**
 * A translation catalogue written as code: a file in a locale folder (`lang/en/preferences.php`, `app/i18n/en/conf.php`,
 * `src/lang/en.rs`, `pkg/i18n/english.go`) most of whose lines map a key to a quoted string. It holds every word of the
 * UI in the words users write, for all features at once, so as a term bag it drew requests about every feature to the
 * folder of strings (BookStack's `lang` and FreshRSS's `app/i18n` had won requests about notifications, shortcuts and
 * mobile apps). Its path and declared names still count; the code that loads the strings (`i18n.go`, `Translator.php`)
 * is no catalogue.
 */
const LOCALE_FOLDER = /(?:^|\/)(?:i18n|l10n|lang|langs|languages?|locales?|translations?)\//iu;
// `'key' => 'Text'`, `key: "Text",`, `"key": "Text"`, `Key = "Text"`, `'_' => 'Text'`; or a line that is one string.
const ENTRY = /^\s*(?:['"]?[\w.$-]+['"]?\s*(?:=>|:|=)\s*(?:[A-Za-z_]\w*\()?\s*['"`]|['"`].*['"`]\s*[,;]?\s*$)/u;
const STRUCTURE = /^\s*(?:[\])}>,;]*|<\?php|\/\/.*|#.*|\/?\*.*|--.*|return\b.*|(?:['"]?[\w.$-]+['"]?\s*(?:=>|:|=)\s*)?(?:array\s*\(|\[|\{))\s*$/u;
const MIN_ENTRIES = 4;

export const isStringCatalogue = (path: string, text: string): boolean => {
  if (!LOCALE_FOLDER.test(path)) return false;
  let entries = 0;
  let other = 0;
  for (const line of text.split('\n', 5000)) {
    if (ENTRY.test(line)) entries++;
    else if (!STRUCTURE.test(line)) other++;
  }
  return entries >= MIN_ENTRIES && entries >= 3 * other;
};
