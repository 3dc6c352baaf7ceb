/**
 * The framing of a written requirement, not its subject: user-story openers, wishes, politeness and
 * the headings of issue templates (GitHub's bug report and feature request forms). Its words are rare
 * in code, so IDF gives them weight they do not deserve: "it would be great if users were able to
 * export …" matched modules on `great`, `users` and `able`. Only these phrases go; a lone domain word
 * (`request`, `feature`, `context`, `user`) is never removed on its own.
 */
/** Each phrase with the lowercase substrings one of which it needs: most requests skip most regexes. */
const PHRASES: [string[], string][] = [
  // "As a user, I …", "As an admin of the shop, we …" at the start of a sentence (not "as a string, the …").
  [['as a'], String.raw`(?:^|(?<=[.!?;:]\s*))\s*as an? [a-z-]+(?: [a-z-]+){0,3},(?=\s*(?:i|we)\b)`],
  [['want', 'need', 'wish', 'expect', 'like', 'love'], String.raw`\b(?:i|we|they|users?|customers?|people|one)(?: really)? (?:would like|'d like|want|wants|need|needs|wish|wishes|expect|expects|would love|'d love)(?: to| for| that)?\b`],
  [[' be '], String.raw`\b(?:it|this|that)(?: would|'d| will) be (?:really )?(?:great|nice|helpful|useful|good|awesome|cool|better|ideal)(?: if| to)?\b`],
  [['able to'], String.raw`\b(?:should |will |would |must |can )?(?:be|being|been|is|are|am|was|were|not) able to\b`],
  [['ity to'], String.raw`\b(?:the )?(?:ability|possibility) to\b`],
  [['reproduce'], String.raw`\b(?:steps|how) to reproduce\b`],
  [['behavio', 'result', 'outcome'], String.raw`\b(?:expected|actual|observed|current) (?:behaviou?r|result|outcome)s?\b`],
  [['describe'], String.raw`\bdescribe the (?:bug|problem|issue|solution you(?:'d| would) like)\b`],
  [['describe'], String.raw`\bdescribe alternatives you(?:'ve| have) considered\b`],
  [['feature request'], String.raw`\bis your feature request related to a problem\b`],
  [['concise'], String.raw`\ba clear and concise description of what(?: the bug is| you expected to happen| the problem is)?\b`],
  [['additional context'], String.raw`\badditional context\b`],
  [['report', 'request', 'story', 'criteria'], String.raw`\b(?:bug report|feature request|user story|acceptance criteria)\s*:`],
  // "for example to stub out current_user": the marker's own word is a folder and a doc heading in code (`examples/`,
  // "Example:"), and lifted them over the module the example was about (grape's review); "for instance" likewise.
  [['for example', 'for instance'], String.raw`\bfor (?:example|instance)\b`],
  [['please', 'kindly', 'thank', 'thx', 'currently', 'basically', 'actually', 'really', 'hopefully'], String.raw`\b(?:please|kindly|thanks|thank you|thx|currently|basically|actually|really|hopefully)\b`],
];
// One regex per phrase, compiled on first need: one alternation of them all took 12–23 ms to compile
// and first run, most of a one-shot `ask`.
const compiled: (RegExp | undefined)[] = [];

/** `text` with requirement boilerplate replaced by spaces (nothing else changes). */
export const stripRequirementBoilerplate = (text: string): string => {
  const lower = text.toLowerCase();
  let out = text;
  PHRASES.forEach(([triggers, source], i) => {
    if (!triggers.some((t) => lower.includes(t))) return;
    const re = (compiled[i] ??= new RegExp(source, 'gi'));
    out = out.replace(re, ' ');
  });
  return out;
};
