import type { ModuleProfile } from '../buildProfiles.ts';
import { contentWords, identifierWords, STOPWORDS } from '../text.ts';
import type { Operator } from './Operator.ts';

const placeholders = ['this part of the code', 'that component', 'the relevant code', 'this feature', 'that area'];
const placeholderWords = new Set(placeholders.flatMap((p) => contentWords(p)));

/** Whether a word of the text still says something about a target (its docs, names' words) besides the placeholders. */
const keepsEvidence = (text: string, targets: readonly ModuleProfile[]): boolean =>
  contentWords(text).some((w) => !placeholderWords.has(w) && targets.some((t) => t.vocabulary.has(w) && !t.identifiers.has(w)));
const TOKEN = /[\p{L}\p{N}_$@#./-]*[\p{L}\p{N}_$]/gu;
const DETERMINER = /\b(the|a|an|this|that|our|its)\s+$/i;
const JOIN = /^(\s+|\s*,\s*|\s+and\s+|\s*\/\s*|\s+(?:of|in)\s+)$/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// One phrase regex per module (compiling one costs milliseconds; multi-module examples combine
// modules in thousands of ways) and one verdict cache per module set, keyed by the target ids.
const phraseCache = new WeakMap<ModuleProfile, RegExp | null>();
const verdictCache = new Map<string, Map<string, boolean>>();
const VERDICT_CACHE_LIMIT = 10_000;

const phrasesOf = (p: ModuleProfile): RegExp | null => {
  let re = phraseCache.get(p);
  if (re === undefined) {
    // No 'u' flag: the phrases are lowercase words and a unicode case-insensitive regex is far slower to compile.
    re = p.identifierPhrases.length ? new RegExp(`\\b(?:${p.identifierPhrases.map(escape).join('|')})\\b`, 'gi') : null;
    phraseCache.set(p, re);
  }
  return re;
};

const isIdentifying = (token: string, targets: readonly ModuleProfile[]): boolean => {
  const bare = token.replace(/^[@#./-]+|[./-]+$/g, '').replace(/\(\)$/, '');
  const lower = bare.toLowerCase();
  if (!lower || STOPWORDS.has(lower)) return false;
  if (targets.some((t) => t.identifiers.has(lower))) return true;
  const parts = identifierWords(bare).filter((w) => w.length > 2 && !STOPWORDS.has(w));
  return parts.length > 1 && parts.every((w) => targets.some((t) => t.identifiers.has(w)));
};

/**
 * Drops identifier mentions so that a model cannot answer from the module's name alone: code
 * spans, symbol and file identifiers, path segments and their humanized phrases
 * ("client reactivity", `user_effect`) are replaced by a generic phrase ("that component"), one
 * per run of adjacent mentions, with a dangling article removed.
 */
export const dropIdentifiers: Operator = {
  name: 'drop-identifiers',
  summary: 'replace module names, paths and symbol identifiers with generic phrases',
  apply(text, { rng, targets }) {
    const key = targets.map((t) => t.id).join('\u0000');
    let verdicts = verdictCache.get(key);
    if (verdicts === undefined) {
      if (verdictCache.size >= VERDICT_CACHE_LIMIT) verdictCache.clear();
      verdictCache.set(key, (verdicts = new Map()));
    }
    const known = verdicts;
    // Template words repeat across thousands of prompts: remember each token's verdict per module set.
    const identifying = (token: string): boolean => {
      let v = known.get(token);
      if (v === undefined) known.set(token, (v = isIdentifying(token, targets)));
      return v;
    };
    const MARK = '\u0000';
    let marked = text.replace(/`([^`]+)`/g, (whole, inner: string) => (identifying(inner) ? MARK : whole));
    for (const t of targets) {
      const phrases = phrasesOf(t);
      if (phrases) marked = marked.replace(phrases, MARK);
    }
    marked = marked.replace(TOKEN, (token) => (identifying(token) ? MARK : token));
    if (!marked.includes(MARK)) return undefined;
    // Collapse runs of marks joined by spaces, commas, "and", "of", "in" or slashes into one placeholder.
    const pieces = marked.split(MARK);
    let out = pieces[0] ?? '';
    let runs = 0;
    for (let i = 1; i < pieces.length; i++) {
      const between = pieces[i] ?? '';
      if (i < pieces.length - 1 && JOIN.test(between)) continue;
      out = out.replace(DETERMINER, '');
      const atStart = /(^|[.!?:]\s+|")$/.test(out);
      const phrase = rng.pick(placeholders);
      out += (atStart ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase) + between;
      runs++;
    }
    const result = out.replace(/\s{2,}/g, ' ');
    // "Fix that component in this feature" names nothing the module is about: as a training example it
    // teaches the model noise, so the copy keeps its identifiers instead.
    if (!keepsEvidence(result, targets)) return undefined;
    return { text: result, detail: runs > 1 ? 'several' : 'one' };
  },
};
