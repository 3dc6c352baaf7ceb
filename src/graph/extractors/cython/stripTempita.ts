import { cleanDocstring } from '../shared/cleanDoc.ts';

/** A Tempita tag, `{{name_suffix}}`, `{{for x in xs}}`, or a `{{py: … }}` block over several lines. */
const TAG = /\{\{[\s\S]*?\}\}/gu;
const TRIPLE_STRING = /("""|''')([\s\S]*?)\1/u;

export interface Untemplated {
  /** The text with every tag gone but its line breaks, so that lines keep their numbers. */
  text: string;
  /** The first docstring of a `{{py: … }}` block: sklearn's templates describe the generated file there. */
  doc?: string;
}

/**
 * Reads a `.pyx.tp`/`.pxd.tp` Tempita template as the Cython it generates, less its substitutions:
 * `cdef class WeightVector{{name_suffix}}(object):` is `cdef class WeightVector(object):`, and a line
 * holding only `{{for …}}` or `{{endfor}}` is empty. The 64- and 32-bit copies the loop would make are
 * one class, as a reader of the template sees them.
 */
export const stripTempita = (source: string): Untemplated => {
  let doc: string | undefined;
  const text = source.replace(TAG, (tag) => {
    if (doc === undefined && /^\{\{\s*py\s*:/u.test(tag)) {
      const literal = TRIPLE_STRING.exec(tag)?.[0];
      if (literal !== undefined) doc = cleanDocstring(literal) || undefined;
    }
    return tag.replace(/[^\n]/gu, '');
  });
  return doc === undefined ? { text } : { text, doc };
};
