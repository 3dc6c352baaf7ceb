/**
 * The framing of a written requirement, not its subject: user-story openers, wishes, politeness and
 * the headings of issue templates (GitHub's bug report and feature request forms). Its words are rare
 * in code, so IDF gives them weight they do not deserve: "it would be great if users were able to
 * export …" matched modules on `great`, `users` and `able`. Only these phrases go; a lone domain word
 * (`request`, `feature`, `context`, `user`) is never removed on its own.
 */
const PHRASES = [
  // "As a user, I …", "As an admin of the shop, we …" at the start of a sentence (not "as a string, the …").
  String.raw`(?:^|(?<=[.!?;:]\s*))\s*as an? [\p{L}-]+(?: [\p{L}-]+){0,3},(?=\s*(?:i|we)\b)`,
  String.raw`\b(?:i|we|they|users?|customers?|people|one)(?: really)? (?:would like|'d like|want|wants|need|needs|wish|wishes|expect|expects|would love|'d love)(?: to| for| that)?\b`,
  String.raw`\b(?:it|this|that)(?: would|'d| will) be (?:really )?(?:great|nice|helpful|useful|good|awesome|cool|better|ideal)(?: if| to)?\b`,
  String.raw`\b(?:should |will |would |must |can )?(?:be|being|been|is|are|am|was|were|not) able to\b`,
  String.raw`\b(?:the )?(?:ability|possibility) to\b`,
  String.raw`\b(?:steps|how) to reproduce\b`,
  String.raw`\b(?:expected|actual|observed|current) (?:behaviou?r|result|outcome)s?\b`,
  String.raw`\bdescribe the (?:bug|problem|issue|solution you(?:'d| would) like)\b`,
  String.raw`\bdescribe alternatives you(?:'ve| have) considered\b`,
  String.raw`\bis your feature request related to a problem\b`,
  String.raw`\ba clear and concise description of what(?: the bug is| you expected to happen| the problem is)?\b`,
  String.raw`\badditional context\b`,
  String.raw`\b(?:bug report|feature request|user story|acceptance criteria)\s*:`,
  String.raw`\b(?:please|kindly|thanks|thank you|thx|currently|basically|actually|really|hopefully)\b`,
];
const BOILERPLATE = new RegExp(PHRASES.join('|'), 'giu');

/** `text` with requirement boilerplate replaced by spaces (nothing else changes). */
export const stripRequirementBoilerplate = (text: string): string => text.replace(BOILERPLATE, ' ');
