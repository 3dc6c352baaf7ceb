/**
 * Apple's (and GNUstep's) annotation macros, blanked to spaces before parsing (offsets and lines stay):
 * the grammar knows none of them, and one in a header (`NS_ASSUME_NONNULL_BEGIN`, in nearly every modern
 * header; `- (instancetype)init NS_UNAVAILABLE;`, `API_AVAILABLE(ios(13.0))`) made the rest of the file
 * an error, so react-native-screens kept 61 of its 127 interfaces and lost every doc comment beside them.
 * The macros that stand for a type or a declaration (`NS_ENUM(NSInteger, X)`, `NS_OPTIONS`,
 * `GS_GENERIC_CLASS(NSArray, T)`) and React Native's `RCT_EXPORT_METHOD(…)` are kept.
 */
const PREFIXED = '\\b(?:NS|CF|API|UIKIT|FOUNDATION|OBJC|GS|MP|AV|CA|WK|SWIFT)_';
const MACRO = new RegExp(`${PREFIXED}[A-Z0-9_]*[A-Z0-9]\\b|\\b__(?:attribute__|deprecated|unused|kindof|IOS_AVAILABLE|OSX_AVAILABLE\\w*|TVOS_\\w+|WATCHOS_\\w+|API_\\w+)\\b`, 'gu');
/** Whether a text holds any of them: most files hold none, and are returned as they are. */
const ANY_MACRO = new RegExp(`${PREFIXED}|\\b__(?:attribute|deprecated|unused|kindof|IOS|OSX|TVOS|WATCHOS|API)`, 'u');
const KEPT = /(?:_ENUM|_OPTIONS|_GENERIC_CLASS|_GENERIC_TYPE|_DURING|_HANDLER|_ENDHANDLER|_VALUERETURN|_VOIDRETURN)$/u;

/** `typedef NS_ENUM(NSInteger, Name) {…};` and its kin: the grammar reads none; `enum Name {…};` in the same columns it does. */
const ENUM_MACRO = /(?:\btypedef[ \t]+)?\b(?:NS|CF)_(?:ENUM|OPTIONS|CLOSED_ENUM|ERROR_ENUM)[ \t]*\([^,()\n]+,[ \t]*([A-Za-z_]\w*)[ \t]*\)/gu;

const asEnum = (text: string): string =>
  text.replace(ENUM_MACRO, (whole: string, name: string) => {
    const at = whole.lastIndexOf(name);
    const start = whole.startsWith('typedef') ? whole.search(/[A-Z]/u) : 0;
    return `${' '.repeat(start)}enum${' '.repeat(at - start - 4)}${name}${' '.repeat(whole.length - at - name.length)}`;
  });

export const blankAnnotationMacros = (source: string): string => {
  const text = asEnum(source);
  if (!ANY_MACRO.test(text)) return text;
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  for (const m of text.matchAll(MACRO)) {
    const name = m[0];
    let end = m.index + name.length;
    // its arguments, parentheses balanced (`API_AVAILABLE(ios(13.0), macos(10.15))`), on the same few lines
    let j = end;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    // A type macro takes arguments; without them an `…_ENUM` word annotates a typedef (`typedef NSString *X
    // NS_STRING_ENUM;`, `NS_TYPED_EXTENSIBLE_ENUM`: SDWebImage's headers had read as errors from there on).
    if (KEPT.test(name) && text[j] === '(') continue;
    if (text[j] === '(') {
      let depth = 0;
      let k = j;
      for (; k < text.length && k - j < 400; k++) {
        if (text[k] === '(') depth++;
        else if (text[k] === ')' && --depth === 0) break;
      }
      if (depth === 0 && k < text.length) end = k + 1;
    }
    blank(m.index, end);
  }
  return out.join('');
};
