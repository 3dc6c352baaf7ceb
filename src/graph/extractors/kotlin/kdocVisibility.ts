/**
 * KDoc's `@suppress` (Dokka) and Javadoc's `@hide` leave a declaration out of the published API docs:
 * kotlinx.coroutines marks 156 declarations so ("@suppress **This is unstable API and it is subject to
 * change.**"). Such a declaration is not public API, whatever its visibility says.
 */
const HIDING_TAG = /(?:^|\s)@(?:suppress|hide)\b/;

export const hidesFromApi = (doc: string | undefined): boolean => doc !== undefined && HIDING_TAG.test(doc);

/** The doc without its hiding tag: the note after it ("**This is unstable API…**") stays, a bare tag leaves nothing. */
export const tidyKDoc = (doc: string): string =>
  doc.includes('@') ? doc.replace(/(^|\s)@(?:suppress|hide)\b[ \t]*/g, '$1').replace(/\n{3,}/g, '\n\n').trim() : doc;
