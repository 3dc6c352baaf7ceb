import { blankText } from '../../../util/blankText.ts';

/**
 * The `accessor` of a class field (ECMAScript decorators' auto-accessors, TypeScript 4.9: `@observable accessor
 * loggedIn = false`), blanked before parsing: the grammars read it as a field named `accessor` followed by junk, and
 * gotify's MobX stores, four of its 208 TypeScript files, did not parse. Offsets and lines stay.
 */
const AUTO_ACCESSOR =
  /^([ \t]*(?:@[\w.$]+(?:\([^()\n]*\))?[ \t]+)*(?:(?:public|private|protected|static|readonly|declare|override)[ \t]+)*)accessor(?=[ \t]+[#\w$]+[ \t]*[:=;?!(])/gmu;

export const blankAutoAccessors = (text: string): string =>
  text.includes('accessor') ? text.replace(AUTO_ACCESSOR, (_: string, head: string) => `${head}${blankText('accessor')}`) : text;
