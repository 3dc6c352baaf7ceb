/**
 * Stylesheets (CSS, Sass, Less, Stylus): what a request about how something looks names is in their selectors, custom
 * properties, variables, mixins, media queries and comments (`.entry-content pre code`, `--entry-content-code-color`,
 * `@media print`), not in their declarations of standard properties (`color: #333;`, `margin: 0 auto;`), which every
 * stylesheet repeats. So a stylesheet's term bag is its text less those declarations. Miniflux's `dark.css` and
 * BookStack's `_print.scss` had no words but their names.
 */
export const STYLESHEET = /\.(?:css|scss|sass|less|styl|pcss)$/iu;

// A declaration: a plain property name (no `--`, `$` or `@`) after `{`, `;` or white space, a colon, and a value that
// ends at `;` or `}` without opening a block (so `a:hover {` and `&:focus-visible {` stay: they are selectors).
const DECLARATION = /(?<=[{;\s]|^)[a-z][a-z-]*\s*:(?!:)[^;{}]*(?=[;}])/giu;

export const stylesheetWords = (text: string): string => text.replace(DECLARATION, ' ');
