/** A prefix that negates the name after it: `non-`, `non `. */
const NEGATED = /\bnon[- ]?$/iu;

/** Words between two names that name them together ("iOS and Android", "iOS/Android", "Java or Kotlin"). */
const COORDINATED = /^\s*(?:,|&|\/|\+|and|or|as well as)\s*$/iu;

/**
 * What a request says just before naming something it compares with: "works on Android, blank on iOS"
 * is about iOS (react-native-svg's review), "should read 99+ like on iOS" about the other one. Not across a
 * "but" or "not" ("works on iOS but not on Android" is about Android), and not after a negation ("doesn't
 * work on Android" is about Android; react-native-webview's review). "Fine", "correctly" only right before the
 * name ("renders correctly on iOS"): "correctly handle bindings on the server" asks for a change there.
 */
const COMPARISON = /(?<!(?:\bnot|\bnever|\blonger|n't)\s)(?:\b(?:works?|worked|working|like|unlike|than|same as|as (?:it does|on|in)|whereas|while)\b(?:(?!\bbut\b|\bnot\b|n't\b)[^.,;:!?]){0,20}|\b(?:fine|correctly|properly|ok|okay)\s+(?:on|in|under|with|for)\s+(?:the\s+)?)$/iu;

/**
 * Which of several subjects (platforms, languages) a request names (`named`, a bit per pattern), and which
 * it is about (`about`): the first one named that is no comparison, and any named together with it. "On
 * Android, … the same value looks right on iOS" is about Android, iOS only its comparison; "works on
 * Android, blank on iOS" is about iOS; "happens on both iOS and Android" is about both. Patterns must be global.
 */
export const subjectsOfRequest = (query: string, patterns: readonly RegExp[]): { named: number; about: number } => {
  const mentions: { subject: number; start: number; end: number }[] = [];
  patterns.forEach((pattern, i) => {
    for (const m of query.matchAll(pattern)) {
      // "non-JVM platforms", "non-Windows builds" name everything but it (okio's review: "Hmac on non-JVM platforms"
      // had lifted the jvm source set ×1.5)
      if (NEGATED.test(query.slice(Math.max(0, m.index - 4), m.index))) continue;
      mentions.push({ subject: i, start: m.index, end: m.index + m[0].length });
    }
  });
  if (mentions.length === 0) return { named: 0, about: 0 };
  mentions.sort((a, b) => a.start - b.start);
  let named = 0;
  for (const m of mentions) named |= 1 << m.subject;
  const first = mentions.findIndex((m) => !COMPARISON.test(query.slice(Math.max(0, m.start - 40), m.start)));
  if (first < 0) return { named, about: 0 };
  let about = 1 << (mentions[first] as (typeof mentions)[number]).subject;
  for (let i = first + 1; i < mentions.length; i++) {
    const prev = mentions[i - 1] as (typeof mentions)[number];
    const cur = mentions[i] as (typeof mentions)[number];
    if ((about & (1 << prev.subject)) === 0 || !COORDINATED.test(query.slice(prev.end, cur.start))) break;
    about |= 1 << cur.subject;
  }
  return { named, about };
};

/**
 * A module's score factor for a request about `about` (of `named`): ×factor when the module is one of
 * them, ÷factor when it is only of subjects the request does not name, 1 for a module of none (shared
 * code) or of a subject named only in comparison, or of one whose code also serves the subject (`neutral`).
 */
export const subjectFactor = (mask: number, named: number, about: number, factor: number, neutral = 0): number => {
  if (about === 0 || mask === 0) return 1;
  if ((mask & about) !== 0) return factor;
  return (mask & (named | neutral)) !== 0 ? 1 : 1 / factor;
};
