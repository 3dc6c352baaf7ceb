import { blankText } from '../../../util/blankText.ts';

/**
 * Qt's moc keywords and macros, blanked to spaces (lines and columns kept) before C++ is parsed: `Q_OBJECT` and
 * `Q_DISABLE_COPY_MOVE(X)` with no semicolon inside a class, `signals:` and `public slots:` sections, `Q_INVOKABLE`
 * before a method, `emit` before a call and `Q_IMPORT_PLUGIN(X)` at file scope are no C++ the grammar knows, and each
 * broke the class around it: 247 of qBittorrent's 503 C++ files had parse errors, most from these.
 */
const QT_MACRO_LINE =
  /^([ \t]*)(Q_(?:OBJECT|GADGET|NAMESPACE)\b|Q_(?:DISABLE_COPY(?:_MOVE)?|DECLARE_[A-Z_]+|PROPERTY|ENUMS?|FLAGS?|INTERFACES|PLUGIN_METADATA|IMPORT_PLUGIN|CLASSINFO|ENUM_NS|FLAG_NS)[ \t]*\([^\n]*\)[ \t]*;?)(?=[ \t]*(?:\/\/[^\n]*)?$)/gmu;
/** `signals:` and `Q_SIGNALS:` read as `public:`; the `slots` of `public slots:` and `Q_SLOTS` as nothing. */
const SIGNALS = /^([ \t]*)(signals|Q_SIGNALS)([ \t]*:)/gmu;
const SLOTS = /\b((?:public|protected|private)[ \t]+)(slots|Q_SLOTS)(?=[ \t]*:)/gu;
/** Markers before a declaration or a call: `Q_INVOKABLE void f();`, `emit changed();`, `Q_EMIT changed();`. */
const MARKER = /(^|[\s;{}])(Q_INVOKABLE|Q_SIGNAL|Q_SLOT|Q_EMIT|emit)(?=[ \t]+[A-Za-z_~])/gmu;

export const blankQtMacros = (text: string): string => {
  if (!/\bQ_[A-Z]|\bsignals\b|\bslots\b|\bemit\b/u.test(text)) return text;
  return text
    .replace(QT_MACRO_LINE, (_, indent: string, macro: string) => `${indent}${blankText(macro)}`)
    .replace(SIGNALS, (_, indent: string, word: string, colon: string) => `${indent}${'public'.padEnd(word.length)}${colon}`)
    .replace(SLOTS, (_, access: string, word: string) => `${access}${blankText(word)}`)
    .replace(MARKER, (_, before: string, word: string) => `${before}${blankText(word)}`);
};
