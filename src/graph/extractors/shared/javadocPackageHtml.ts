import { cleanDoc, maxDocChars } from './cleanDoc.ts';
import { isBoilerplateComment } from './isBoilerplateComment.ts';

const ENTITIES = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', ' ']]);

/** A numeric character reference as its character; one past Unicode's range stays as written. */
const codePoint = (whole: string, value: number): string => (Number.isInteger(value) && value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : whole);

/**
 * The doc of a Java package written the way before `package-info.java`: a `package.html` in the package's
 * folder, whose body is the package's description ("Provides classes implementing format specifiers in
 * conversion patterns."; logback's 36 packages and JOSM's 20 had theirs unread, and their cards opened with
 * the Javadoc of the alphabetically first class). The body's text, less HTML comments (licence headers),
 * tags and licence paragraphs; undefined for any other file or an empty body.
 */
export const javadocPackageHtml = (path: string, text: string): string | undefined => {
  if (!/(?:^|\/)package\.html?$/u.test(path)) return undefined;
  const withoutComments = text.replace(/<!--[\s\S]*?-->/gu, ' ');
  const body = /<body\b[^>]*>([\s\S]*?)(?:<\/body>|$)/iu.exec(withoutComments)?.[1] ?? withoutComments.replace(/<head\b[\s\S]*?<\/head>/iu, ' ');
  const paragraphs = body
    .replace(/<\/?(?:p|div|br|li|ul|ol|h\d|table|tr|dl|dt|dd|pre|blockquote)\b[^>]*>/giu, '\n\n')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&(#\d+|#x[\da-f]+|\w+);/giu, (whole, name: string) =>
      /^#x/iu.test(name) ? codePoint(whole, parseInt(name.slice(2), 16)) : name.startsWith('#') ? codePoint(whole, Number(name.slice(1))) : (ENTITIES.get(name.toLowerCase()) ?? whole),
    )
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter((p) => /\p{L}{2}/u.test(p) && !isBoilerplateComment(p));
  const doc = cleanDoc(paragraphs.join('\n\n')).slice(0, maxDocChars);
  return doc === '' ? undefined : doc;
};
